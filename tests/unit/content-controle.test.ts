import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentMap } from '../../src/lib/content/content-map.ts';
import { leesEnControleerContent } from '../../src/integrations/lees-content.ts';
import { controleerContent, formatteerRapport } from '../../src/lib/content/controleer.ts';
import { ouderDanMaanden } from '../../src/lib/kern/datum.ts';
import { bedoeldeVeld } from '../../src/lib/content/probleemtekst.ts';
import { leesGemeenten } from '../../src/lib/gemeenten/gemeenten.ts';
import { leesFrontmatter } from '../../src/lib/content/frontmatter.ts';

const root = join(import.meta.dirname, '../..');

describe('the real content', () => {
  // A fixed 'today' keeps the check deterministic; it must not lie before the newest
  // laatst_gecontroleerd in content/ (Gooi en Vechtstreek was checked on 3 December 2026).
  const uitslag = leesEnControleerContent(contentMap(root), root, new Date('2026-12-03T12:00:00Z'));

  it('has no problems', () => {
    expect(formatteerRapport(uitslag.problemen, '')).toBe('');
  });

  it('holds the records from the sources: three regio’s and two aanbieders', () => {
    expect([...uitslag.geldig.regios.keys()].sort()).toEqual(['achterhoek', 'gooi-en-vechtstreek', 'noord-en-midden-limburg']);
    expect([...uitslag.geldig.aanbieders.keys()].sort()).toEqual(['confidence-twende', 'met-ggz-leger-des-heils']);
    expect(uitslag.geldig.route.size).toBeGreaterThan(0);
    expect(uitslag.geldig.handboek.size).toBeGreaterThan(0);
  });

  it('normalises phone numbers and the corrected website of Confidence Twende', () => {
    const ct = uitslag.geldig.aanbieders.get('confidence-twende') as { telefoon: unknown; website: string; correcties: { veld: string }[] };
    expect(ct.telefoon).toEqual({ weergave: '088 200 47 30', e164: '+31882004730' });
    expect(ct.website).toBe('https://www.confidence-twende.nl/safehouse');
    expect(ct.correcties.map((c) => c.veld)).toContain('website');
  });
});

const regio = (extra = '') => `---
naam: Testregio
gemeenten: [Venlo]
aanmelding:
  via: kliniek
  toelichting: Via de kliniek.
laatst_gecontroleerd: 2025-10-01
bronnen:
  - document: vng-handreiking
    sectie: "§3.2"
${extra}---
`;

/** A valid provider in the region "test" (the file regio() stands for). */
const aanbieder = () => `---
naam: Testaanbieder
regio: [test]
laatst_gecontroleerd: 2025-12-01
bronnen:
  - document: vng-handreiking
    sectie: "§3.3"
---
`;

/** The source document the records above cite: documents are files in content/bronnen. */
const bron = {
  collectie: 'bronnen',
  pad: 'vng-handreiking.md',
  tekst: '---\ntitel: Handreiking safehouses\nkort: VNG Handreiking\nuitgever: VNG\nsoort: handreiking\n---\n',
} as const;

