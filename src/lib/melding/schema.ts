import { z } from 'astro/zod';
import { parseDatum } from '../kern/datum.ts';
import { getypt } from '../schemas/getypt.ts';
import { alleenZichtbaar, gesteldAan, isVerplichtVoor, naamIn, STAPPEN } from './formulier.ts';
import type { Foutcode } from './foutcodes.ts';
import { herkenGemeente } from '../gemeenten/namen.ts';
import { parseAgb, parseBsn, parsePostcode } from './invoer.ts';
import { INVULLERS } from './keuzes.ts';
import { datum, email, fout, keuze, optioneel, tekst, tekstvlak, telefoon, vinkjes } from './schema-velden.ts';
import type { Stap, Tekstformaat, Vraag } from './vraag.ts';
import type { Vragen } from './vragen.ts';
import { MELDING_SCHEMA_VERSIE, STAP_IDS, type Invuller, type StapId } from './woordenschat.ts';

/**
 * The melding: one versioned zod schema shared by the form (per step), the check page, the PDF
 * (layout and embedded JSON) and the tests, derived from the questions in vragen.ts (type,
 * length, required for whom, cross-field rules). Input is what people type (strings, as kept
 * in the form and the draft); output is normalised (ISO dates, "1234 AB", E.164 numbers, NFC
 * text). Issue messages are codes from foutcodes.ts; the form turns them into Dutch sentences.
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
  /** Official gemeente names (CBS) accepted as gemeente van herkomst (also typed loosely or by another name, see src/lib/gemeenten/namen.ts). */
  gemeenten: ReadonlySet<string>;
  /** The cliënt's birth date (ISO) when known, so later dates can be checked against it. */
  geboortedatum?: string | undefined;
}

const FORMATEN: Record<Tekstformaat, () => z.ZodType> = {
  bsn: () =>
    optioneel((t) => {
      const uitkomst = parseBsn(t);
      return 'fout' in uitkomst ? uitkomst : uitkomst.bsn;
    }),
  postcode: () => optioneel(parsePostcode, 'postcode_ongeldig'),
  agb: () => optioneel(parseAgb, 'agb_ongeldig'),
  telefoon,
  email,
};

function gemeenteVanHerkomst(gemeenten: ReadonlySet<string>, verplicht: boolean) {
  return getypt().transform((waarde, ctx) => {
    if (!waarde) {
      if (verplicht) fout(ctx, 'verplicht');
      return verplicht ? z.NEVER : undefined;
    }
    const herkend = herkenGemeente(waarde, gemeenten);
    if (herkend.soort === 'gemeente') return herkend.naam;
    if (herkend.soort === 'gesplitst') fout(ctx, 'gemeente_opgeheven', { gemeente: waarde });
    else fout(ctx, 'gemeente_onbekend');
    return z.NEVER;
  });
}

/** A tick box: one that must be ticked gives its own code, and is then always `true`. */
function vinkje(nietAangevinkt: Foutcode | undefined) {
  if (!nietAangevinkt)
    return z
      .boolean()
      .optional()
      .transform((v) => v === true);
  return z
    .boolean()
    .optional()
    .superRefine((v, ctx) => {
      if (v !== true) fout(ctx, nietAangevinkt);
    })
    .transform(() => true as const);
}

/** The schema of one question for this audience, from its declaration. */
function vraagSchema(veld: Vraag, { invuller, peildatum, gemeenten }: Context): z.ZodType {
  const zonderVraag = gesteldAan(veld, invuller) ? undefined : veld.zonderVraag?.[invuller];
  if (zonderVraag !== undefined)
    return z
      .unknown()
      .optional()
      .transform(() => zonderVraag);
  // A question shown only given another answer is required by its step, once shown (stapSchema).
  const nodig = !veld.alleenAls && isVerplichtVoor(veld, invuller);
  switch (veld.soort) {
    case 'tekst':
    case 'aanbieder':
      return veld.formaat ? FORMATEN[veld.formaat]() : tekst(nodig, veld.max);
    case 'tekstvlak':
      return tekstvlak(nodig, veld.max);
    case 'datum':
      return datum(nodig, veld.datumRegel ?? 'vrij', peildatum);
    case 'keuze':
      return keuze(veld.opties ?? {}, nodig);
    case 'vinkjes':
      return vinkjes(veld.opties ?? {}, nodig);
    case 'vinkje':
      return vinkje(veld.nietAangevinkt);
    case 'gemeente':
      return gemeenteVanHerkomst(gemeenten, nodig);
  }
}

