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
  '\u2028': '\n',
  '\u2029': '\n',
};

/** What the form accepts and the PDF draws: the wanted ranges as far as the fonts have them. */
export const PDF_TEKENBEREIKEN = LETTERTYPE_BEREIKEN;

export function isPdfTeken(codepunt: number): boolean {
  return codepunt === 0x0a || PDF_TEKENBEREIKEN.some(([van, tot]) => codepunt >= van && codepunt <= tot);
}

/** NFC, tabs to spaces, Windows line ends to \n: the form of text that is stored and drawn. */
export function normaliseerTekst(tekst: string): string {
  return tekst
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\t\u2028\u2029]/g, (t) => VERVANGINGEN[t] ?? t);
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
