import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentMap } from '../../src/integrations/content-map.ts';
import { leesEnControleerContent } from '../../src/integrations/lees-content.ts';
import { controleerContent, formatteerRapport } from '../../src/lib/content/controleer.ts';
import { leesFrontmatter } from '../../src/lib/content/frontmatter.ts';

const root = join(import.meta.dirname, '../..');

describe('de echte content', () => {
  const uitslag = leesEnControleerContent(contentMap(root), root, new Date('2026-11-22T12:00:00Z'));

  it('heeft geen problemen', () => {
    expect(formatteerRapport(uitslag.problemen, '')).toBe('');
  });

  it('bevat de records uit de bronnen: drie regio’s en twee aanbieders', () => {
    expect([...uitslag.geldig.regios.keys()].sort()).toEqual(['achterhoek', 'gooi-en-vechtstreek', 'noord-en-midden-limburg']);
    expect([...uitslag.geldig.aanbieders.keys()].sort()).toEqual(['confidence-twende', 'met-ggz-leger-des-heils']);
    expect(uitslag.geldig.route.size).toBeGreaterThan(0);
    expect(uitslag.geldig.handboek.size).toBeGreaterThan(0);
  });

  it('normaliseert telefoonnummers en de gecorrigeerde website van Confidence Twende', () => {
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

describe('controleerContent', () => {
  const referentie = { gemeenteNamen: ['Venlo', 'Enschede'] };

  it('waarschuwt (zonder te weigeren) bij een controle van meer dan 12 maanden geleden', () => {
    const uitslag = controleerContent([{ collectie: 'regios', pad: 'test.md', tekst: regio() }], referentie, new Date('2026-11-22'));
    expect(uitslag.problemen).toEqual([]);
    expect(uitslag.waarschuwingen).toEqual([
      {
        bestand: 'content/regios/test.md',
        regel: 7,
        melding: 'Laatst gecontroleerd op 2025-10-01: langer dan 12 maanden geleden. Controleer de gegevens opnieuw en pas de datum aan.',
      },
    ]);
    const binnenTermijn = controleerContent([{ collectie: 'regios', pad: 'test.md', tekst: regio() }], referentie, new Date('2026-09-30'));
    expect(binnenTermijn.waarschuwingen).toEqual([]);
  });

  it('negeert sjablonen die met een liggend streepje beginnen', () => {
    const uitslag = controleerContent([{ collectie: 'regios', pad: '_sjabloon.md', tekst: 'geen frontmatter' }], referentie);
    expect(uitslag.problemen).toEqual([]);
  });

  it('meldt een bestand zonder gegevens bovenaan', () => {
    const uitslag = controleerContent([{ collectie: 'route', pad: 'leeg.mdx', tekst: '# Alleen tekst' }], referentie);
    expect(uitslag.problemen.map((p) => p.melding)).toEqual(['Het bestand moet beginnen met een regel "---" en de gegevens (frontmatter).']);
  });

  it('meldt een veld dat twee keer voorkomt', () => {
    const uitslag = controleerContent([{ collectie: 'regios', pad: 'dubbel.md', tekst: regio('naam: Nog eens\n') }], referentie);
    expect(uitslag.problemen).toEqual([
      { bestand: 'content/regios/dubbel.md', regel: 11, melding: 'Een veld staat twee keer in de gegevens; laat er één staan.' },
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
  ] as const)('%j staat op regel %i', (pad, regel) => {
    expect(fm.regelVan(pad)).toBe(regel);
  });
});
