import { z } from 'astro/zod';
import { alleenZichtbaar } from './formulier.ts';
import { officieleGemeente } from './gemeente.ts';
import { leeftijdOp, parseAgb, parseBsn, parseDatum, parsePostcode } from './invoer.ts';
import {
  BEWIND, INVULLERS, JA_NEE_ONBEKEND, METHODIEKEN_BEHANDELING, NAASTEN_BETREKKEN, NETWERK, REGIOKEUZE,
  ROLLEN, ROLLEN_VERWIJZER, SOORTEN_BEHANDELING, VERSLAVINGSVORMEN_MELDING,
} from './keuzes.ts';
import { datum, email, fout, keuze, optioneel, tekst, tekstvlak, telefoon, vinkjes } from './schema-velden.ts';
import { IMPLICIETE_ROL, MELDING_SCHEMA_VERSIE, STAP_IDS, type Invuller, type StapId } from './woordenschat.ts';

/**
 * The melding: one versioned zod schema shared by the form (per step), the check page, the PDF
 * (layout and embedded JSON) and the tests. Input is what people type (strings, as kept in the
 * form and the draft); output is normalised (ISO dates, "1234 AB", E.164 numbers, NFC text).
 * Issue messages are codes from foutcodes.ts; the form turns them into Dutch sentences.
 */
export interface Context {
  invuller: Invuller;
  /**
   * "Today" as ISO date, for the age check and "not in the future/past". Null when a saved
   * melding is re-opened: its dates were checked on the day it was made, and a date that has
   * gone stale since (a start date now past) is the form's to flag against today, not a reason
   * to refuse the file.
   */
  peildatum: string | null;
  /** Official gemeente names (CBS) accepted as gemeente van herkomst (also typed loosely or by alias, see gemeente.ts). */
  gemeenten: ReadonlySet<string>;
  /** The cliënt's birth date (ISO) when known, so later dates can be checked against it. */
  geboortedatum?: string | undefined;
}

/** Adds `voor_geboorte` at `pad` when an ISO date lies before the birth date. */
function naGeboorte(ctx: z.RefinementCtx, waarde: string | undefined, geboortedatum: string | undefined, pad: string) {
  if (waarde && geboortedatum && waarde < geboortedatum) ctx.addIssue({ code: 'custom', message: 'voor_geboorte', path: [pad] });
}