describe('controleerContent', () => {
  const referentie = { gemeenteNamen: ['Venlo', 'Enschede'] };

  it('warns (without refusing) on a check more than 12 months ago', () => {
    const uitslag = controleerContent([bron, { collectie: 'regios', pad: 'test.md', tekst: regio() }], referentie, new Date('2026-11-22'));
    expect(uitslag.problemen).toEqual([]);
    expect(uitslag.waarschuwingen).toEqual([
      {
        bestand: 'content/regios/test.md',
        regel: 7,
        bericht:
          'Laatst gecontroleerd (laatst_gecontroleerd) op 2025-10-01: langer dan 12 maanden geleden. Controleer de gegevens opnieuw en pas de datum aan.',
      },
    ]);
    const binnenTermijn = controleerContent([bron, { collectie: 'regios', pad: 'test.md', tekst: regio() }], referentie, new Date('2026-09-30'));
    expect(binnenTermijn.waarschuwingen).toEqual([]);
  });

  it('warns only once the check is more than 12 months old, not on the day itself', () => {
    const op = (vandaag: string) =>
      controleerContent([bron, { collectie: 'regios', pad: 'test.md', tekst: regio().replace('2025-10-01', '2025-11-22') }], referentie, new Date(vandaag))
        .waarschuwingen.length;
    // Days as the editor lives them: midnight in the Netherlands (CET, +01:00), not in UTC.
    expect(op('2026-11-22T23:59:00+01:00')).toBe(0);
    expect(op('2026-11-23T00:00:00+01:00')).toBe(1);
  });

  it.each([
    ['2025-11-22', '2026-11-22', false],
    ['2025-11-22', '2026-11-23', true],
    ['2025-11-22', '2026-11-21', false],
    ['2024-02-29', '2025-03-01', false],
    ['2024-02-29', '2025-03-02', true],
  ] as const)('ouderDanMaanden(%s, 12) on %s → %s', (datum, vandaag, verwacht) => {
    expect(ouderDanMaanden(datum, 12, new Date(`${vandaag}T12:00:00Z`))).toBe(verwacht);
  });

  it('reports an .mdx file among aanbieders and regio’s instead of silently skipping it', () => {
    const uitslag = controleerContent(
      [
        bron,
        { collectie: 'regios', pad: 'test.md', tekst: regio() },
        { collectie: 'aanbieders', pad: 'nieuwe-aanbieder.mdx', tekst: aanbieder() },
        { collectie: 'regios', pad: 'andere.mdx', tekst: regio() },
      ],
      referentie,
      new Date('2026-01-01'),
    );
    expect(uitslag.problemen).toEqual([
      {
        bestand: 'content/aanbieders/nieuwe-aanbieder.mdx',
        regel: 1,
        bericht: 'Bestand "nieuwe-aanbieder.mdx" heeft de extensie .mdx; gebruik .md. Een aanbieder met .mdx wordt niet gepubliceerd.',
      },
      {
        bestand: 'content/regios/andere.mdx',
        regel: 1,
        bericht: 'Bestand "andere.mdx" heeft de extensie .mdx; gebruik .md. Een regio met .mdx wordt niet gepubliceerd.',
      },
    ]);
    // Route pages may be .mdx.
    expect(
      controleerContent([bron, { collectie: 'route', pad: 'x.mdx', tekst: '---\ntitel: x\n---\n' }], referentie)
        .problemen.map((p) => p.bericht)
        .join(' '),
    ).not.toContain('.mdx;');
  });

  it('refuses "volgende" in a handboek chapter, with file and line; a route page may have it', () => {
    const pagina =
      '---\ntitel: Hoofdstuk\nsamenvatting: Waar het over gaat.\nvolgorde: 1\nvolgende: ander\nbijgewerkt: 2026-11-01\nbronnen:\n  - document: vng-handreiking\n    sectie: "§1"\n---\nTekst.\n';
    const handboek = controleerContent(
      [
        bron,
        { collectie: 'handboek', pad: 'hoofdstuk.mdx', tekst: pagina },
        { collectie: 'handboek', pad: 'ander.mdx', tekst: pagina.replace('volgende: ander\n', '') },
      ],
      referentie,
      new Date('2026-11-22'),
    );
    expect(handboek.problemen).toEqual([
      {
        bestand: 'content/handboek/hoofdstuk.mdx',
        regel: 5,
        bericht: 'Onbekend veld "volgende". Toegestane velden hier: titel, samenvatting, volgorde, bijgewerkt, bronnen.',
      },
    ]);
    const route = controleerContent(
      [
        bron,
        { collectie: 'route', pad: 'pagina.mdx', tekst: pagina },
        { collectie: 'route', pad: 'ander.mdx', tekst: pagina.replace('volgende: ander\n', '') },
      ],
      referentie,
      new Date('2026-11-22'),
    );
    expect(route.problemen).toEqual([]);
  });

  it('refuses two aanbieders with the same web address', () => {
    const uitslag = controleerContent(
      [
        bron,
        { collectie: 'regios', pad: 'test.md', tekst: regio() },
        { collectie: 'aanbieders', pad: 'venlo.md', tekst: aanbieder() },
        { collectie: 'aanbieders', pad: 'Venlo.md', tekst: aanbieder() },
      ],
      referentie,
      new Date('2026-01-01'),
    );
    expect(uitslag.problemen).toEqual([
      {
        bestand: 'content/aanbieders/Venlo.md',
        regel: 1,
        bericht: 'De bestandsnaam "Venlo" wordt het webadres. Gebruik alleen kleine letters, cijfers en streepjes, zoals "noord-en-midden-limburg.md".',
      },
      {
        bestand: 'content/aanbieders/Venlo.md',
        regel: 1,
        bericht: 'Dit bestand krijgt hetzelfde webadres (/aanbieders/venlo/) als content/aanbieders/venlo.md. Geef een van beide een andere naam.',
      },
    ]);
    expect([...uitslag.geldig.aanbieders.keys()]).toEqual(['venlo']);
  });

  it('ignores templates whose name starts with an underscore', () => {
    const uitslag = controleerContent([bron, { collectie: 'regios', pad: '_sjabloon.md', tekst: 'geen frontmatter' }], referentie);
    expect(uitslag.problemen).toEqual([]);
  });

  it('reports a file without frontmatter', () => {
    const uitslag = controleerContent([bron, { collectie: 'route', pad: 'leeg.mdx', tekst: '# Alleen tekst' }], referentie);
    expect(uitslag.problemen.map((p) => p.bericht)).toEqual(['Het bestand moet beginnen met een regel "---" en de gegevens (frontmatter).']);
  });

  it('reports a field that occurs twice', () => {
    const uitslag = controleerContent([bron, { collectie: 'regios', pad: 'dubbel.md', tekst: regio('naam: Nog eens\n') }], referentie);
    expect(uitslag.problemen).toEqual([
      { bestand: 'content/regios/dubbel.md', regel: 11, bericht: 'Een veld staat twee keer in de gegevens; laat er één staan.' },
    ]);
  });
});

