import { z } from 'astro/zod';

/**
 * Building blocks shared by the content schemas. Every field is described once, with zod's
 * `.meta()` (title = label, description = meaning, voorbeeld = a valid value; not JSON Schema's
 * `examples`, which zod leaves out for fields with a transform), as
 * withastro/starlight's schema.ts describes its config: the labels of the content check, the
 * field list on /regios/publiceren/ and the comments in the _sjabloon.md files are derived
 * from it (src/lib/content/veldbeschrijvingen.ts).
 */

/** What a field's `.meta()` holds. `voorbeeld` must itself be valid: the templates are built from it. */
export interface Veldmeta {
  /** The label people read, e.g. "Telefoonnummer". */
  title: string;
  /** What the field means and how to fill it in, in plain Dutch. */
  description: string;
  /** A valid value, written as in the file: the templates are built from it. */
  voorbeeld?: unknown;
}

/** Describes a field once; `title` is the label shown in messages and forms. */
export const beschreven = <T extends z.ZodType>(schema: T, meta: Veldmeta): T =>
  // Keeps meta the schema already had (the labels of a choice list, see keuzeSchema).
  schema.meta({ ...(schema.meta() ?? {}), ...meta }) as T;

/** Limits every text field states (issue 12: "a 160 KB page"); the check names them. */
const MAX_NAAM = 120;
export const MAX_KORT = 300;
const MAX_LANG = 1500;

const tekst = (max: number) => z.string().trim().min(1, { error: 'Mag niet leeg zijn.' }).max(max);

/** A text field whose own schema checks the form (phone, website): the length limit goes in front. */
export const metMaximum = <T extends z.ZodType<unknown, string>>(max: number, schema: T) => z.string().max(max).pipe(schema);

/** A line of text that may not be empty, at most 300 characters. */
export const tekstSchema = tekst(MAX_KORT);
/** A name (region, provider, document), at most 120 characters. */
export const naamSchema = tekst(MAX_NAAM);
/** A few sentences, at most 1500 characters. */
export const langeTekstSchema = tekst(MAX_LANG);

/**
 * A calendar date written as 2026-11-22. Astro's frontmatter parser turns an unquoted date
 * into a Date and the editor check keeps it as text; both end up as "YYYY-MM-DD".
 */
export const datumSchema = z.preprocess(
  (waarde) => (waarde instanceof Date && !Number.isNaN(waarde.getTime()) ? waarde.toISOString().slice(0, 10) : waarde),
  z.iso.date({ error: 'Schrijf een datum als jaar-maand-dag, bijvoorbeeld 2026-11-22.' }),
);

/** One source a page or record rests on. */
const bronSchema = z.strictObject({
  // Which documents exist is known only when content/bronnen is read: the content check
  // compares this key with those files (src/lib/content/controleer.ts).
  document: beschreven(naamSchema, {
    title: 'Brondocument',
    description: 'Welk document: de bestandsnaam in content/bronnen, zonder .md.',
    voorbeeld: 'vng-handreiking',
  }),
  sectie: beschreven(tekstSchema, {
    title: 'Sectie in de bron',
    description: 'Het hoofdstuk, de paragraaf of de kop waar het feit staat.',
    voorbeeld: '§3.3 Regionale én bovenregionale functie',
  }),
  toelichting: beschreven(langeTekstSchema.optional(), {
    title: 'Toelichting',
    description: 'Wat je precies uit deze bron haalt, of waar bronnen verschillen.',
    voorbeeld: 'Duur en bereikbaarheid.',
  }),
});

/** Every page and record lists at least one source. */
export const bronnenSchema = beschreven(z.array(bronSchema).min(1, { error: 'Noem minstens één bron.' }), {
  title: 'Bronnen',
  description: 'Waar de gegevens vandaan komen: document en sectie. Minstens één.',
});

/** Where a record deliberately differs from its source, and why (providers and regions). */
export const correctiesSchema = beschreven(
  z.array(
    z.strictObject({
      veld: beschreven(tekstSchema, {
        title: 'Veld',
        description: 'Welk veld je hebt verbeterd, met de naam uit dit bestand.',
        voorbeeld: 'website',
      }),
      in_de_bron: beschreven(langeTekstSchema, {
        title: 'Wat in de bron staat',
        description: 'Wat de bron letterlijk zegt.',
        voorbeeld: 'www.voorbeeld/safehouse',
      }),
      toelichting: beschreven(langeTekstSchema, {
        title: 'Toelichting',
        description: 'Waarom en hoe je het hebt verbeterd.',
        voorbeeld: 'De extensie .nl ontbrak.',
      }),
    }),
  ),
  {
    title: 'Correcties op de bron',
    description: 'Alleen als je bewust afwijkt van de bron, bijvoorbeeld bij een kapotte link: wat er stond en waarom je het anders schrijft.',
  },
);

export const laatstGecontroleerdSchema = beschreven(datumSchema, {
  title: 'Laatst gecontroleerd',
  description: 'De datum waarop je de gegevens hebt nagekeken, als jaar-maand-dag. Niet in de toekomst; ouder dan 12 maanden geeft een waarschuwing.',
  voorbeeld: '2026-11-22',
});

export type Bron = z.infer<typeof bronSchema>;
export type Correctie = z.infer<typeof correctiesSchema>[number];
