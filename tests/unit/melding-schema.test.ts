import { describe, expect, it } from 'vitest';
import { ALLE_VELDEN, STAPPEN, alleenZichtbaar, isVerplichtVoor, zichtbareVelden } from '../../src/lib/melding/formulier.ts';
import { FOUTCODES, FOUTBERICHTEN } from '../../src/lib/melding/foutcodes.ts';
import { meldingSchema, stapSchemas } from '../../src/lib/melding/schema.ts';
import { STAP_IDS, type Invuller } from '../../src/lib/melding/woordenschat.ts';
import { valideerStap } from '../../src/lib/melding/validatie.ts';

const peildatum = '2026-11-22';
const gemeenten = new Set(['Venlo', "'s-Gravenhage"]);
const ctx = (invuller: Invuller) => ({ invuller, peildatum, gemeenten });

const geldigeClient = { voornamen: 'Zoë', achternaam: 'de Vries', geboortedatum: '17-03-1990', gemeenteVanHerkomst: 'Venlo' };
const codes = (stap: (typeof STAP_IDS)[number], waarden: Record<string, unknown>, invuller: Invuller = 'client') =>
  valideerStap(stap, { [stap]: waarden }, ctx(invuller)).map((p) => `${p.pad}:${p.code}`);

describe('step Cliënt', () => {
  it('accepts the minimum and normalises', () => {
    const r = stapSchemas(ctx('client')).client.parse({ ...geldigeClient, postcode: '5911ab', bsn: '111 222 333', telefoon: '06-12345678' });
    expect(r).toMatchObject({ geboortedatum: '1990-03-17', postcode: '5911 AB', bsn: '111222333', telefoon: '+31612345678', isPostadres: false });
  });

  it.each([
    [{ voornamen: '' }, 'client.voornamen:verplicht'],
    [{ voornamen: 'Дмитрий' }, 'client.voornamen:tekens_onbekend'],
    [{ achternaam: 'x'.repeat(121) }, 'client.achternaam:te_lang'],
    [{ geboortedatum: '31-02-1990' }, 'client.geboortedatum:datum_ongeldig'],
    [{ geboortedatum: '01-01-2030' }, 'client.geboortedatum:datum_toekomst'],
    [{ geboortedatum: '23-11-2008' }, 'client.geboortedatum:minderjarig'],
    [{ bsn: '123456789' }, 'client.bsn:bsn_elfproef'],
    [{ bsn: '1234' }, 'client.bsn:bsn_lengte'],
    [{ postcode: '0123AB' }, 'client.postcode:postcode_ongeldig'],
    [{ gemeenteVanHerkomst: 'Atlantis' }, 'client.gemeenteVanHerkomst:gemeente_onbekend'],
    [{ telefoon: '12345' }, 'client.telefoon:telefoon_ongeldig'],
    [{ email: 'naam@' }, 'client.email:email_ongeldig'],
  ])('%j → %s', (wijziging, verwacht) => {
    expect(codes('client', { ...geldigeClient, ...wijziging })).toEqual([verwacht]);
  });

  it('a choice group without a choice (null from the form) is no error when it is optional', () => {
    expect(codes('client', { ...geldigeClient, tolkNodig: null })).toEqual([]);
    expect(codes('behandeling', { soort: null })).toEqual(['behandeling.soort:keuze_verplicht']);
  });

  it('exactly 18 today is allowed', () => {
    expect(codes('client', { ...geldigeClient, geboortedatum: '22-11-2008' })).toEqual([]);
  });
});

describe('depending on who fills in', () => {
  it('a verwijzer must give role, organisation and name; the cliënt nothing', () => {
    expect(codes('aanmelder', {}, 'verwijzer')).toEqual(['aanmelder.rol:keuze_verplicht', 'aanmelder.organisatie:verplicht', 'aanmelder.naam:verplicht']);
    expect(codes('aanmelder', {}, 'naaste')).toEqual(['aanmelder.naam:verplicht']);
    expect(codes('aanmelder', {}, 'client')).toEqual([]);
    expect(stapSchemas(ctx('client')).aanmelder.parse({}).rol).toBe('client-zelf');
  });

  it('the justification is required only for a verwijzer', () => {
    const plaatsing = { hulpvraag: 'x', waaromSafehouse: 'y' };
    expect(codes('plaatsing', plaatsing, 'verwijzer')).toEqual(['plaatsing.onderbouwing:verplicht']);
    expect(codes('plaatsing', plaatsing, 'client')).toEqual([]);
  });
});

