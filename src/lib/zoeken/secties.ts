/** The sections search results are grouped and filtered by (Pagefind filter "sectie"). */
export const ZOEKSECTIES = ['Route', 'Handboek', "Regio's", 'Aanbieders', 'Begrippen'] as const;
export type Zoeksectie = (typeof ZOEKSECTIES)[number];

/**
 * How much a word on a page of each section counts (Pagefind's data-pagefind-weight). Pages for
 * inhabitants come first: the long handboek chapters would otherwise win on word count alone.
 */
export const ZOEKGEWICHT: Record<Zoeksectie, number> = {
  Route: 2,
  Begrippen: 2,
  "Regio's": 1.5,
  Aanbieders: 1.5,
  Handboek: 1,
};
