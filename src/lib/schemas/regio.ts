import { z } from 'astro/zod';
import { bronnenSchema, correctiesSchema, datumSchema, tekstSchema } from './algemeen.ts';
import { AANMELDROUTES, sleutels } from './keuzelijsten.ts';
import { websiteSchema } from './website.ts';

/** Frontmatter of a region file, content/regios/<slug>.md. Leave out what the sources don't say. */
export const regioSchema = z.strictObject({
  /** The region's name, e.g. "Noord- en Midden-Limburg". */
  naam: tekstSchema,
  /** Article used before the name in a sentence ("in de Achterhoek"); leave out when none. */
  lidwoord: z.enum(['de', 'het'], { error: 'Schrijf de of het, of haal de regel weg.' }).optional(),
  /** The centrumgemeente beschermd wonen, as spelled in the CBS list (e.g. "Venlo"). */
  centrumgemeente: tekstSchema.optional(),
  /** Member gemeenten, as spelled in the CBS list (e.g. "Bergen (L.)"). */
  gemeenten: z.array(tekstSchema).min(1, { error: 'Noem minstens één gemeente.' }),
  /** How a person is registered for a safehouse in this region. */
  aanmelding: z.strictObject({
    /** Entry point: gemeentelijke-toegang, kliniek or onbekend. */
    via: z.enum(sleutels(AANMELDROUTES)),
    /** In a few sentences: who starts it and what happens. */
    toelichting: tekstSchema,
  }),
  /** Longest a traject may last, in months. Leave out when unknown. */
  maximale_duur_maanden: z.number({ error: 'Schrijf een aantal maanden als getal, zoals 12.' }).int().positive().optional(),
  /** How often the begeleidingsplan is evaluated, in words. Leave out when unknown. */
  evaluatie: tekstSchema.optional(),
  /** What the region requires of a safehouse, one row per requirement. */
  eisen: z
    .array(
      z.strictObject({
        /** The theme, e.g. "Bereikbaarheid". */
        onderwerp: tekstSchema,
        /** The requirement itself. */
        eis: tekstSchema,
      }),
    )
    .optional(),
  /** What a client has learned or reached at the end, as the region describes it. */
  resultaten: z.array(tekstSchema).min(1).optional(),
  /** Areas where the safehouse's support can help, as the region lists them. */
  ondersteuning: z.array(tekstSchema).min(1).optional(),
  /** Status of regional policy on safehouses, when the sources describe it. */
  beleid: z
    .strictObject({
      /** Short status, e.g. "Voorstel, nog niet vastgesteld volgens de bron". */
      status: tekstSchema,
      /** Who proposed or decided it: an organisation or body, never a person's name. */
      door: tekstSchema.optional(),
      /** What was proposed, when and by whom. */
      toelichting: tekstSchema,
    })
    .optional(),
  /** The region's own website about beschermd wonen, if the sources give one. */
  website: websiteSchema.optional(),
  /** Where the record deliberately differs from its source (e.g. a broken link), and why. */
  correcties: correctiesSchema.optional(),
  /** Date someone last checked this record against its sources. */
  laatst_gecontroleerd: datumSchema,
  /** The sources of this record. */
  bronnen: bronnenSchema,
});

export type Regio = z.infer<typeof regioSchema>;

/** The name as it reads after "in": "de Achterhoek", "Noord- en Midden-Limburg". */
export function regioNaamInZin(regio: Pick<Regio, 'naam' | 'lidwoord'>): string {
  return regio.lidwoord ? `${regio.lidwoord} ${regio.naam}` : regio.naam;
}
