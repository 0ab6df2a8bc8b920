import { z } from 'astro/zod';
import { beschreven, bronnenSchema, datumSchema, naamSchema, tekstSchema } from './algemeen.ts';

/** Frontmatter of a route page (for inwoners and naasten) or a handboek chapter. */
export const paginaSchema = z.strictObject({
  titel: beschreven(naamSchema, { title: 'Titel', description: 'De titel van de pagina, ook de kop bovenaan.' }),
  samenvatting: beschreven(tekstSchema, {
    title: 'Samenvatting',
    description: 'Eén zin over waar de pagina over gaat; bovenaan en in zoekresultaten.',
  }),
  volgorde: beschreven(z.number({ error: 'Schrijf een heel getal, zoals 1, 2 of 3.' }).int().positive(), {
    title: 'Volgorde in het menu',
    description: 'De plaats in het menu van de sectie: 1, 2, 3 …',
  }),
  volgende: beschreven(tekstSchema.optional(), {
    title: 'Volgende pagina',
    description: 'De bestandsnaam (zonder extensie) van de pagina die hierna komt.',
  }),
  bijgewerkt: beschreven(datumSchema, {
    title: 'Datum bijgewerkt',
    description: 'De datum waarop de tekst voor het laatst met de bronnen is vergeleken.',
  }),
  bronnen: bronnenSchema,
});
