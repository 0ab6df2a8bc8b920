import { z } from 'astro/zod';
import { parseTelefoon } from '../schemas/telefoon.ts';
import { normaliseerTekst, onbekendeTekens } from '../pdf/tekens.ts';
import { alleenZichtbaar } from './formulier.ts';
import type { Foutcode } from './foutcodes.ts';
import { isEmail, leeftijdOp, parseAgb, parseBsn, parseDatum, parsePostcode } from './invoer.ts';
import {
  BEWIND, INVULLERS, JA_NEE_ONBEKEND, METHODIEKEN_BEHANDELING, NAASTEN_BETREKKEN, NETWERK, REGIOKEUZE,
  ROLLEN, ROLLEN_VERWIJZER, SOORTEN_BEHANDELING, VERSLAVINGSVORMEN_MELDING, sleutelsVan,
} from './keuzes.ts';

/**
 * The melding: one versioned zod schema shared by the form (per step), the check page, the PDF
 * (layout and embedded JSON) and the tests. Input is what people type (strings, as kept in the
 * form and the draft); output is normalised (ISO dates, "1234 AB", E.164 numbers, NFC text).
 * Issue messages are codes from foutcodes.ts; the form turns them into Dutch sentences.
 */
export const MELDING_SCHEMA_VERSIE = 1;

export type Invuller = keyof typeof INVULLERS;

export interface Context {
  invuller: Invuller;
  /** "Today" as ISO date: the meldingsdatum default, the age check and "not in the future". */
  peildatum: string;
  /** Official gemeente names (CBS) accepted as gemeente van herkomst. */
  gemeenten: ReadonlySet<string>;
}

const fout = (ctx: z.RefinementCtx, code: Foutcode) => ctx.addIssue({ code: 'custom', message: code });

/** Free text: NFC, trimmed; empty → code `verplicht` or undefined; only characters the PDF can show. */
function tekst(verplicht: true, max?: number): z.ZodType<string, string | undefined>;
function tekst(verplicht: false, max?: number): z.ZodType<string | undefined, string | undefined>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- overloads above give callers the precise type
function tekst(verplicht: boolean, max = 200): z.ZodType<any, any> {
  return z
    .string()
    .optional()
    .transform((invoer, ctx) => {
      const waarde = normaliseerTekst(invoer ?? '').trim();
      if (!waarde) {
        if (verplicht) fout(ctx, 'verplicht');
        return verplicht ? z.NEVER : undefined;
      }
      if (waarde.length > max) fout(ctx, 'te_lang');
      if (onbekendeTekens(waarde).length > 0) fout(ctx, 'tekens_onbekend');
      return waarde;
    });
}

/** An optional field with its own parser: empty → undefined, otherwise parsed or `code`. */
function optioneel<T>(parse: (invoer: string) => T | null, code: Foutcode) {
  return z
    .string()
    .optional()
    .transform((invoer, ctx): T | undefined => {
      const waarde = (invoer ?? '').trim();
      if (!waarde) return undefined;
      const uitkomst = parse(waarde);
      if (uitkomst === null) {
        fout(ctx, code);
        return z.NEVER;
      }
      return uitkomst;
    });
}

type DatumRegel = 'niet-in-toekomst' | 'niet-in-verleden' | 'vrij';

function datum(verplicht: true, regel: DatumRegel, peildatum: string): z.ZodType<string, string | undefined>;
function datum(verplicht: false, regel: DatumRegel, peildatum: string): z.ZodType<string | undefined, string | undefined>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- overloads above give callers the precise type
function datum(verplicht: boolean, regel: DatumRegel, peildatum: string): z.ZodType<any, any> {
  return z
    .string()
    .optional()
    .transform((invoer, ctx): string | undefined => {
      const waarde = (invoer ?? '').trim();
      if (!waarde) {
        if (verplicht) fout(ctx, 'verplicht');
        return verplicht ? z.NEVER : undefined;
      }
      const iso = parseDatum(waarde);
      if (!iso) {
        fout(ctx, 'datum_ongeldig');
        return z.NEVER;
      }
      if (regel === 'niet-in-toekomst' && iso > peildatum) fout(ctx, 'datum_toekomst');
      if (regel === 'niet-in-verleden' && iso < peildatum) fout(ctx, 'datum_verleden');
      return iso;
    });
}

/** A radio choice; '' (nothing chosen) → `keuze_verplicht` or undefined. */
function keuze<T extends Record<string, string>>(tabel: T, verplicht: true): z.ZodType<keyof T & string, string | null | undefined>;
function keuze<T extends Record<string, string>>(tabel: T, verplicht: false): z.ZodType<(keyof T & string) | undefined, string | null | undefined>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- overloads above give callers the precise type
function keuze<T extends Record<string, string>>(tabel: T, verplicht: boolean): z.ZodType<any, any> {
  const waarden = sleutelsVan(tabel);
  // react-hook-form gives null for a radio group with nothing chosen.
  return z
    .string()
    .nullable()
    .optional()
    .transform((invoer, ctx) => {
      if (!invoer) {
        if (verplicht) fout(ctx, 'keuze_verplicht');
        return verplicht ? z.NEVER : undefined;
      }
      if (!(waarden as string[]).includes(invoer)) {
        fout(ctx, 'keuze_verplicht');
        return z.NEVER;
      }
      return invoer as keyof T & string;
    });
}

