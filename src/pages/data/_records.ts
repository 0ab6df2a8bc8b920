import { getCollection } from 'astro:content';
import { isAfgeleid, provincieVan } from '../../lib/gemeenten/laad';
import { aanbiedersExport, regiosExport } from '../../lib/opendata/export';

/** The export objects, built once per build from the content collections. */
export async function exports() {
  const [aanbieders, regios] = await Promise.all([getCollection('aanbieders'), getCollection('regios')]);
  // import.meta.env.SITE is SITE_URL when the build was given one (astro.config.mjs).
  const basisUrl = import.meta.env.SITE || undefined;
  return {
    aanbieders: aanbiedersExport(aanbieders, regios, { basisUrl, provincieVan }),
    regios: regiosExport(regios, aanbieders, { basisUrl, isAfgeleid }),
  };
}

export const json = (data: unknown) =>
  new Response(`${JSON.stringify(data, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
