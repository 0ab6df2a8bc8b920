import { z } from 'astro/zod';
import { bronnenSchema, datumSchema, tekstSchema } from './algemeen.ts';

/** Frontmatter of a route page (for inwoners and naasten) or a handboek chapter. */
export const paginaSchema = z.strictObject({
  /** Page title, also the <h1>. */
  titel: tekstSchema,
  /** One sentence that says what the page is about; shown at the top and in search results. */
  samenvatting: tekstSchema,
  /** Position in the menu of its section: 1, 2, 3 … */
  volgorde: z.number({ error: 'Schrijf een heel getal, zoals 1, 2 of 3.' }).int().positive(),
  /** Optional: the slug of the page that comes next ("Volgende stap"). */
  volgende: tekstSchema.optional(),
  /** Date the text was last checked against its sources. */
  bijgewerkt: datumSchema,
  /** The sources the page rests on. */
  bronnen: bronnenSchema,
});