/** Checkboxes: a list of chosen keys (react-hook-form gives false when none is ticked). */
function vinkjes<T extends Record<string, string>>(tabel: T, minstensEen: boolean) {
  const waarden = sleutelsVan(tabel) as string[];
  return z
    .union([z.array(z.string()), z.literal(false), z.string()])
    .optional()
    .transform((invoer, ctx) => {
      const lijst = Array.isArray(invoer) ? invoer : typeof invoer === 'string' && invoer ? [invoer] : [];
      const gekozen = waarden.filter((w) => lijst.includes(w)) as (keyof T & string)[];
      if (minstensEen && gekozen.length === 0) fout(ctx, 'minstens_een');
      return gekozen;
    });
}

const telefoon = () => optioneel((t) => parseTelefoon(t)?.e164 ?? null, 'telefoon_ongeldig');
const email = () =>
  z
    .string()
    .optional()
    .transform((invoer, ctx): string | undefined => {
      const waarde = normaliseerTekst(invoer ?? '').trim().toLowerCase();
      if (!waarde) return undefined;
      if (!isEmail(waarde)) fout(ctx, 'email_ongeldig');
      else if (onbekendeTekens(waarde).length > 0) fout(ctx, 'tekens_onbekend');
      return waarde;
    });
const LANG = 4000;

/** The schema of each step; a step's requirements may depend on who fills in the form. */
export function stapSchemas({ invuller, peildatum, gemeenten }: Context) {
  const isVerwijzer = invuller === 'verwijzer';
  const isClient = invuller === 'client';

  const client = z
    .object({
      voornamen: tekst(true, 120),
      tussenvoegsel: tekst(false, 30),
      achternaam: tekst(true, 120),
      geboortedatum: datum(true, 'niet-in-toekomst', peildatum),
      bsn: z
        .string()
        .optional()
        .transform((invoer, ctx): string | undefined => {
          const waarde = (invoer ?? '').trim();
          if (!waarde) return undefined;
          const uitkomst = parseBsn(waarde);
          if ('fout' in uitkomst) {
            fout(ctx, uitkomst.fout);
            return z.NEVER;
          }
          return uitkomst.bsn;
        }),
      adres: tekst(false, 200),
      postcode: optioneel(parsePostcode, 'postcode_ongeldig'),
      woonplaats: tekst(false, 120),
      isPostadres: z.boolean().optional().transform((v) => v === true),
      gemeenteVanHerkomst: z
        .string()
        .optional()
        .transform((invoer, ctx) => {
          const waarde = (invoer ?? '').trim();
          if (!waarde) {
            fout(ctx, 'verplicht');
            return z.NEVER;
          }
          if (!gemeenten.has(waarde)) {
            fout(ctx, 'gemeente_onbekend');
            return z.NEVER;
          }
          return waarde;
        }),
      telefoon: telefoon(),
      email: email(),
      tolkNodig: keuze({ ja: 'Ja', nee: 'Nee' }, false),
      voorkeurstaal: tekst(false, 80),
    })
    .superRefine((c, ctx) => {
      if (c.geboortedatum && c.geboortedatum <= peildatum && leeftijdOp(c.geboortedatum, peildatum) < 18) {
        ctx.addIssue({ code: 'custom', message: 'minderjarig', path: ['geboortedatum'] });
      }
    });

  const aanmelder = z.object({
    rol: isVerwijzer
      ? keuze(ROLLEN_VERWIJZER, true)
      : z.unknown().optional().transform((): keyof typeof ROLLEN => (isClient ? 'client-zelf' : 'naaste')),
    organisatie: isVerwijzer ? tekst(true, 160) : tekst(false, 160),
    naam: isClient ? tekst(false, 160) : tekst(true, 160),
    functie: tekst(false, 120),
    telefoon: telefoon(),
    email: email(),
    agbCode: optioneel(parseAgb, 'agb_ongeldig'),
  });

  const behandeling = z
    .object({
      instelling: tekst(false, 160),
      soort: keuze(SOORTEN_BEHANDELING, true),
      opnamedatum: datum(false, 'vrij', peildatum),
      verwachteOntslagdatum: datum(false, 'vrij', peildatum),
      behandeladvies: tekst(false, LANG),
      nazorgViaKliniek: keuze(JA_NEE_ONBEKEND, false),
      methodiek: vinkjes(METHODIEKEN_BEHANDELING, false),
    })
    .superRefine((b, ctx) => {
      if (b.opnamedatum && b.verwachteOntslagdatum && b.verwachteOntslagdatum < b.opnamedatum) {
        ctx.addIssue({ code: 'custom', message: 'ontslag_voor_opname', path: ['verwachteOntslagdatum'] });
      }
    });

  const verslaving = z
    .object({
      vormen: vinkjes(VERSLAVINGSVORMEN_MELDING, true),
      drugsWelke: tekst(false, 200),
      andersWelke: tekst(false, 200),
      abstinentSinds: datum(false, 'niet-in-toekomst', peildatum),
      eerdereBehandelingen: tekst(false, LANG),
      terugval: tekst(false, LANG),
    })
    .superRefine((v, ctx) => {
      if (v.vormen.includes('drugs') && !v.drugsWelke) ctx.addIssue({ code: 'custom', message: 'verplicht', path: ['drugsWelke'] });
      if (v.vormen.includes('anders') && !v.andersWelke) ctx.addIssue({ code: 'custom', message: 'verplicht', path: ['andersWelke'] });
    });

  const leefgebieden = z.object({
    psychisch: tekst(false, LANG),
    lichamelijk: tekst(false, LANG),
    schulden: keuze(JA_NEE_ONBEKEND, false),
    bewind: keuze(BEWIND, false),
    financien: tekst(false, LANG),
    justitie: tekst(false, LANG),
    wonenNu: tekst(false, LANG),
    werkDaginvulling: tekst(false, LANG),
    netwerk: keuze(NETWERK, false),
    netwerkToelichting: tekst(false, LANG),
  });

  const plaatsing = z.object({
    hulpvraag: tekst(true, LANG),
    waaromSafehouse: tekst(true, LANG),
    onderbouwing: isVerwijzer ? tekst(true, LANG) : tekst(false, LANG),
    voorkeurAanbieder: tekst(false, 160),
    regioKeuze: keuze(REGIOKEUZE, false),
    regioToelichting: tekst(false, LANG),
    vestigingswens: tekst(false, 200),
    uitstroomadres: tekst(false, 400),
    gewensteStartdatum: datum(false, 'vrij', peildatum),
  });

  const toestemming = z.object({
    naasteNaam: tekst(false, 160),
    naasteRelatie: tekst(false, 80),
    naasteTelefoon: telefoon(),
    naasteEmail: email(),
    naastenBetrekken: keuze(NAASTEN_BETREKKEN, false),
    toestemmingMelding: z.boolean().optional().superRefine((v, ctx) => {
      if (v !== true) fout(ctx, 'toestemming_nodig');
    }).transform(() => true as const),
    toestemmingInformatiedeling: z.boolean().optional().superRefine((v, ctx) => {
      if (v !== true) fout(ctx, 'toestemming_nodig');
    }).transform(() => true as const),
    plaats: tekst(true, 120),
    datum: datum(true, 'niet-in-toekomst', peildatum),
  });

  return { client, aanmelder, behandeling, verslaving, leefgebieden, plaatsing, toestemming };
}

