// The form as data (src/lib/melding/vragen.ts, vraag.ts): paths match the schema, every question
// says why it is asked with a link to a section, and the wording fits who fills in the form.
import { describe, expect, it } from 'vitest';
import { ALLE_VELDEN, foutnaamVoor, hintVoor, labelVoor, STAPPEN, waaromVoor, zichtbareVelden } from '../../src/lib/melding/formulier.ts';
import { foutbericht } from '../../src/lib/melding/foutcodes.ts';
import { nogAanTeLeveren, STANDAARD_BIJLAGEN } from '../../src/lib/melding/nog-aan-te-leveren.ts';
import { meldingSchema, stapSchemas } from '../../src/lib/melding/schema.ts';
import type { Invuller } from '../../src/lib/melding/woordenschat.ts';
import { FORMULIER_TEKST } from '../../src/lib/ui-tekst.ts';
import { valideerStap } from '../../src/lib/melding/validatie.ts';
import { GEMEENTEN, MELDINGEN, PEILDATUM } from '../fixtures/meldingen.ts';

const ctx = (invuller: Invuller) => ({ invuller, peildatum: PEILDATUM, gemeenten: GEMEENTEN });

/** Everything one audience reads for a question: label, hint, reason, and the messages naming it. */
function teksten(invuller: Invuller): [string, string][] {
  return STAPPEN.flatMap((stap) => stap.velden.filter((v) => !v.alleenVoor || v.alleenVoor.includes(invuller))).flatMap((v) => [
    [v.pad, labelVoor(v, invuller)],
    [v.pad, hintVoor(v, invuller) ?? ''],
    [v.pad, waaromVoor(v, invuller)],
    [v.pad, foutbericht('verplicht', foutnaamVoor(v, invuller), { invuller })],
  ]);
}

