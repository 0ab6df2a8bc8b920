import bwRegiosCsv from '../../data/bw_regios.csv?raw';
import gemeentenCsv from '../../data/gemeenten.csv?raw';
import { leesGemeenten, type Gemeente } from './gemeenten.ts';
import { bronnamenUitRegios } from './opmerking.ts';

/** The gemeenten for pages and islands (Vite bundles the CSV text at build time). */
export const GEMEENTEN: readonly Gemeente[] = leesGemeenten(gemeentenCsv);

/** Readable source names per source set, for the notes on the lookup page. */
export const BRONNAMEN: Readonly<Record<string, string>> = bronnamenUitRegios(bwRegiosCsv);
