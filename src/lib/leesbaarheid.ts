/**
 * A plain readability measure for Dutch text (B1 check): average words per sentence and the
 * share of long words. Markdown and MDX markup are removed first; list items and headings
 * count as sentences of their own. A sentence ends only at ".", "!" or "?" (or a blank line, a
 * list item): a hard-wrapped line or a colon does not end one, so wrapped MDX is not flattered. Not a formula from the literature: a stable yardstick,
 * calibrated so the route pages pass and the source documents fail (tests/unit/leesbaarheid.test.ts).
 */
export interface Leesbaarheid {
  zinnen: number;
  woorden: number;
  woordenPerZin: number;
  /** Share (0–1) of words of 13 letters or more. */
  aandeelLangeWoorden: number;
}

export const LANG_WOORD = 13;

export function kaleTekst(markdown: string): string {
  return markdown
    .replace(/^---\n[\s\S]*?\n---\n/, '') // frontmatter
    .replace(/<[^>]+>/g, ' ') // MDX/HTML tags
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1') // links → their text
    .replace(/^\s*\|?[-:| ]+\|?\s*$/gm, '') // table rules
    .replace(/[*_`#>|]/g, ' ');
}

export function meetLeesbaarheid(markdown: string): Leesbaarheid {
  const tekst = kaleTekst(markdown);
  const zinnen = tekst
    .split(/\n\s*(?:[-*+]|\d+\.)\s+|\n{2,}|(?<=[.!?])\s+/)
    .map((z) => z.trim())
    .filter((z) => /\p{L}/u.test(z));
  const woorden = zinnen.flatMap((z) => z.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []);
  const lang = woorden.filter((w) => w.replace(/[^\p{L}]/gu, '').length >= LANG_WOORD).length;
  return {
    zinnen: zinnen.length,
    woorden: woorden.length,
    woordenPerZin: zinnen.length ? woorden.length / zinnen.length : 0,
    aandeelLangeWoorden: woorden.length ? lang / woorden.length : 0,
  };
}

/** B1 thresholds for route pages. Headings and list items count as sentences, so the average runs lower than in running text. */
export const B1 = { maxWoordenPerZin: 9, maxAandeelLangeWoorden: 0.035 } as const;

export function isB1(l: Leesbaarheid): boolean {
  return l.woordenPerZin <= B1.maxWoordenPerZin && l.aandeelLangeWoorden <= B1.maxAandeelLangeWoorden;
}
