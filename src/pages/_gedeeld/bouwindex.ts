import { appendFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { aanbiedersPerRegio } from '../../lib/aanbieders/per-regio';

/**
 * The provider and region collections, read once per build and indexed once, for every page
 * and download that needs them. Astro renders all pages in one process, so this module's
 * state is shared by them (tests/build/lineair.test.ts proves it is built once).
 */
export interface Bouwindex {
  aanbieders: readonly CollectionEntry<'aanbieders'>[];
  regios: readonly CollectionEntry<'regios'>[];
  /** Providers per region id; a region without providers is absent. */
  perRegio: ReadonlyMap<string, readonly CollectionEntry<'aanbieders'>[]>;
}

/**
 * Counts expensive build steps in the file SAFEHOUSE_BOUWTELLER names (one line per step), so
 * a build test can assert each ran once however many pages there are. Without it: nothing.
 */
export function telBouwstap(stap: string): void {
  const bestand = process.env.SAFEHOUSE_BOUWTELLER;
  if (bestand) appendFileSync(bestand, `${stap}\n`);
}

let index: Promise<Bouwindex> | undefined;

export function bouwindex(): Promise<Bouwindex> {
  index ??= (async () => {
    const [aanbieders, regios] = await Promise.all([getCollection('aanbieders'), getCollection('regios')]);
    telBouwstap('bouwindex');
    return { aanbieders, regios, perRegio: aanbiedersPerRegio(aanbieders) };
  })();
  return index;
}

/** The providers of one region, from the index (never a scan of all providers). */
export async function aanbiedersVanRegio(regioId: string): Promise<readonly CollectionEntry<'aanbieders'>[]> {
  return (await bouwindex()).perRegio.get(regioId) ?? [];
}
