import type { APIRoute, GetStaticPaths } from 'astro';
import { HSDS_PAGINAGROOTTE, hsdsPagina } from '../../../../lib/opendata/hsds';
import { exports, json } from '../../_records';

// One file per page of the HSDS organization list (/data/hsds/organizations/1.json, 2.json, …),
// as the API's GET /organizations?page=N&full=true would return it.
export const getStaticPaths: GetStaticPaths = async () => {
  const { organisaties } = (await exports()).hsds;
  const paginas = Math.max(1, Math.ceil(organisaties.length / HSDS_PAGINAGROOTTE));
  return Array.from({ length: paginas }, (_, i) => ({ params: { pagina: String(i + 1) } }));
};

export const GET: APIRoute = async ({ params }) => json(hsdsPagina((await exports()).hsds.organisaties, Number(params.pagina)));