describe('leesFrontmatter.regelVan', () => {
  const fm = leesFrontmatter('---\nnaam: x\nlijst:\n  - a\n  - b\ngroep:\n  sleutel: 1\n---\nbody');
  it.each([
    [['naam'], 2],
    [['lijst', 1], 5],
    [['groep', 'sleutel'], 7],
    [['bestaat', 'niet'], 2],
  ] as const)('%j is on line %i', (pad, regel) => {
    expect(fm.regelVan(pad)).toBe(regel);
  });
});

describe('bedoeldeVeld: suggestions for a misspelt name', () => {
  const gemeenteNamen = leesGemeenten(readFileSync(join(root, 'src/data/gemeenten.csv'), 'utf8')).map((g) => g.naam);

  it.each([
    ['Winterwijk', 'Winterswijk'],
    ['winterswijk', 'Winterswijk'],
    ['Oisterwyk', 'Oisterwijk'],
    ['Venlow', 'Venlo'],
  ])('%s → %s', (getypt, bedoeld) => {
    expect(bedoeldeVeld(getypt, gemeenteNamen)).toBe(bedoeld);
  });

  it('in the report too: Winterwijk in a regio', () => {
    const tekst = regio().replace('gemeenten: [Venlo]', 'gemeenten: [Venlo, Winterwijk]');
    const uitslag = controleerContent([bron, { collectie: 'regios', pad: 'test.md', tekst }], { gemeenteNamen }, new Date('2026-01-01'));
    expect(uitslag.problemen.map((p) => p.bericht)).toEqual([
      'Gemeenten in de regio (gemeenten → nr. 2): "Winterwijk" staat niet in de lijst van Nederlandse gemeenten. Bedoelde je "Winterswijk"?',
    ]);
  });

  it.each([
    ['Den Bosch', `Gebruik de schrijfwijze van het CBS: "'s-Hertogenbosch".`],
    ['Weesp', 'De gemeente Weesp is opgeheven per 24 maart 2022, nu onderdeel van Amsterdam. Noem "Amsterdam".'],
    [
      'Haaren',
      'De gemeente Haaren is opgeheven per 1 januari 2021, nu onderdeel van Boxtel, Oisterwijk, Tilburg en Vught. Noem de gemeente die bij deze regio hoort.',
    ],
  ])('an everyday or former name, %s, is answered from the one list of names', (naam, uitleg) => {
    const tekst = regio().replace('gemeenten: [Venlo]', `gemeenten: [Venlo, ${naam}]\ncentrumgemeente: ${naam}`);
    const uitslag = controleerContent([bron, { collectie: 'regios', pad: 'test.md', tekst }], { gemeenteNamen }, new Date('2026-01-01'));
    expect(uitslag.problemen.map((p) => p.bericht)).toEqual([
      `Gemeenten in de regio (gemeenten → nr. 2): "${naam}" staat niet in de lijst van Nederlandse gemeenten. ${uitleg}`,
      `Centrumgemeente beschermd wonen (centrumgemeente): "${naam}" staat niet in de lijst van Nederlandse gemeenten. ${uitleg}`,
    ]);
  });
});

describe('"laatst gecontroleerd" is judged by the calendar day in the Netherlands', () => {
  const gemeenteNamen = ['Venlo'];
  const metDatum = (datum: string) => regio().replace('laatst_gecontroleerd: 2025-10-01', `laatst_gecontroleerd: ${datum}`);
  const problemen = (datum: string, moment: Date) =>
    controleerContent([bron, { collectie: 'regios', pad: 'test.md', tekst: metDatum(datum) }], { gemeenteNamen }, moment).problemen.map((p) => p.bericht);

  it('today just after midnight in Amsterdam (still yesterday in UTC) is not in the future', () => {
    expect(problemen('2026-12-04', new Date('2026-12-04T00:30:00+01:00'))).toEqual([]);
  });

  it('tomorrow is', () => {
    expect(problemen('2026-12-05', new Date('2026-12-04T00:30:00+01:00'))).toEqual([
      'Laatst gecontroleerd (laatst_gecontroleerd): 2026-12-05 ligt in de toekomst. Schrijf de datum waarop je de gegevens hebt nagekeken, uiterlijk vandaag (2026-12-04).',
    ]);
  });
});