describe('rules between fields', () => {
  it('discharge not before admission', () => {
    expect(codes('behandeling', { soort: 'klinisch', opnamedatum: '01-10-2026', verwachteOntslagdatum: '30-09-2026' })).toEqual([
      'behandeling.verwachteOntslagdatum:ontslag_voor_opname',
    ]);
    expect(codes('behandeling', { soort: 'klinisch', opnamedatum: '01-10-2026', verwachteOntslagdatum: '01-10-2026' })).toEqual([]);
  });
  it('drugs and other ask for an explanation', () => {
    expect(codes('verslaving', { vormen: ['drugs', 'anders'] })).toEqual(['verslaving.drugsWelke:verplicht', 'verslaving.andersWelke:verplicht']);
    expect(codes('verslaving', { vormen: false })).toEqual(['verslaving.vormen:minstens_een']);
  });
  it('consent is needed for the melding and for sharing information', () => {
    expect(codes('toestemming', { plaats: 'Venlo', datum: '22-11-2026' })).toEqual([
      'toestemming.toestemmingMelding:toestemming_melding_nodig',
      'toestemming.toestemmingInformatiedeling:toestemming_informatiedeling_nodig',
    ]);
    expect(codes('toestemming', { plaats: 'Venlo', datum: '22-11-2026', toestemmingMelding: true, toestemmingInformatiedeling: true })).toEqual([]);
  });
});

describe('error messages', () => {
  it('every code the schema emits has a Dutch message', () => {
    // Empty and bad input for every step and audience: collect all codes that come out.
    const gezien = new Set<string>();
    const slecht = {
      voornamen: 'Дмитрий',
      achternaam: 'x'.repeat(500),
      geboortedatum: '01-01-2030',
      bsn: '1',
      postcode: '0',
      gemeenteVanHerkomst: 'X',
      telefoon: '1',
      email: 'x',
      agbCode: '1',
      opnamedatum: '31-02-2020',
      tolkNodig: 'misschien',
    };
    for (const invuller of ['client', 'naaste', 'verwijzer'] as const) {
      for (const stap of STAP_IDS) {
        for (const waarden of [{}, slecht]) for (const p of valideerStap(stap, { [stap]: waarden }, ctx(invuller))) gezien.add(p.code);
      }
    }
    for (const code of gezien) expect(FOUTCODES).toContain(code);
    expect(gezien.size).toBeGreaterThanOrEqual(12);
    for (const code of FOUTCODES)
      for (const invuller of ['client', 'naaste', 'verwijzer'] as const) expect(FOUTBERICHTEN[code]('de naam', { invuller, max: 10 })).toMatch(/^[A-Z].*\.$/);
  });
});

describe('form definition and schema', () => {
  it('every form field exists in the schema, and every schema field is in the form', () => {
    for (const stap of STAPPEN) {
      const schema = stapSchemas(ctx('verwijzer'))[stap.id];
      const shape = ('shape' in schema ? schema.shape : (schema as unknown as { _zod: { def: { in: { shape: object } } } })._zod.def.in.shape) as object;
      const inSchema = Object.keys(shape)
        .map((k) => `${stap.id}.${k}`)
        .sort();
      expect(stap.velden.map((v) => v.pad).sort()).toEqual(inSchema);
    }
    expect(new Set(ALLE_VELDEN.map((v) => v.pad)).size).toBe(ALLE_VELDEN.length);
  });

  it('the schema drops hidden answers, also when the input sends them', () => {
    const basis = {
      invuller: 'client',
      client: { ...geldigeClient, tolkNodig: 'nee', voorkeurstaal: 'Pools' },
      aanmelder: { organisatie: 'X' },
      behandeling: { soort: 'geen' },
      verslaving: { vormen: ['alcohol'], drugsWelke: 'oud' },
      plaatsing: { hulpvraag: 'x', waaromSafehouse: 'y' },
      toestemming: { toestemmingMelding: true, toestemmingInformatiedeling: true, plaats: 'Venlo', datum: '22-11-2026' },
    };
    const m = meldingSchema({ peildatum, gemeenten }).parse(basis);
    expect(m.client.voorkeurstaal).toBeUndefined();
    expect(m.verslaving.drugsWelke).toBeUndefined();
    expect(m.aanmelder.organisatie).toBeUndefined();
  });

  it('email addresses: only characters the PDF can show', () => {
    expect(codes('client', { ...geldigeClient, email: 'Дима@mail.ru' })).toEqual(['client.email:tekens_onbekend']);
    expect(stapSchemas(ctx('client')).client.parse({ ...geldigeClient, email: ' Zoë@Voorbeeld.NL ' }).email).toBe('Zoë@voorbeeld.nl');
  });

  it('hidden answers do not count', () => {
    const w = alleenZichtbaar({ verslaving: { vormen: ['alcohol'], drugsWelke: 'oud antwoord' }, aanmelder: { organisatie: 'X' } }, 'client');
    expect(w.verslaving).toEqual({ vormen: ['alcohol'] });
    expect(w.aanmelder).toEqual({});
  });

  it('the whole melding: version 1, every step, errors with their step in the path', () => {
    const r = meldingSchema({ peildatum, gemeenten }).safeParse({ invuller: 'client', client: geldigeClient });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => `${i.path.join('.')}:${i.message}`)).toEqual([
      'behandeling.soort:keuze_verplicht',
      'verslaving.vormen:minstens_een',
      'plaatsing.hulpvraag:verplicht',
      'plaatsing.waaromSafehouse:verplicht',
      'toestemming.toestemmingMelding:toestemming_melding_nodig',
      'toestemming.toestemmingInformatiedeling:toestemming_informatiedeling_nodig',
      'toestemming.plaats:verplicht',
      'toestemming.datum:verplicht',
    ]);
  });
});

