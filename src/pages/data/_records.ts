import { getCollection } from 'astro:content';
import { aanbiedersExport, regiosExport } from '../../lib/opendata/export';

/** The export objects, built once per build from the content collections. */
export async function exports() {
  const [aanbieders, regios] = await Promise.all([getCollection('aanbieders'), getCollection('regios')]);
  return { aanbieders: aanbiedersExport(aanbieders, regios), regios: regiosExport(regios, aanbieders) };
}

export const json = (data: unknown) =>
  new Response(`${JSON.stringify(data, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
