import { z } from 'astro/zod';
import { beschreven, bronnenSchema, naamSchema } from './algemeen.ts';

/**
 * Frontmatter of a term in the begrippenlijst, content/begrippen/<slug>.md. The text below the
 * frontmatter is the explanation (B1). The file name is the anchor: /begrippen/#<slug>.
 */
export const begripSchema = z.strictObject({
  term: beschreven(naamSchema, { title: 'Begrip', description: 'Het begrip zoals het in lopende tekst staat, bijvoorbeeld "Wmo".' }),
  zie_ook: beschreven(z.array(naamSchema).optional(), {
    title: 'Zie ook',
    description: 'Andere begrippen om te lezen: bestandsnamen in content/begrippen, zonder .md.',
  }),
  bronnen: bronnenSchema,
});