describe('lines in free text', () => {
  // A one-line field (an <input>) folds a line break into a space; a text area keeps it. An
  // opened PDF's JSON can carry line breaks anywhere, and a name with one breaks the PDF footer.
  type Veldschema = { parse: (v: unknown) => unknown; safeParse: (v: unknown) => { success: boolean; data?: unknown } };
  const schemas = stapSchemas(ctx('verwijzer')) as unknown as Record<string, { shape: Record<string, Veldschema> }>;
  const schemaVan = (pad: string) => {
    const [stap, sleutel] = pad.split('.') as [string, string];
    return schemas[stap]?.shape[sleutel];
  };
  // Free text: the field takes any word as it is (BSN, postcode, phone, e-mail, gemeente do not).
  const tekstvelden = ALLE_VELDEN.filter((v) => (v.soort === 'tekst' || v.soort === 'tekstvlak') && schemaVan(v.pad)?.safeParse('woord').data === 'woord');
  it('the form has both kinds, and names are among them', () => {
    expect(new Set(tekstvelden.map((v) => v.soort))).toEqual(new Set(['tekst', 'tekstvlak']));
    expect(tekstvelden.map((v) => v.pad)).toEqual(expect.arrayContaining(['client.voornamen', 'client.achternaam', 'plaatsing.uitstroomadres']));
  });
  it.each(tekstvelden.map((v) => [v.pad, v.soort] as const))('%s (%s)', (pad, soort) => {
    expect(schemaVan(pad)!.parse('een\n\n twee ')).toBe(soort === 'tekstvlak' ? 'een\n\n twee' : 'een twee');
  });
});

describe('gemeente of origin', () => {
  const gemeente = (invoer: string) => stapSchemas(ctx('client')).client.safeParse({ ...geldigeClient, gemeenteVanHerkomst: invoer });
  it.each([
    ['Venlo', 'Venlo'],
    ['venlo', 'Venlo'],
    ['  VENLO ', 'Venlo'],
    ['Den Haag', "'s-Gravenhage"],
    ['den haag', "'s-Gravenhage"],
    ["'s-gravenhage", "'s-Gravenhage"],
    ['s Gravenhage', "'s-Gravenhage"],
  ])('%j → %j (the official CBS name)', (invoer, officieel) => {
    expect(gemeente(invoer).data?.gemeenteVanHerkomst).toBe(officieel);
  });
  it.each(['Venl', 'Atlantis', 'Haag'])('%j is no gemeente', (invoer) => {
    expect(codes('client', { ...geldigeClient, gemeenteVanHerkomst: invoer })).toEqual(['client.gemeenteVanHerkomst:gemeente_onbekend']);
  });
  it.each([
    ['Weesp', 'Amsterdam'],
    ['brielle', 'Voorne aan Zee'],
    ['Uden', 'Maashorst'],
    ['Den Bosch', "'s-Hertogenbosch"],
  ])('a former or everyday name %j becomes the current gemeente, %j', (invoer, nu) => {
    const r = stapSchemas({ ...ctx('client'), gemeenten: new Set(['Amsterdam', 'Voorne aan Zee', 'Maashorst', "'s-Hertogenbosch"]) }).client.parse({
      ...geldigeClient,
      gemeenteVanHerkomst: invoer,
    });
    expect(r.gemeenteVanHerkomst).toBe(nu);
  });
  it('accents do not count', () => {
    const r = stapSchemas({ ...ctx('client'), gemeenten: new Set(['Súdwest-Fryslân']) }).client.parse({
      ...geldigeClient,
      gemeenteVanHerkomst: 'sudwest fryslan',
    });
    expect(r.gemeenteVanHerkomst).toBe('Súdwest-Fryslân');
  });
});

