import type { APIRoute } from 'astro';
import { jsonSchemaVoor, regiosExportSchema } from '../../lib/opendata/schema';
import { json } from './_records';

export const GET: APIRoute = () => json(jsonSchemaVoor(regiosExportSchema, '/data/regios.schema.v1.json', "Regio's beschermd wonen voor safehouses, versie 1"));
