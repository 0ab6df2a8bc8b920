import { LETTERTYPE_BEREIKEN } from './tekens-lettertype.ts';

/**
 * The characters the melding PDF can show. GEWENSTE_BEREIKEN are the scripts we want (Latin with
 * the accents of European and Vietnamese names, common punctuation); scripts/maak-lettertypen.sh
 * cuts the PDF fonts to them, and scripts/maak-tekenlijst.ts then lists what the fonts really
 * have (Source Sans 3 lacks some rare letters). The form accepts exactly that list, so every
 * text the form accepts renders.
 */
export const GEWENSTE_BEREIKEN: readonly (readonly [number, number])[] = [
  [0x0020, 0x007e], // Basic Latin
  [0x00a0, 0x00ff], // Latin-1 Supplement
  [0x0100, 0x017f], // Latin Extended-A (Ł, Ğ, Đ, ő …)
  [0x0180, 0x024f], // Latin Extended-B (ơ, ư, ș, ț …)
  [0x0300, 0x036f], // Combining diacritical marks
  [0x1e00, 0x1eff], // Latin Extended Additional (Vietnamese: ễ, ạ …)
  [0x2010, 0x2027], // Dashes, quotes, bullet, ellipsis
  [0x2030, 0x203a], // Per mille, primes, angle quotes
  [0x20ac, 0x20ac], // Euro sign
];

/** Characters that are not in the ranges, but that people type and we can safely replace. */
const VERVANGINGEN: Record<string, string> = {
  '\t': ' ',
  '\v': '\n',
  '\f': '\n',
  '\u0085': '\n',
  '\u2028': '\n',
  '\u2029': '\n',
};

/**
 * Invisible characters that text pasted from a word processor, a PDF or a web page carries:
 * the soft hyphen (U+00AD, a hyphenation hint Word inserts), zero-width space, non-joiner and
 * joiner (U+200B–U+200D), word joiner (U+2060), the byte-order mark (U+FEFF), the Mongolian
 * vowel separator (U+180E) and the direction marks and embeddings (U+200E, U+200F,
 * U+202A–U+202E, U+2066–U+2069). Kept, they are a gap or an unknown glyph in the PDF, make
 * "Jan" and "Ja\u00adn" different names in melding.json, and a BSN or phone number fail its
 * check although it looks right. No script the PDF can show needs them, so they go.
 */
const ONZICHTBAAR = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g;

/**
 * Spaces other than U+0020: no-break space (U+00A0, which word processors put between "van" and
 * "der" and in "06 12"), the fixed-width spaces (U+2000–U+200A), narrow no-break space
 * (U+202F), medium mathematical space (U+205F), ideographic space (U+3000) and the Ogham space
 * (U+1680). They look like a space and should count as one: in a name, in a postcode.
 */
const SPATIES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;

/** What the form accepts and the PDF draws: the wanted ranges as far as the fonts have them. */
export const PDF_TEKENBEREIKEN = LETTERTYPE_BEREIKEN;

export function isPdfTeken(codepunt: number): boolean {
  return codepunt === 0x0a || PDF_TEKENBEREIKEN.some(([van, tot]) => codepunt >= van && codepunt <= tot);
}

/**
 * The one normalisation of typed and pasted text, for every text field of the melding and the
 * templates (src/lib/schemas/getypt.ts runs it before any field's own check): invisible
 * characters out, other spaces to a space, tabs to spaces, every line end to \n, then NFC (after
 * the removal, so a soft hyphen between a letter and its accent no longer blocks composing it).
 */
export function normaliseerTekst(tekst: string): string {
  return tekst
    .replace(ONZICHTBAAR, '')
    .replace(SPATIES, ' ')
    .replace(/\r\n?/g, '\n')
    .replace(/[\t\v\f\u0085\u2028\u2029]/g, (t) => VERVANGINGEN[t] ?? t)
    .normalize('NFC');
}

/** The distinct characters the PDF cannot show, in order of appearance (for the error message). */
export function onbekendeTekens(tekst: string): string[] {
  const gevonden: string[] = [];
  for (const teken of normaliseerTekst(tekst)) {
    if (!isPdfTeken(teken.codePointAt(0)!) && !gevonden.includes(teken)) gevonden.push(teken);
  }
  return gevonden;
}

/** Longest answer by default: a line holds a name or a place, a text area a few paragraphs. */
export const MAX_TEKENS = { regel: 200, tekstvlak: 4000 } as const;
