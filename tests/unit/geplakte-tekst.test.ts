// Issue 16: what people paste from a word processor, a PDF or a web page, and the e-mail
// addresses a browser or parser might rewrite. One normalisation (src/lib/kern/tekens.ts, run by
// src/lib/schemas/getypt.ts) for every text field of the melding and the templates, whatever its
// kind: free text, a name, a BSN, a phone number, a postcode, a date, the gemeente, e-mail.
import { describe, expect, it } from 'vitest';
import { ALLE_VELDEN, naamIn } from '../../src/lib/melding/formulier.ts';
import { foutbericht } from '../../src/lib/melding/foutcodes.ts';
import { meldingSchema, stapSchemas } from '../../src/lib/melding/schema.ts';
import { valideerStap } from '../../src/lib/melding/validatie.ts';
import { normaliseerTekst } from '../../src/lib/kern/tekens.ts';
import { SJABLONEN, sjabloonSchema } from '../../src/lib/sjablonen/index.ts';
import { GEMEENTEN, maximaal, PEILDATUM } from '../fixtures/meldingen.ts';

const SHY = '\u00ad';
const ZWSP = '\u200b';
const ZWJ = '\u200d';
const BOM = '\ufeff';
const NBSP = '\u00a0';
const LRM = '\u200e';

const ctx = { invuller: 'client' as const, peildatum: PEILDATUM, gemeenten: GEMEENTEN };
const client = (w: Record<string, string>) =>
  stapSchemas(ctx).client.safeParse({ voornamen: 'Zoë', achternaam: 'de Vries', geboortedatum: '17-03-1990', gemeenteVanHerkomst: 'Venlo', ...w });

describe('pasted invisible characters, removed in one place', () => {
  it.each([
    ['soft hyphen (Word)', `Ma${SHY}ria`, 'Maria'],
    ['zero-width space', `Ma${ZWSP}ria`, 'Maria'],
    ['zero-width joiner', `Ma${ZWJ}ria`, 'Maria'],
    ['byte-order mark', `${BOM}Maria`, 'Maria'],
    ['direction mark', `Maria${LRM}`, 'Maria'],
    ['no-break space', `van${NBSP}der`, 'van der'],
    ['narrow no-break space', 'van\u202fder', 'van der'],
    ['decomposed accent (NFD)', 'Zoe\u0308', 'Zoë'],
    ['soft hyphen between letter and accent', `Zoe${SHY}\u0308`, 'Zoë'],
  ])('%s: %j → %j', (_, invoer, verwacht) => {
    expect(normaliseerTekst(invoer)).toBe(verwacht);
  });

  it('line breaks from other systems become \\n', () => {
    expect(normaliseerTekst('a\r\nb\rc\u2028d\u0085e\vf')).toBe('a\nb\nc\nd\ne\nf');
  });

  it('in every kind of melding field, the value is the same as typed without them', () => {
    const r = client({
      voornamen: `Ma${SHY}ria${NBSP}Jo${ZWSP}hanna`,
      achternaam: `${BOM}Berg`,
      bsn: `111${SHY}222${ZWSP}333`,
      postcode: `5911${NBSP}ab`,
      telefoon: `06${ZWSP}1234${SHY}5678`,
      geboortedatum: `17${SHY}-03-1990`,
      gemeenteVanHerkomst: `Ven${SHY}lo`,
      email: `zo${SHY}e@voor${ZWSP}beeld.nl`,
    });
    expect(r.success).toBe(true);
    expect(r.data).toMatchObject({
      voornamen: 'Maria Johanna',
      achternaam: 'Berg',
      bsn: '111222333',
      postcode: '5911 AB',
      telefoon: '+31612345678',
      geboortedatum: '1990-03-17',
      gemeenteVanHerkomst: 'Venlo',
      email: 'zoe@voorbeeld.nl',
    });
  });

  it('a text area keeps its line breaks, without the invisible characters', () => {
    const r = stapSchemas(ctx).leefgebieden.parse({ psychisch: `Som${SHY}ber.\r\nIn be${ZWSP}handeling.` });
    expect(r.psychisch).toBe('Somber.\nIn behandeling.');
  });

  it('a whole melding: no invisible character reaches melding.json, in any text field', () => {
    // Every text answer of the maximal melding, with a soft hyphen and a zero-width space pasted in.
    const besmet = structuredClone(maximaal) as Record<string, Record<string, unknown>>;
    for (const veld of ALLE_VELDEN) {
      const stap = besmet[veld.pad.split('.')[0]!]!;
      const waarde = stap[naamIn(veld)];
      if (typeof waarde === 'string' && waarde.length > 2 && veld.soort !== 'keuze') {
        stap[naamIn(veld)] = `${SHY}${waarde.slice(0, 2)}${ZWSP}${waarde.slice(2)}${BOM}`;
      }
    }
    const schoon = meldingSchema({ peildatum: PEILDATUM, gemeenten: GEMEENTEN }).parse(maximaal);
    const geplakt = meldingSchema({ peildatum: PEILDATUM, gemeenten: GEMEENTEN }).safeParse(besmet);
    expect(geplakt.error?.issues ?? []).toEqual([]);
    expect(geplakt.data).toEqual(schoon);
    expect(JSON.stringify(geplakt.data)).not.toMatch(/[\u00ad\u200b\ufeff]/);
  });

  it('the templates too', () => {
    for (const sjabloon of Object.values(SJABLONEN)) {
      const tekstveld = sjabloon.velden.find((v) => v.soort === 'tekst')!;
      expect(sjabloonSchema(sjabloon).parse({ [tekstveld.id]: `Jan${SHY}sen${NBSP}B.V.${ZWSP}` })[tekstveld.id]).toBe('Jansen B.V.');
    }
  });
});

describe('e-mail addresses', () => {
  it('an internationalised domain stays as typed, never punycode', () => {
    expect(client({ email: 'jan@bücher.nl' }).data?.email).toBe('jan@bücher.nl');
    expect(client({ email: 'Jan@BÜCHER.NL' }).data?.email).toBe('Jan@bücher.nl');
    expect(client({ email: 'jan@bu\u0308cher.nl' }).data?.email).toBe('jan@bücher.nl'); // NFC
  });

  const lokaal = (n: number) => 'a'.repeat(n);
  const domein = (n: number) => `${'b'.repeat(n - 3)}.nl`;
  it.each([
    ['local part of 64', `${lokaal(64)}@voorbeeld.nl`, 77, true],
    ['local part of 65', `${lokaal(65)}@voorbeeld.nl`, 78, false],
    ['254 in all', `${lokaal(60)}@${domein(193)}`, 254, true],
    ['255 in all', `${lokaal(60)}@${domein(194)}`, 255, false],
    ['300 in all', `${lokaal(40)}@${domein(259)}`, 300, false],
  ] as const)('%s', (_, adres, lengte, goed) => {
    expect(adres).toHaveLength(lengte);
    const stap = { client: { voornamen: 'Zoë', achternaam: 'de Vries', geboortedatum: '17-03-1990', gemeenteVanHerkomst: 'Venlo', email: adres } };
    expect(valideerStap('client', stap, ctx).map((p) => p.code)).toEqual(goed ? [] : ['email_te_lang']);
  });

  it('the message says the limits, in Dutch, at the field', () => {
    expect(foutbericht('email_te_lang', 'je e-mailadres')).toBe(
      'Het e-mailadres bij je e-mailadres is te lang: een e-mailadres heeft hoogstens 254 tekens, en vóór de @ hoogstens 64. Controleer of er niets dubbel is geplakt.',
    );
  });
});
