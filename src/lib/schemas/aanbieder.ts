import { z } from 'astro/zod';
import { beschreven, bronnenSchema, correctiesSchema, laatstGecontroleerdSchema, naamSchema, tekstSchema, metMaximum, MAX_KORT } from './algemeen.ts';
import { METHODIEKEN, VERSLAVINGSVORMEN, keuzeSchema } from './keuzelijsten.ts';
import { telefoonSchema } from './telefoon.ts';
import { websiteSchema } from './website.ts';

/**
 * Frontmatter of a provider file, content/aanbieders/<slug>.md. Leave a field out when the
 * sources don't give it: the page then shows "onbekend" instead of a guess.
 */
/** "Voorbeeldstraat 1, 5911 AA Venlo": street and number, a comma, postcode and city (the open data splits it so). */
export const ADRES_PATROON = /^(.+?\d.*?),\s*(\d{4})\s?([A-Z]{2})\s+(.+)$/;

export const aanbiederSchema = z.strictObject({
  naam: beschreven(naamSchema, { title: 'Naam', description: 'De naam van de aanbieder, zoals de bron die schrijft.', voorbeeld: 'Naam van de aanbieder' }),
  regio: beschreven(z.array(naamSchema).min(1, { error: 'Noem minstens één regio.' }), {
    title: "Regio('s)",
    description: "De regio('s) die de aanbieder contracteren: de bestandsnaam in content/regios, zonder .md.",
    voorbeeld: ['noord-en-midden-limburg'],
  }),
  plaats: beschreven(naamSchema.optional(), { title: 'Plaats', description: 'De plaats van het safehouse.', voorbeeld: 'Venlo' }),
  telefoon: beschreven(metMaximum(40, telefoonSchema).optional(), {
    title: 'Telefoonnummer',
    description: 'Telefoonnummer voor aanmeldingen of vragen. Spaties en streepjes mogen.',
    voorbeeld: '088 123 45 67',
  }),
  website: beschreven(metMaximum(MAX_KORT, websiteSchema).optional(), {
    title: 'Website',
    description: 'De website, met https:// ervoor.',
    voorbeeld: 'https://www.voorbeeld.nl/safehouse',
  }),
  email: beschreven(z.email({ error: 'Schrijf een e-mailadres zoals info@voorbeeld.nl.' }).max(254).optional(), {
    title: 'E-mailadres',
    description: 'E-mailadres voor aanmeldingen of vragen. Geen persoonlijke adressen van medewerkers.',
    voorbeeld: 'info@voorbeeld.nl',
  }),
  // The same form the open data splits into street, postcode and city (src/lib/opendata/export.ts):
  // an address in another form is refused here instead of silently missing from the open data.
  adres: beschreven(
    tekstSchema
      .regex(ADRES_PATROON, {
        error:
          'Het adres is onvolledig. Schrijf straat en huisnummer, postcode en plaats, zoals Voorbeeldstraat 1, 5911 AA Venlo; anders ontbreekt het in de open data.',
      })
      .optional(),
    {
      title: 'Adres',
      description: 'Bezoekadres, alleen als de aanbieder het zelf openbaar maakt: straat en huisnummer, postcode en plaats.',
      voorbeeld: 'Voorbeeldstraat 1, 5911 AA Venlo',
    },
  ),
  verslavingsvormen: beschreven(z.array(keuzeSchema(VERSLAVINGSVORMEN)).min(1).optional(), {
    title: 'Verslavingsvormen',
    description: 'Welke verslavingen de aanbieder opneemt.',
    voorbeeld: ['alcohol', 'drugs'],
  }),
  methodiek: beschreven(z.array(keuzeSchema(METHODIEKEN)).min(1).optional(), {
    title: 'Methodiek',
    description: 'Waarmee de aanbieder werkt.',
    voorbeeld: ['12-stappen-minnesota'],
  }),
  bovenregionaal: beschreven(z.boolean({ error: 'Schrijf true (ja) of false (nee).' }).optional(), {
    title: 'Bovenregionale plaatsing',
    description: 'Neemt de aanbieder ook mensen van buiten de eigen regio op? true (ja) of false (nee). Weet je het niet: laat het weg.',
    voorbeeld: true,
  }),
  contract: beschreven(tekstSchema.optional(), {
    title: 'Contract',
    description: 'Wie de aanbieder contracteert, in woorden.',
    voorbeeld: 'Gecontracteerd door de gemeenten in de regio.',
  }),
  keurmerk: beschreven(tekstSchema.optional(), {
    title: 'Keurmerk',
    description: 'Een keurmerk of certificaat, zoals het VKS-keurmerk of HKZ.',
    voorbeeld: 'VKS-keurmerk',
  }),
  correcties: correctiesSchema.optional(),
  laatst_gecontroleerd: laatstGecontroleerdSchema,
  bronnen: bronnenSchema,
});

export type Aanbieder = z.infer<typeof aanbiederSchema>;
