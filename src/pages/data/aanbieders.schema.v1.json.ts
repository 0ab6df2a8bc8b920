import type { APIRoute } from 'astro';
import { aanbiedersExportSchema, jsonSchemaVoor } from '../../lib/opendata/schema';
import { json } from './_records';

export const GET: APIRoute = () =>
  json(jsonSchemaVoor(aanbiedersExportSchema, '/data/aanbieders.schema.v1.json', 'Safehouse-aanbieders (HSDS 3.0-vorm), versie 1'));
