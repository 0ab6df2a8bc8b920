import type { APIRoute } from 'astro';
import { exports, json } from './_records';

export const GET: APIRoute = async () => json((await exports()).regios);
