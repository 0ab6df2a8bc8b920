import { z } from 'astro/zod';
import { BRONDOCUMENT_SLEUTELS } from '../bronnen/documenten.ts';

/** Building blocks shared by the content schemas. */

/**
 * A calendar date written as 2026-11-22. Astro's frontmatter parser turns an unquoted date
 * into a Date and the editor check keeps it as text; both end up as "YYYY-MM-DD".
 */
export const datumSchema = z.preprocess(
  (waarde) => (waarde instanceof Date && !Number.isNaN(waarde.getTime()) ? waarde.toISOString().slice(0, 10) : waarde),
  z.iso.date({ error: 'Schrijf een datum als jaar-maand-dag, bijvoorbeeld 2026-11-22.' }),
);

/** A line of text that may not be empty. */
export const tekstSchema = z.string().trim().min(1, { error: 'Mag niet leeg zijn.' });

/** One source a page or record rests on. */
const bronSchema = z.strictObject({
  /** Which source document (see src/lib/bronnen/documenten.ts). */
  document: z.enum(BRONDOCUMENT_SLEUTELS),
  /** Section, paragraph or page in that document, e.g. "§6.2" or "Aanbieders in Noord- en Midden-Limburg". */
  sectie: tekstSchema,
  /** Optional: what exactly was taken from it, or how sources differ. */
  toelichting: tekstSchema.optional(),
});

/** Every page and record lists at least one source. */
export const bronnenSchema = z.array(bronSchema).min(1, { error: 'Noem minstens één bron.' });

/** Where a record deliberately differs from its source, and why (providers and regions). */
export const correctiesSchema = z.array(
  z.strictObject({
    /** Which field was corrected, by its key (e.g. website). */
    veld: tekstSchema,
    /** What the source says, literally. */
    in_de_bron: tekstSchema,
    /** Why and how it was corrected. */
    toelichting: tekstSchema,
  }),
);

export type Bron = z.infer<typeof bronSchema>;
export type Correctie = z.infer<typeof correctiesSchema>[number];