export type StapId = keyof ReturnType<typeof stapSchemas>;
export const STAP_IDS: readonly StapId[] = ['client', 'aanmelder', 'behandeling', 'verslaving', 'leefgebieden', 'plaatsing', 'toestemming'];

export function meldingSchema(context: Omit<Context, 'invuller'>) {
  return z
    .object({ versie: z.literal(MELDING_SCHEMA_VERSIE).optional(), invuller: keuze(INVULLERS, true) })
    .loose()
    .transform((invoer, ctx) => {
      // Answers to questions this audience does not get, or that another answer hid, are not
      // part of the melding (data minimisation), whatever the input carried.
      const waarden = alleenZichtbaar(invoer as Record<string, unknown>, invoer.invuller) as typeof invoer;
      const s = stapSchemas({ ...context, invuller: waarden.invuller });
      const uit: Record<string, unknown> = { versie: MELDING_SCHEMA_VERSIE, invuller: waarden.invuller };
      for (const stap of STAP_IDS) {
        const r = s[stap].safeParse((waarden as Record<string, unknown>)[stap] ?? {});
        if (r.success) uit[stap] = r.data;
        else for (const issue of r.error.issues) ctx.addIssue({ ...issue, path: [stap, ...issue.path] } as never);
      }
      return uit as unknown as Melding;
    });
}

type Uit<T extends StapId> = z.output<ReturnType<typeof stapSchemas>[T]>;
/** A validated melding (schema version 1), as embedded in the PDF. */
export interface Melding {
  versie: typeof MELDING_SCHEMA_VERSIE;
  invuller: Invuller;
  client: Uit<'client'>;
  aanmelder: Uit<'aanmelder'>;
  behandeling: Uit<'behandeling'>;
  verslaving: Uit<'verslaving'>;
  leefgebieden: Uit<'leefgebieden'>;
  plaatsing: Uit<'plaatsing'>;
  toestemming: Uit<'toestemming'>;
}
