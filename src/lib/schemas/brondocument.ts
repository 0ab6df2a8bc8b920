import { z } from 'astro/zod';
import { beschreven, MAX_KORT, naamSchema, tekstSchema } from './algemeen.ts';

/**
 * Frontmatter of a source document, content/bronnen/<sleutel>.md. Pages and records cite it by
 * its file name (bronnen → document); title, publisher and date live here, once. A region adds
 * its own document by adding a file, without TypeScript.
 */
export const brondocumentSchema = z.strictObject({
  titel: beschreven(tekstSchema, {
    title: 'Titel',
    description: 'De volledige titel, zoals de uitgever die geeft.',
    voorbeeld: 'Productbeschrijving Safehouse',
  }),
  kort: beschreven(naamSchema, {
    title: 'Korte titel',
    description: 'Een korte titel voor verwijzingen op de pagina’s.',
    voorbeeld: 'Productbeschrijving Safehouse Achterhoek',
  }),
  uitgever: beschreven(tekstSchema, {
    title: 'Uitgever',
    description: 'Wie het document heeft uitgegeven: een organisatie, nooit de naam van een persoon.',
    voorbeeld: 'Sociaal Domein Achterhoek',
  }),
  datum: beschreven(
    // YAML reads 2024 as a number and Astro reads 2025-07-07 as a date: both are meant as text.
    z
      .preprocess(
        (w) => (typeof w === 'number' ? String(w) : w instanceof Date && !Number.isNaN(w.getTime()) ? w.toISOString().slice(0, 10) : w),
        z
          .string({ error: 'Schrijf een datum als jaar-maand-dag, jaar-maand of jaar, zoals 2025-07-07, 2022-03 of 2024.' })
          .max(10)
          .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, {
            error: 'Schrijf een datum als jaar-maand-dag, jaar-maand of jaar, zoals 2025-07-07, 2022-03 of 2024.',
          }),
      )
      .optional(),
    {
      title: 'Datum',
      description: 'De datum van het document: jaar-maand-dag, jaar-maand of alleen het jaar. Zonder datum: laat het weg.',
      voorbeeld: '2025-07-07',
    },
  ),
  soort: beschreven(tekstSchema, {
    title: 'Soort document',
    description: 'Wat voor document het is, in een paar woorden.',
    voorbeeld: 'productbeschrijving bij het contract',
  }),
  // http is allowed here: a source is cited where it is, also on an older site (al-anon.nl).
  url: beschreven(
    z
      .url({ protocol: /^https?$/, error: 'Schrijf het volledige webadres, beginnend met https://.' })
      .max(MAX_KORT)
      .optional(),
    {
      title: 'Webadres',
      description: 'Waar het document openbaar staat, met https:// ervoor. Niet online: laat het weg.',
      voorbeeld: 'https://www.voorbeeldregio.nl/productbeschrijving-safehouse.pdf',
    },
  ),
  opmerking: beschreven(tekstSchema.optional(), {
    title: 'Opmerking',
    description: 'Over rechten of gebruik, als daar iets over te zeggen is.',
    voorbeeld: 'Alle rechten voorbehouden: het portaal neemt feiten over, geen tekst.',
  }),
});