const isLeeg = (w: unknown) => w === undefined || w === null || w === '' || (Array.isArray(w) && w.length === 0);

/**
 * One step: its questions, then the rules across them, in this order: dates before the birth
 * date, the step's own rules (vragen.ts), questions required once another answer shows them.
 */
function stapSchema(stap: Stap, context: Context) {
  const { invuller, peildatum, geboortedatum } = context;
  return z.object(Object.fromEntries(stap.velden.map((veld) => [naamIn(veld), vraagSchema(veld, context)]))).superRefine((uit, ctx) => {
    const antwoorden = uit as Record<string, unknown>;
    const problemen: (readonly [string, Foutcode])[] = [];
    for (const veld of stap.velden) {
      const waarde = antwoorden[naamIn(veld)];
      if (veld.naGeboorte && typeof waarde === 'string' && geboortedatum && waarde < geboortedatum) problemen.push([naamIn(veld), 'voor_geboorte']);
    }
    for (const regel of stap.regels ?? []) problemen.push(...regel(antwoorden, { peildatum }));
    for (const veld of stap.velden) {
      if (veld.alleenAls && isVerplichtVoor(veld, invuller) && veld.alleenAls({ [stap.id]: antwoorden }) && isLeeg(antwoorden[naamIn(veld)])) {
        problemen.push([naamIn(veld), 'verplicht']);
      }
    }
    for (const [naam, code] of problemen) ctx.addIssue({ code: 'custom', message: code, path: [naam] });
  });
}

/** The schema of each step; a step's requirements may depend on who fills in the form. */
export function stapSchemas(context: Context): Record<StapId, ReturnType<typeof stapSchema>> {
  return Object.fromEntries(STAPPEN.map((stap) => [stap.id, stapSchema(stap, context)])) as Record<StapId, ReturnType<typeof stapSchema>>;
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

/*
 * The type of a validated melding, read off the declarations in vragen.ts: a key is always
 * present when the schema always writes it (required for everyone, lists, tick boxes, answers
 * written without a question); everything else is optional.
 */
type VraagIn<S extends StapId> = Extract<Vragen[number], { id: S }>['velden'][number];
type Naam<P> = P extends `${string}.${infer N}` ? N : never;
type Optie<V> = V extends { opties: infer O } ? keyof O & string : never;
type Waarde<V> = V extends { soort: 'vinkjes' }
  ? Optie<V>[]
  : V extends { soort: 'keuze'; zonderVraag: infer Z }
    ? Optie<V> | Z[keyof Z]
    : V extends { soort: 'keuze' }
      ? Optie<V>
      : V extends { soort: 'vinkje'; nietAangevinkt: string }
        ? true
        : V extends { soort: 'vinkje' }
          ? boolean
          : string;
type Altijd<V> = V extends { soort: 'vinkjes' | 'vinkje' } | { zonderVraag: object }
  ? true
  : V extends { alleenVoor: object } | { alleenAls: unknown }
    ? false
    : V extends { verplicht: true }
      ? true
      : false;
type Antwoorden<S extends StapId> = { -readonly [V in VraagIn<S> as Altijd<V> extends true ? Naam<V['pad']> : never]: Waarde<V> } & {
  -readonly [V in VraagIn<S> as Altijd<V> extends true ? never : Naam<V['pad']>]?: Waarde<V> | undefined;
};

/** A validated melding (schema version 1), as embedded in the PDF. */
export type Melding = { versie: typeof MELDING_SCHEMA_VERSIE; invuller: Invuller } & { [S in StapId]: Antwoorden<S> };
