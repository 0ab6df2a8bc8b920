import type { Aanbieder } from '../schemas/aanbieder.ts';
import { beschrijvingVan } from './export.ts';

/** schema.org description of a provider, for the JSON-LD block on its page. `paginaUrl` is absolute when SITE_URL is set. */
export function aanbiederJsonLd(aanbieder: Aanbieder, paginaUrl: string, regioNamen: string[]): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
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

/** JSON for inside a <script> element: "<" escaped so the text can never close the element. */
export function veiligeJsonVoorScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
