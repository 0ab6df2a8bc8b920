import { z } from 'astro/zod';
import { bronnenSchema, correctiesSchema, datumSchema, tekstSchema } from './algemeen.ts';
import { METHODIEKEN, VERSLAVINGSVORMEN, sleutels } from './keuzelijsten.ts';
import { telefoonSchema } from './telefoon.ts';
import { websiteSchema } from './website.ts';

/**
 * Frontmatter of a provider file, content/aanbieders/<slug>.md. Leave a field out when the
 * sources don't give it: the page then shows "onbekend" instead of a guess.
 */
export const aanbiederSchema = z.strictObject({
  /** The provider's name as the source gives it. */
  naam: tekstSchema,
  /** Slugs of the regions that contract this provider (file names in content/regios). */
  regio: z.array(tekstSchema).min(1, { error: 'Noem minstens één regio.' }),
  /** Town or city of the safehouse. */
  plaats: tekstSchema.optional(),
  /** Telephone number, e.g. 088 114 95 50. */
  telefoon: telefoonSchema.optional(),
  /** Website, beginning with https://. */
  website: websiteSchema.optional(),
  /** E-mail address for aanmeldingen or questions. */
  email: z.email({ error: 'Schrijf een e-mailadres zoals info@voorbeeld.nl.' }).optional(),
  /** Visiting address, when the provider publishes it. */
  adres: tekstSchema.optional(),
  /** Forms of addiction the provider accepts. */
  verslavingsvormen: z
    .array(z.enum(sleutels(VERSLAVINGSVORMEN)))
    .min(1)
    .optional(),
  /** Methods the provider works with. */
  methodiek: z
    .array(z.enum(sleutels(METHODIEKEN)))
    .min(1)
    .optional(),
  /** Does the provider take people from outside its own region? true or false. */
  bovenregionaal: z.boolean({ error: 'Schrijf true (ja) of false (nee).' }).optional(),
  /** Who contracts the provider, in words. */
  contract: tekstSchema.optional(),
  /** Quality mark, e.g. the VKS label or HKZ. */
  keurmerk: tekstSchema.optional(),
  /** Where the record deliberately differs from its source, and why. */
  correcties: correctiesSchema.optional(),
  /** Date someone last checked this record against its sources. */
  laatst_gecontroleerd: datumSchema,
  /** The sources of this record. */
  bronnen: bronnenSchema,
});

export type Aanbieder = z.infer<typeof aanbiederSchema>;