describe('dates: within a sensible window', () => {
  // peildatum 2026-11-22
  it.each([
    ['22-11-2026', []],
    ['23-11-2025', []],
    ['22-11-2025', []],
    ['21-11-2025', ['toestemming.datum:datum_te_oud']],
    ['01-01-1900', ['toestemming.datum:datum_te_oud']],
    ['23-11-2026', ['toestemming.datum:datum_toekomst']],
  ])('meldingsdatum %s', (datum, verwacht) => {
    expect(codes('toestemming', { plaats: 'Venlo', datum, toestemmingMelding: true, toestemmingInformatiedeling: true })).toEqual(verwacht);
  });

  it.each([
    ['21-11-2026', ['plaatsing.gewensteStartdatum:datum_verleden']],
    ['22-11-2026', []],
    ['01-02-2027', []],
  ])('desired start date %s', (gewensteStartdatum, verwacht) => {
    expect(codes('plaatsing', { hulpvraag: 'x', waaromSafehouse: 'y', gewensteStartdatum })).toEqual(verwacht);
  });

  const metGeboorte = (stap: 'behandeling' | 'verslaving', waarden: Record<string, unknown>) =>
    valideerStap(stap, { client: { geboortedatum: '17-03-1990' }, [stap]: waarden }, ctx('verwijzer')).map((p) => `${p.pad}:${p.code}`);
  it.each([
    ['behandeling', { soort: 'klinisch', opnamedatum: '16-03-1990' }, ['behandeling.opnamedatum:voor_geboorte']],
    ['behandeling', { soort: 'klinisch', opnamedatum: '17-03-1990' }, []],
    ['behandeling', { soort: 'klinisch', opnamedatum: '01-02-2027' }, []],
    ['verslaving', { vormen: ['alcohol'], abstinentSinds: '01-01-1980' }, ['verslaving.abstinentSinds:voor_geboorte']],
    ['verslaving', { vormen: ['alcohol'], abstinentSinds: '01-01-2026' }, []],
  ] as const)('%s %j (born 17-03-1990)', (stap, waarden, verwacht) => {
    expect(metGeboorte(stap, waarden)).toEqual(verwacht);
  });

  it('the whole melding checks the date of birth too', () => {
    const r = meldingSchema({ peildatum, gemeenten }).safeParse({
      invuller: 'client',
      client: geldigeClient,
      behandeling: { soort: 'klinisch', opnamedatum: '01-01-1980' },
    });
    expect(r.error!.issues.map((i) => `${i.path.join('.')}:${i.message}`)).toContain('behandeling.opnamedatum:voor_geboorte');
  });

  it('the error message names the window', () => {
    expect(
      valideerStap(
        'toestemming',
        { toestemming: { plaats: 'V', datum: '01-01-2020', toestemmingMelding: true, toestemmingInformatiedeling: true } },
        ctx('client'),
      )[0]!.bericht,
    ).toBe('Vul bij de datum een datum van het afgelopen jaar in, bijvoorbeeld de datum van vandaag.');
    expect(
      valideerStap('behandeling', { client: { geboortedatum: '17-03-1990' }, behandeling: { soort: 'klinisch', opnamedatum: '1-1-1980' } }, ctx('client'))[0]!
        .bericht,
    ).toBe('Vul bij de opnamedatum een datum in na je geboortedatum.');
  });
});

describe('email address', () => {
  it.each([
    ['M.vanderBerg@Voorbeeld.NL', 'M.vanderBerg@voorbeeld.nl'],
    ['  Info@Kliniek.Example ', 'Info@kliniek.example'],
  ])('%j → %j: only the domain in lower case', (invoer, verwacht) => {
    expect(stapSchemas(ctx('client')).client.parse({ ...geldigeClient, email: invoer }).email).toBe(verwacht);
  });
});

describe('one declaration of "required"', () => {
  // The form marks a question required from vragen.ts; the schema is derived from the same
  // declaration. An empty step must fail on exactly the questions the form marks.
  const LEEG_CODES = ['verplicht', 'keuze_verplicht', 'minstens_een', 'toestemming_melding_nodig', 'toestemming_informatiedeling_nodig'];
  it.each(['client', 'naaste', 'verwijzer'] as const)('an empty form fails on exactly the questions marked required for %s', (invuller) => {
    for (const stap of STAPPEN) {
      const gemarkeerd = zichtbareVelden(stap, invuller, {})
        .filter((v) => isVerplichtVoor(v, invuller))
        .map((v) => v.pad);
      const vereist = valideerStap(stap.id, {}, ctx(invuller))
        .filter((p) => LEEG_CODES.includes(p.code))
        .map((p) => p.pad);
      expect(vereist, `${invuller} ${stap.id}`).toEqual(gemarkeerd);
    }
  });
});
