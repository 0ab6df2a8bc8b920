import { cbsCodeVan, isAfgeleid, provincieVan } from '../../lib/gemeenten/laad';
import { aanbiedersExport, regiosExport } from '../../lib/opendata/export';
import { hsdsOrganisaties, hsdsTaxonomieen } from '../../lib/opendata/hsds';
import { hsdsTabellen } from '../../lib/opendata/hsds-tabellen';
import { bouwindex, telBouwstap } from '../_gedeeld/bouwindex';

type Exports = {
  aanbieders: ReturnType<typeof aanbiedersExport>;
  regios: ReturnType<typeof regiosExport>;
  hsds: { organisaties: ReturnType<typeof hsdsOrganisaties>; taxonomieen: ReturnType<typeof hsdsTaxonomieen>; tabellen: ReturnType<typeof hsdsTabellen> };
};
let berekend: Promise<Exports> | undefined;

/**
 * The export objects, computed once per build and shared by every download file (each file
 * used to recompute them: 52 s of a 20,000-provider build, issue #13).
 */
export function exports(): Promise<Exports> {
  berekend ??= (async () => {
    const { aanbieders, regios } = await bouwindex();
    telBouwstap('exports');
    // import.meta.env.SITE is SITE_URL when the build was given one (astro.config.mjs).
    const basisUrl = import.meta.env.SITE || undefined;
    const organisaties = hsdsOrganisaties(aanbieders, regios, { basisUrl, provincieVan, isAfgeleid, cbsCodeVan });
    const taxonomieen = hsdsTaxonomieen(organisaties);
    return {
      aanbieders: aanbiedersExport([...aanbieders], [...regios], { basisUrl, provincieVan }),
      regios: regiosExport([...regios], [...aanbieders], { basisUrl, isAfgeleid }),
      hsds: { organisaties, taxonomieen, tabellen: hsdsTabellen(organisaties, taxonomieen) },
    };
  })();
  return berekend;
}

export const json = (data: unknown) => new Response(`${JSON.stringify(data, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