/** The schema of each step; a step's requirements may depend on who fills in the form. */
export function stapSchemas({ invuller, peildatum, gemeenten, geboortedatum }: Context) {
  const isVerwijzer = invuller === 'verwijzer';
  const isClient = invuller === 'client';

  const client = z
    .object({
      voornamen: tekst(true, 120),
      tussenvoegsel: tekst(false, 30),
      achternaam: tekst(true, 120),
      geboortedatum: datum(true, 'niet-in-toekomst', peildatum),
      bsn: optioneel((t) => {
        const uitkomst = parseBsn(t);
        return 'fout' in uitkomst ? uitkomst : uitkomst.bsn;
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
          const officieel = officieleGemeente(waarde, gemeenten);
          if (!officieel) {
            fout(ctx, 'gemeente_onbekend');
            return z.NEVER;
          }
          return officieel;
        }),
      telefoon: telefoon(),
      email: email(),
      tolkNodig: keuze({ ja: 'Ja', nee: 'Nee' }, false),
      voorkeurstaal: tekst(false, 80),
    })
    .superRefine((c, ctx) => {
      if (peildatum && c.geboortedatum && c.geboortedatum <= peildatum && leeftijdOp(c.geboortedatum, peildatum) < 18) {
        ctx.addIssue({ code: 'custom', message: 'minderjarig', path: ['geboortedatum'] });
      }
    });

  const aanmelder = z.object({
    rol: isVerwijzer
      ? keuze(ROLLEN_VERWIJZER, true)
      : z.unknown().optional().transform((): keyof typeof ROLLEN => IMPLICIETE_ROL[isClient ? 'client' : 'naaste']),
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
      // May lie ahead: the kliniek may contact the gemeente before the admission (VNG-handreiking §6.2).
      opnamedatum: datum(false, 'vrij', peildatum),
      verwachteOntslagdatum: datum(false, 'vrij', peildatum),
      behandeladvies: tekstvlak(false),
      nazorgViaKliniek: keuze(JA_NEE_ONBEKEND, false),
      methodiek: vinkjes(METHODIEKEN_BEHANDELING, false),
    })
    .superRefine((b, ctx) => {
      naGeboorte(ctx, b.opnamedatum, geboortedatum, 'opnamedatum');
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
      eerdereBehandelingen: tekstvlak(false),
      terugval: tekstvlak(false),
    })
    .superRefine((v, ctx) => {
      naGeboorte(ctx, v.abstinentSinds, geboortedatum, 'abstinentSinds');
      if (v.vormen.includes('drugs') && !v.drugsWelke) ctx.addIssue({ code: 'custom', message: 'verplicht', path: ['drugsWelke'] });
      if (v.vormen.includes('anders') && !v.andersWelke) ctx.addIssue({ code: 'custom', message: 'verplicht', path: ['andersWelke'] });
    });

  const leefgebieden = z.object({
    psychisch: tekstvlak(false),
    lichamelijk: tekstvlak(false),
    schulden: keuze(JA_NEE_ONBEKEND, false),
    bewind: keuze(BEWIND, false),
    financien: tekstvlak(false),
    justitie: tekstvlak(false),
    wonenNu: tekstvlak(false),
    werkDaginvulling: tekstvlak(false),
    netwerk: keuze(NETWERK, false),
    netwerkToelichting: tekstvlak(false),
  });

  const plaatsing = z.object({
    hulpvraag: tekstvlak(true),
    waaromSafehouse: tekstvlak(true),
    onderbouwing: isVerwijzer ? tekstvlak(true) : tekstvlak(false),
    voorkeurAanbieder: tekst(false, 160),
    regioKeuze: keuze(REGIOKEUZE, false),
    regioToelichting: tekstvlak(false),
    vestigingswens: tekst(false, 200),
    uitstroomadres: tekstvlak(false, 400),
    gewensteStartdatum: datum(false, 'niet-in-verleden', peildatum),
  });

  const toestemming = z.object({
    naasteNaam: tekst(false, 160),
    naasteRelatie: tekst(false, 80),
    naasteTelefoon: telefoon(),
    naasteEmail: email(),
    naastenBetrekken: keuze(NAASTEN_BETREKKEN, false),
    toestemmingMelding: z.boolean().optional().superRefine((v, ctx) => {
      if (v !== true) fout(ctx, 'toestemming_melding_nodig');
    }).transform(() => true as const),
    toestemmingInformatiedeling: z.boolean().optional().superRefine((v, ctx) => {
      if (v !== true) fout(ctx, 'toestemming_informatiedeling_nodig');
    }).transform(() => true as const),
    plaats: tekst(true, 120),
    datum: datum(true, 'meldingsdatum', peildatum),
  });

  return { client, aanmelder, behandeling, verslaving, leefgebieden, plaatsing, toestemming } satisfies Record<StapId, z.ZodType>;
}

/** The birth date as the form holds it (step 1), as ISO, for the checks in later steps. */
export function geboortedatumIn(waarden: Record<string, unknown>): string | undefined {
  const client = waarden.client as Record<string, unknown> | undefined;
  return parseDatum(String(client?.geboortedatum ?? '')) ?? undefined;
}

export function meldingSchema(context: Omit<Context, 'invuller'>) {
  return z
    .object({ versie: z.literal(MELDING_SCHEMA_VERSIE).optional(), invuller: keuze(INVULLERS, true) })
    .loose()
    .transform((invoer, ctx) => {
      // Answers to questions this audience does not get, or that another answer hid, are not
      // part of the melding (data minimisation), whatever the input carried.
      const waarden = alleenZichtbaar(invoer as Record<string, unknown>, invoer.invuller) as typeof invoer;
      const s = stapSchemas({ ...context, invuller: waarden.invuller, geboortedatum: geboortedatumIn(waarden) });
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
