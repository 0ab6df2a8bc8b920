import type { Correctie } from '../schemas/algemeen.ts';

/**
 * The one wording of a correction: "in de bron staat “…”. <toelichting>". Pages use curly
 * quotes; the CSV passes straight ones, as it always had.
 */
export const correctieZin = (c: Correctie, [open, sluit]: readonly [string, string] = ['“', '”']) =>
  `in de bron staat ${open}${c.in_de_bron}${sluit}. ${c.toelichting}`;
