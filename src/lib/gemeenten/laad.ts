import gemeentenCsv from '../../data/gemeenten.csv?raw';
import { leesGemeenten, type Gemeente } from './gemeenten.ts';

/** The gemeenten for pages and islands (Vite bundles the CSV text at build time). */
export const GEMEENTEN: readonly Gemeente[] = leesGemeenten(gemeentenCsv);
