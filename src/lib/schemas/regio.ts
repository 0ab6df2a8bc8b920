import { z } from 'astro/zod';
import {
  beschreven,
  bronnenSchema,
  correctiesSchema,
  langeTekstSchema,
  laatstGecontroleerdSchema,
  naamSchema,
  tekstSchema,
  metMaximum,
  MAX_KORT,
} from './algemeen.ts';
import { AANMELDROUTES, keuzeSchema } from './keuzelijsten.ts';
import { websiteSchema } from './website.ts';

/** Frontmatter of a region file, content/regios/<slug>.md. Leave out what the sources don't say. */
export const regioSchema = z.strictObject({
  naam: beschreven(naamSchema, { title: 'Naam', description: 'De naam van de regio.', voorbeeld: 'Noord- en Midden-Limburg' }),
  lidwoord: beschreven(z.enum(['de', 'het'], { error: 'Schrijf de of het, of haal de regel weg.' }).optional(), {
    title: 'Lidwoord',
    description: 'Het lidwoord voor de naam in een zin, als dat hoort ("in de Achterhoek"). Geen lidwoord: laat het weg.',
    voorbeeld: 'de',
  }),
  centrumgemeente: beschreven(naamSchema.optional(), {
    title: 'Centrumgemeente beschermd wonen',
    description: 'De centrumgemeente beschermd wonen, zoals het CBS de naam schrijft.',
    voorbeeld: 'Venlo',
  }),
  gemeenten: beschreven(z.array(naamSchema).min(1, { error: 'Noem minstens één gemeente.' }), {
    title: 'Gemeenten in de regio',
    description: 'De gemeenten in de regio, zoals het CBS ze schrijft (bijvoorbeeld "Bergen (L.)").',
    voorbeeld: ['Venlo'],
  }),
  aanmelding: beschreven(
    z.strictObject({
      via: beschreven(keuzeSchema(AANMELDROUTES), {
        title: 'Aanmelden via',
        description: 'Waar de aanmelding begint.',
        voorbeeld: 'gemeentelijke-toegang',
      }),
      toelichting: beschreven(langeTekstSchema, {
        title: 'Toelichting',
        description: 'In gewone taal, in een paar zinnen: wie begint en wat er gebeurt.',
        voorbeeld: 'Je meldt je bij het Wmo-loket van je gemeente.',
      }),
    }),
    { title: 'Aanmelding', description: 'Hoe iemand wordt aangemeld voor een safehouse in deze regio.' },
  ),
  maximale_duur_maanden: beschreven(z.number({ error: 'Schrijf een aantal maanden als getal, zoals 12.' }).int().positive().max(120).optional(), {
    title: 'Maximale duur (maanden)',
    description: 'Hoe lang een traject hoogstens duurt, in maanden.',
    voorbeeld: 12,
  }),
  evaluatie: beschreven(tekstSchema.optional(), {
    title: 'Evaluatie van het plan',
    description: 'Hoe vaak het begeleidingsplan wordt besproken, in woorden.',
    voorbeeld: 'Elke drie maanden.',
  }),
  eisen: beschreven(
    z
      .array(
        z.strictObject({
          onderwerp: beschreven(tekstSchema, { title: 'Onderwerp', description: 'Het thema van de eis.', voorbeeld: 'Bereikbaarheid' }),
          eis: beschreven(langeTekstSchema, { title: 'Eis', description: 'De eis zelf.', voorbeeld: 'Dag en nacht bereikbaar.' }),
        }),
      )
      .optional(),
    { title: 'Eisen aan een safehouse', description: 'Wat de regio van een safehouse vraagt: per eis een onderwerp en de eis zelf.' },
  ),
  resultaten: beschreven(z.array(tekstSchema).min(1).optional(), {
    title: 'Resultaten',
    description: 'Wat een cliënt aan het eind geleerd of bereikt heeft, zoals de regio dat beschrijft. Eén regel per resultaat.',
    voorbeeld: ['De cliënt kan abstinent blijven.'],
  }),
  ondersteuning: beschreven(z.array(tekstSchema).min(1).optional(), {
    title: 'Waarbij begeleiding helpt',
    description: 'Waarbij de begeleiding kan helpen, zoals de regio dat noemt. Eén regel per onderwerp.',
    voorbeeld: ['Omgaan met geld.'],
  }),
  beleid: beschreven(
    z
      .strictObject({
        status: beschreven(tekstSchema, {
          title: 'Status',
          description: 'De stand in het kort.',
          voorbeeld: 'Vastgesteld op 1 januari 2026.',
        }),
        door: beschreven(tekstSchema.optional(), {
          title: 'Door wie',
          description: 'Welke organisatie of welk overleg het voorstelde of besloot. Nooit de naam van een persoon.',
          voorbeeld: 'Het overleg van portefeuillehouders van de regio.',
        }),
        toelichting: beschreven(langeTekstSchema, {
          title: 'Toelichting',
          description: 'Wat is voorgesteld of besloten, wanneer en door wie.',
          voorbeeld: 'Wat is besloten en wanneer.',
        }),
      })
      .optional(),
    { title: 'Regionaal beleid', description: 'De stand van het regionale beleid over safehouses, als de bronnen die beschrijven.' },
  ),
  website: beschreven(metMaximum(MAX_KORT, websiteSchema).optional(), {
    title: 'Website',
    description: 'De website van de regio over beschermd wonen, met https:// ervoor.',
    voorbeeld: 'https://www.voorbeeldregio.nl/beschermd-wonen',
  }),
  correcties: correctiesSchema.optional(),
  laatst_gecontroleerd: laatstGecontroleerdSchema,
  bronnen: bronnenSchema,
});

export type Regio = z.infer<typeof regioSchema>;

/** The name as it reads after "in": "de Achterhoek", "Noord- en Midden-Limburg". */
export function regioNaamInZin(regio: Pick<Regio, 'naam' | 'lidwoord'>): string {
  return regio.lidwoord ? `${regio.lidwoord} ${regio.naam}` : regio.naam;
}
