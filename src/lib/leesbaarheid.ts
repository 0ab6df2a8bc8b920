/**
 * A plain readability measure for Dutch text (B1 check): average words per sentence and the
 * share of long words. Markdown and MDX markup are removed first; list items and headings
 * count as sentences of their own. A sentence ends only at ".", "!" or "?" (or a blank line, a
 * list item): a hard-wrapped line or a colon does not end one, so wrapped MDX is not flattered.
 * Not a formula from the literature: a stable yardstick, calibrated so the route pages pass and
 * the source documents fail (tests/unit/leesbaarheid.test.ts).
 */
export interface Leesbaarheid {
  zinnen: number;
  woorden: number;
  woordenPerZin: number;
  /** Share (0–1) of words of 13 letters or more. */
  aandeelLangeWoorden: number;
}

const LANG_WOORD = 13;

export function kaleTekst(markdown: string): string {
  return markdown
    .replace(/^---\n[\s\S]*?\n---\n/, '') // frontmatter
    .replace(/<[^>]+>/g, ' ') // MDX/HTML tags
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1') // links → their text
    .replace(/^\s*\|?[-:| ]+\|?\s*$/gm, '') // table rules
    .replace(/[*_`#>|]/g, ' ');
}

/** The sentences of a text, markup removed (see the rules at the top of this file). */
function zinnenVan(markdown: string): string[] {
  return kaleTekst(markdown)
    .split(/\n\s*(?:[-*+]|\d+\.)\s+|\n{2,}|(?<=[.!?])\s+/)
    .map((z) => z.replace(/\s+/g, ' ').trim())
    .filter((z) => /\p{L}/u.test(z));
}

const woordenVan = (zin: string): string[] => zin.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];

export function meetLeesbaarheid(markdown: string): Leesbaarheid {
  const zinnen = zinnenVan(markdown);
  const woorden = zinnen.flatMap(woordenVan);
  const lang = woorden.filter((w) => w.replace(/[^\p{L}]/gu, '').length >= LANG_WOORD).length;
  return {
    zinnen: zinnen.length,
    woorden: woorden.length,
    woordenPerZin: zinnen.length ? woorden.length / zinnen.length : 0,
    aandeelLangeWoorden: woorden.length ? lang / woorden.length : 0,
  };
}

/**
 * B1 thresholds for route pages. Headings and list items count as sentences, so the average runs
 * lower than in running text. An average hides one sentence of 26 words among short ones, so
 * there is also a limit per sentence.
 */
export const B1 = { maxWoordenPerZin: 9, maxAandeelLangeWoorden: 0.035, maxWoordenInZin: 18 } as const;

/** Sentences longer than `max` words: the ones an editor should split. */
export function langeZinnen(markdown: string, max: number = B1.maxWoordenInZin): string[] {
  return zinnenVan(markdown).filter((z) => woordenVan(z).length > max);
}

export function isB1(l: Leesbaarheid): boolean {
  return l.woordenPerZin <= B1.maxWoordenPerZin && l.aandeelLangeWoorden <= B1.maxAandeelLangeWoorden;
}
