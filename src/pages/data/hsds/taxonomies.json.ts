import type { APIRoute } from 'astro';
import { hsdsPagina } from '../../../lib/opendata/hsds';
import { exports, json } from '../_records';

// The HSDS API's GET /taxonomies, as one page.
export const GET: APIRoute = async () => {
  const { taxonomies } = (await exports()).hsds.taxonomieen;
  return json(hsdsPagina(taxonomies, 1, Math.max(1, taxonomies.length)));
};