describe('form definition', () => {
  it('every field exists in the schema of its step', () => {
    for (const stap of STAPPEN) {
      const schema = stapSchemas(ctx('verwijzer'))[stap.id];
      const shape = ('shape' in schema ? schema.shape : (schema as unknown as { _zod: { def: { in: { shape: object } } } })._zod.def.in.shape) as object;
      expect(stap.velden.map((v) => v.pad).sort()).toEqual(
        Object.keys(shape)
          .map((k) => `${stap.id}.${k}`)
          .sort(),
      );
    }
  });

  it('every "waarom" links to a section (path and anchor), not to a whole page', () => {
    const links = [...ALLE_VELDEN.map((v) => v.waarom.link), FORMULIER_TEKST.startWaarom.link];
    for (const link of links) expect(link).toMatch(/^\/[a-z0-9/-]+\/#[a-z0-9-]+$/);
    // No generic link shared by a large part of the form.
    const telling = new Map<string, number>();
    for (const link of links) telling.set(link, (telling.get(link) ?? 0) + 1);
    expect(Math.max(...telling.values())).toBeLessThanOrEqual(7);
  });
});

describe('wording per role', () => {
  it('the cliënt reads "je" about themself, nowhere "de cliënt"', () => {
    for (const [pad, tekst] of teksten('client')) expect(tekst, pad).not.toMatch(/\bde cliënt\b|cliënt zelf/i);
  });

  it('a naaste or verwijzer reads about "de cliënt", never "jij" or "jouw" as if they were the cliënt', () => {
    for (const invuller of ['naaste', 'verwijzer'] as const) {
      for (const [pad, tekst] of teksten(invuller)) expect(tekst, `${invuller} ${pad}`).not.toMatch(/\b(jij|jouw|jezelf)\b/i);
    }
  });

  it('questions the cliënt gets have their own label', () => {
    for (const pad of ['behandeling.behandeladvies', 'behandeling.methodiek', 'verslaving.eerdereBehandelingen', 'toestemming.plaats', 'toestemming.datum']) {
      const veld = ALLE_VELDEN.find((v) => v.pad === pad)!;
      expect(labelVoor(veld, 'client'), pad).not.toBe(veld.label);
    }
  });

  // Each consent has its own message, naming what is consented to, for each audience.
  it.each([
    [
      'client',
      'Zonder je toestemming voor de melding kan die niet gemaakt worden. Zet het vinkje als je toestemming geeft.',
      'Zonder je toestemming om informatie te delen kan de melding niet gemaakt worden. Zet het vinkje als je toestemming geeft.',
    ],
    [
      'naaste',
      'De cliënt moet toestemming geven voor de melding. Vraag de cliënt eerst om toestemming en zet dan het vinkje.',
      'De cliënt moet toestemming geven om informatie te delen tussen kliniek, safehouse en gemeente. Vraag de cliënt eerst om toestemming en zet dan het vinkje.',
    ],
    [
      'verwijzer',
      'De cliënt moet toestemming geven voor de melding. Vraag de cliënt eerst om toestemming en zet dan het vinkje.',
      'De cliënt moet toestemming geven om informatie te delen tussen kliniek, safehouse en gemeente. Vraag de cliënt eerst om toestemming en zet dan het vinkje.',
    ],
  ] as const)('consent missing (%s)', (invuller, melding, informatiedeling) => {
    const zonder = (toestemming: Record<string, boolean>) =>
      valideerStap('toestemming', { toestemming: { plaats: 'Venlo', datum: '22-11-2026', ...toestemming } }, ctx(invuller)).map((x) => [x.pad, x.bericht]);
    expect(zonder({ toestemmingInformatiedeling: true })).toEqual([['toestemming.toestemmingMelding', melding]]);
    expect(zonder({ toestemmingMelding: true })).toEqual([['toestemming.toestemmingInformatiedeling', informatiedeling]]);
    expect(melding).not.toBe(informatiedeling);
  });

  it.each([
    ['client', 'Vul bij je geboortedatum een bestaande datum in, zoals 17-03-1990.', 'Je moet 18 jaar'],
    ['verwijzer', 'Vul bij de geboortedatum een bestaande datum in, zoals 17-03-1990.', 'De cliënt moet 18 jaar'],
  ] as const)('messages about the cliënt (%s)', (invuller, ongeldig, minderjarig) => {
    const basis = { voornamen: 'Sam', achternaam: 'Jansen', gemeenteVanHerkomst: 'Venlo' };
    expect(valideerStap('client', { client: { ...basis, geboortedatum: '31-02-1990' } }, ctx(invuller))[0]!.bericht).toBe(ongeldig);
    expect(valideerStap('client', { client: { ...basis, geboortedatum: '01-01-2010' } }, ctx(invuller))[0]!.bericht).toContain(minderjarig);
  });
});

describe('"Waarom vragen we dit?" says no more than the sources', () => {
  // Trimbos 2024 §7.2 and §7.2.1; VNG-handreiking 2022, doelgroep. Each text once claimed more.
  it.each([
    ['client.isPostadres', 'Wie geen woonadres heeft, kan via de gemeente een postadres regelen, bijvoorbeeld bij de verslavingszorg. Post komt dan daar aan.'],
    ['leefgebieden.schulden', 'Geldproblemen kunnen een traject ophouden. Daarom wordt er samen naar een oplossing gezocht.'],
    ['leefgebieden.justitie', 'Veel cliënten van een safehouse hebben naast de verslaving ook andere problemen, zoals een justitiële achtergrond of schulden.'],
  ])('%s', (pad, tekst) => {
    const waarom = ALLE_VELDEN.find((v) => v.pad === pad)!.waarom;
    expect(waarom.tekst).toBe(tekst);
    expect(Object.values(waarom).join(' ')).not.toMatch(/kans op terugval|gevolgen .* plaatsing|heeft vaak een postadres/);
  });
});

describe('error messages read well', () => {
  const melding = (stap: 'client' | 'verslaving' | 'plaatsing', waarden: Record<string, unknown>, invuller: Invuller = 'verwijzer') =>
    valideerStap(stap, { [stap]: waarden }, ctx(invuller)).map((p) => p.bericht);

  it.each([
    [
      'te lange voornamen',
      'client',
      { voornamen: 'x'.repeat(121), achternaam: 'J', geboortedatum: '1-1-1990', gemeenteVanHerkomst: 'Venlo' },
      'Gebruik bij de voornamen hoogstens 120 tekens. Kort de tekst in.',
    ],
    [
      'te lange eerdere behandelingen',
      'verslaving',
      { vormen: ['alcohol'], eerdereBehandelingen: 'x'.repeat(4001) },
      'Gebruik bij de eerdere behandelingen hoogstens 4000 tekens. Kort de tekst in.',
    ],
    ['drugs zonder welke', 'verslaving', { vormen: ['drugs'] }, 'Vul de soort drugs in.'],
    ['anders zonder welke', 'verslaving', { vormen: ['anders'] }, 'Vul de andere verslaving in.'],
    ['geen reden voor een safehouse', 'plaatsing', { hulpvraag: 'x', onderbouwing: 'y' }, 'Vul de reden voor een safehouse in.'],
  ] as const)('%s', (_, stap, waarden, verwacht) => {
    expect(melding(stap, waarden)).toEqual([verwacht]);
  });
});

describe('nog aan te leveren (still to supply)', () => {
  const melding = (naam: keyof typeof MELDINGEN) => meldingSchema({ peildatum: PEILDATUM, gemeenten: GEMEENTEN }).parse(MELDINGEN[naam]);

  it('a minimal melding names the documents and every empty answer that counts for the decision', () => {
    expect(nogAanTeLeveren(melding('minimaal'))).toEqual([
      ...STANDAARD_BIJLAGEN,
      'Adres (straat en huisnummer): nog niet ingevuld',
      'Instelling of kliniek: nog niet ingevuld',
      'Opnamedatum: nog niet ingevuld',
      'Verwachte ontslagdatum: nog niet ingevuld',
      'Behandeladvies: nog niet ingevuld',
      'Voorkeur voor een aanbieder: nog niet ingevuld',
      'Binnen of buiten de eigen regio: nog niet ingevuld',
      'Waar wonen na het safehouse: nog niet ingevuld',
      'Uitstroomadres als het misgaat: nog niet ingevuld',
      'Telefoonnummer of e-mailadres van de cliënt: nog niet ingevuld',
      'Leefgebieden (gezondheid, geld, wonen, werk, netwerk): nog niets ingevuld',
      'BSN van de cliënt: nog niet ingevuld (de gemeente kan het ook zelf opvragen)',
    ]);
  });

  it('a complete melding names only the documents', () => {
    expect(nogAanTeLeveren(melding('maximaal'))).toEqual([...STANDAARD_BIJLAGEN]);
  });

  it('without treatment it does not ask about clinic, admission and discharge', () => {
    const m = melding('minimaal');
    const lijst = nogAanTeLeveren({ ...m, behandeling: { ...m.behandeling, soort: 'geen' } });
    expect(lijst.some((r) => /Instelling|Opnamedatum|ontslagdatum/.test(r))).toBe(false);
  });

  it('only fields this role sees', () => {
    const zichtbaar = new Set(STAPPEN.flatMap((s) => zichtbareVelden(s, 'client', {})).map((v) => v.label));
    expect(zichtbaar.has('Onderbouwing van de verwijzer')).toBe(false);
    expect(nogAanTeLeveren(melding('minimaal')).some((r) => r.startsWith('Onderbouwing'))).toBe(false);
  });
});
