import type { APIRoute } from 'astro';
import { meldingJsonSchema } from '../../lib/melding/json-schema';

// The JSON Schema of the melding.json attachment, made at build time from the field definitions.
export const GET: APIRoute = () =>
  new Response(JSON.stringify(meldingJsonSchema(), null, 2), { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
