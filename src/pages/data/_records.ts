import { getCollection } from 'astro:content';
import { GEMEENTEN } from '../../lib/gemeenten/laad';
import { aanbiedersExport, regiosExport } from '../../lib/opendata/export';

const provincieOp = new Map(GEMEENTEN.map((g) => [g.naam, g.provincie]));
const afgeleid = new Set(GEMEENTEN.filter((g) => g.zekerheid === 'afgeleid').map((g) => g.naam));

/** The export objects, built once per build from the content collections. */
export async function exports() {
  const [aanbieders, regios] = await Promise.all([getCollection('aanbieders'), getCollection('regios')]);
  // import.meta.env.SITE is SITE_URL when the build was given one (astro.config.mjs).
  const basisUrl = import.meta.env.SITE || undefined;
  const provincieVan = (plaats: string) => provincieOp.get(plaats) ?? null;
  return {
    aanbieders: aanbiedersExport(aanbieders, regios, { basisUrl, provincieVan }),
    regios: regiosExport(regios, aanbieders, { basisUrl, isAfgeleid: (g) => afgeleid.has(g) }),
  };
}

export const json = (data: unknown) =>
  new Response(`${JSON.stringify(data, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
