import { GEWENSTE_BEREIKEN } from '../kern/tekens.ts';

/**
 * The web pages' font (Safehouse Sans: Source Sans 3 cut by scripts/maak-lettertypen.sh) comes in
 * two files per weight. "basis" has what the site's own text uses (Latin, Latin-1, Latin
 * Extended-A, punctuation, €) and is the only file a page normally downloads; "uitgebreid" has
 * the rest of the melding's ranges (Latin Extended-B, combining marks, Vietnamese) and is fetched
 * only when a page shows such a character, e.g. a name typed into the form. The CSS @font-face
 * rules in src/styles/tokens.css carry the same ranges as unicode-range; a test holds them equal.
 */
const BASIS_TOT = 0x017f;
const isBasis = ([van]: readonly [number, number]) => van <= BASIS_TOT || van >= 0x2000;

export const WEB_BASIS_BEREIKEN = GEWENSTE_BEREIKEN.filter(isBasis);
export const WEB_UITGEBREID_BEREIKEN = GEWENSTE_BEREIKEN.filter((b) => !isBasis(b));

/** "U+0020-007E,U+00A0-00FF": the form pyftsubset --unicodes and CSS unicode-range both read. */
export function alsUnicodeRange(bereiken: readonly (readonly [number, number])[]): string {
  const hex = (c: number) => c.toString(16).toUpperCase().padStart(4, '0');
  return bereiken.map(([van, tot]) => (van === tot ? `U+${hex(van)}` : `U+${hex(van)}-${hex(tot)}`)).join(',');
}
