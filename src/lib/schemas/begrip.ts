import { z } from 'astro/zod';
import { bronnenSchema, tekstSchema } from './algemeen.ts';

/**
 * Frontmatter of a term in the begrippenlijst, content/begrippen/<slug>.md. The text below the
 * frontmatter is the explanation (B1). The file name is the anchor: /begrippen/#<slug>.
 */
export const begripSchema = z.strictObject({
  /** The term as it is written in running text, e.g. "Wmo" or "warme overdracht". */
  term: tekstSchema,
  /** Optional: other terms to read, as slugs of files in content/begrippen. */
  zie_ook: z.array(tekstSchema).optional(),
  /** The sources of the explanation. */
  bronnen: bronnenSchema,
});
