/**
 * The licence of the open data: CC0 1.0, public domain. data.overheid.nl names CC0 as the
 * standard for Dutch government open data ("Open data zijn vrij van rechten van derden", one of
 * its eight principles) and advises it when in doubt (its page on choosing a licence): reusers
 * such as gemeenten and sociale kaarten may merge it without attribution or conditions. The
 * facts come from public documents of gemeenten and regions; the sources stay named per record.
 */
export const LICENTIE = {
  naam: 'CC0 1.0 Universeel (publiek domein)',
  url: 'https://creativecommons.org/publicdomain/zero/1.0/deed.nl',
} as const;

/** The same, as a Frictionless Data Package `licenses` entry (datapackage.json). */
export const LICENTIE_DATAPACKAGE = { name: 'CC0-1.0', path: 'https://creativecommons.org/publicdomain/zero/1.0/', title: 'CC0 1.0 Universal' } as const;
