import type { APIRoute } from 'astro';
import { aanbiedersCsv } from '../../lib/opendata/export';
import { exports } from './_records';

export const GET: APIRoute = async () => new Response(aanbiedersCsv((await exports()).aanbieders), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
