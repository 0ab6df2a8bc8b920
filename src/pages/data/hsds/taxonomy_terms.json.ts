import type { APIRoute } from 'astro';
import { hsdsPagina } from '../../../lib/opendata/hsds';
import { exports, json } from '../_records';

// The HSDS API's GET /taxonomy_terms, as one page: every term the feed's attributes use.
export const GET: APIRoute = async () => {
  const { taxonomy_terms } = (await exports()).hsds.taxonomieen;
  return json(hsdsPagina(taxonomy_terms, 1, Math.max(1, taxonomy_terms.length)));
};
