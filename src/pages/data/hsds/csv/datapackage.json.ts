import type { APIRoute } from 'astro';
import { datapackage } from '../../../../lib/opendata/hsds-tabellen';
import { exports, json } from '../../_records';

export const GET: APIRoute = async () => json(datapackage((await exports()).aanbieders.bijgewerkt));
