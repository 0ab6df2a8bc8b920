import bwRegiosCsv from '../../data/bw_regios.csv?raw';
import gemeentenCsv from '../../data/gemeenten.csv?raw';
import { leesGemeenten, type Gemeente } from './gemeenten.ts';
import { bronnamenUitRegios } from './opmerking.ts';
import { leesBwRegios, type BwRegio } from './bw-regios.ts';

/** The gemeenten for pages and islands (Vite bundles the CSV text at build time). */
export const GEMEENTEN: readonly Gemeente[] = leesGemeenten(gemeentenCsv);

const afgeleid = new Set(GEMEENTEN.filter((g) => g.zekerheid === 'afgeleid').map((g) => g.naam));
/** Does the reference data only infer this gemeente's region (bw_zekerheid "afgeleid"), without a source naming it? */
export const isAfgeleid = (gemeente: string) => afgeleid.has(gemeente);

const provincieOp = new Map(GEMEENTEN.map((g) => [g.naam, g.provincie]));
/** Province of a gemeente by CBS name; null when the place is not a gemeente. */
export const provincieVan = (plaats: string) => provincieOp.get(plaats) ?? null;

const cbsCodeOp = new Map(GEMEENTEN.map((g) => [g.naam, g.cbsCode]));
/** CBS code ("GM0983") of a gemeente by CBS name; undefined when the name is not a gemeente. */
export const cbsCodeVan = (gemeente: string) => cbsCodeOp.get(gemeente) || undefined;

/** Readable source names per source set, for the notes on the lookup page. */
export const BRONNAMEN: Readonly<Record<string, string>> = bronnamenUitRegios(bwRegiosCsv);

/** The regions beschermd wonen of the reference data, each with a page (src/lib/gemeenten/bw-regios.ts). */
export const BW_REGIOS: readonly BwRegio[] = leesBwRegios(bwRegiosCsv);
