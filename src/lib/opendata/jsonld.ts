import type { Aanbieder } from '../schemas/aanbieder.ts';
import type { Regio } from '../schemas/regio.ts';
import { beschrijvingVan } from './export.ts';

/**
 * schema.org description of a provider, for the JSON-LD block on its page. `paginaUrl` is
 * absolute when SITE_URL is set; it is also the @id, and the same string is the record's `uri`
 * in the HSDS feed and its `portaal_url` in aanbieders.json, so the two can be joined.
 */
export function aanbiederJsonLd(aanbieder: Aanbieder, paginaUrl: string, regioNamen: string[]): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    '@id': paginaUrl,
    name: aanbieder.naam,
    url: aanbieder.website ?? paginaUrl,
    ...(aanbieder.telefoon && { telephone: aanbieder.telefoon.e164 }),
    ...(aanbieder.email && { email: aanbieder.email }),
    ...(aanbieder.plaats && {
      address: {
        '@type': 'PostalAddress',
        addressLocality: aanbieder.plaats,
        addressCountry: 'NL',
        ...(aanbieder.adres && { streetAddress: aanbieder.adres }),
      },
    }),
    areaServed: regioNamen.map((naam) => ({ '@type': 'AdministrativeArea', name: naam })),
    description: beschrijvingVan(aanbieder.plaats),
  };
}

/** schema.org description of a region for its page; the @id is the region's `url` in regios.json. */
export function regioJsonLd(regio: Pick<Regio, 'naam' | 'gemeenten'>, paginaUrl: string): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'AdministrativeArea',
    '@id': paginaUrl,
    name: `Regio beschermd wonen ${regio.naam}`,
    url: paginaUrl,
    containsPlace: regio.gemeenten.map((naam) => ({ '@type': 'AdministrativeArea', name: naam })),
  };
}

/** JSON for inside a <script> element: "<" escaped so the text can never close the element. */
export function veiligeJsonVoorScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
