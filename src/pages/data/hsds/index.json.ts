import type { APIRoute } from 'astro';
import { portaalUrl } from '../../../lib/opendata/export';
import { HSDS_PAGINAGROOTTE, HSDS_VERSIE } from '../../../lib/opendata/hsds';
import { LICENTIE } from '../../../lib/opendata/licentie';
import { exports, json } from '../_records';

// The HSDS API's GET / ("information about this API"), plus where the static pages are: a
// static site cannot answer ?page=N, so each page is its own file.
export const GET: APIRoute = async () => {
  const { organisaties } = (await exports()).hsds;
  const basis = import.meta.env.SITE || undefined;
  const paginas = Math.max(1, Math.ceil(organisaties.length / HSDS_PAGINAGROOTTE));
  return json({
    version: HSDS_VERSIE,
    description:
      'Safehouse-aanbieders in Nederland als Open Referral HSDS 3.0: de organisatielijst van de HSDS-API, per pagina een bestand. ' +
      'Uitbreidingen beginnen met nl_ en staan beschreven in de README van het portaal.',
    nl_licentie: LICENTIE,
    nl_organisatiepaginas: Array.from({ length: paginas }, (_, i) => portaalUrl(`/data/hsds/organizations/${i + 1}.json`, basis)),
    nl_taxonomieen: portaalUrl('/data/hsds/taxonomies.json', basis),
    nl_taxonomietermen: portaalUrl('/data/hsds/taxonomy_terms.json', basis),
    nl_tabellen: portaalUrl('/data/hsds/csv/datapackage.json', basis),
  });
};
