/**
 * Making a search question work as people type it: Dutch filler words are left out, a word the
 * site never uses is corrected to the nearest word it does use ("safhouse" → "safehouse"), a
 * compound it doesn't know is split into two it does ("eigenbijdrage" → "eigen bijdrage"), and a
 * hyphenated compound is split at the hyphen ("Wmo-melding" → "wmo melding").
 * The vocabulary (word → frequency) is made from the indexed pages at build time.
 */

/** Words that carry no meaning for search; "ik wil weten wat het kost" is about "kost". */
export const STOPWOORDEN = new Set(
  (
    'de het een en of in op aan van voor met naar bij om te tot uit als dan dat die dit deze er is zijn was wordt worden ' +
    'ik je jij u mij me mijn jouw uw we wij ze zij hij haar hem ons onze wat wie waar wanneer hoe waarom welke mag mogen ' +
    'kan kun kunnen moet moeten wil willen ga gaat gaan heb hebt heeft hebben ben bent niet geen ook nog wel al maar zo ' +
    'mee naar over hoeveel iets iemand'
  ).split(' '),
);

export function woordenVan(vraag: string): string[] {
  return vraag
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}'-]+/u)
    .filter((w) => w.length > 0);
}

/** Damerau–Levenshtein distance (adjacent swaps count once), stopping early above `max`. */
export function afstand(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    let rijMin = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const kosten = a[i - 1] === b[j - 1] ? 0 : 1;
      let waarde = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + kosten);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) waarde = Math.min(waarde, d[i - 2]![j - 2]! + 1);
      d[i]![j] = waarde;
      rijMin = Math.min(rijMin, waarde);
    }
    if (rijMin > max) return max + 1;
  }
  return d[a.length]![b.length]!;
}

export interface Verbetering {
  /** The question to search for. */
  vraag: string;
  /** Words that were corrected or split, for "Bedoelde je …?". */
  veranderd: boolean;
}

function verbeterWoord(woord: string, woorden: ReadonlyMap<string, number>): string {
  if (woord.length < 4 || woorden.has(woord)) return woord;
  // A compound the site writes as two words.
  let besteSplitsing: { tekst: string; score: number } | undefined;
  for (let i = 3; i <= woord.length - 3; i++) {
    const links = woord.slice(0, i);
    const rechts = woord.slice(i);
    const score = Math.min(woorden.get(links) ?? 0, woorden.get(rechts) ?? 0);
    if (score > 0 && (!besteSplitsing || score > besteSplitsing.score)) besteSplitsing = { tekst: `${links} ${rechts}`, score };
  }
  if (besteSplitsing) return besteSplitsing.tekst;
  // A typo: the nearest word, the more frequent one when there is a tie.
  const max = woord.length >= 8 ? 2 : 1;
  let beste: { w: string; d: number; n: number } | undefined;
  for (const [kandidaat, n] of woorden) {
    const d = afstand(woord, kandidaat, max);
    if (d <= max && (!beste || d < beste.d || (d === beste.d && n > beste.n))) beste = { w: kandidaat, d, n };
  }
  return beste?.w ?? woord;
}

export function verbeterZoekvraag(vraag: string, woorden: ReadonlyMap<string, number>): Verbetering {
  const origineel = woordenVan(vraag).filter((w) => !STOPWOORDEN.has(w));
  // A hyphenated compound ("Wmo-melding") is searched as its parts: most pages write them apart
  // ("een melding bij de gemeente, volgens de Wmo"), and Pagefind matches the compound whole.
  const verbeterd = origineel.flatMap((w) => (w.includes('-') ? w.split('-').filter((deel) => deel.length > 0) : [w])).map((w) => verbeterWoord(w, woorden));
  return { vraag: verbeterd.join(' '), veranderd: verbeterd.join(' ') !== origineel.join(' ') };
}

/** Counts the words of indexed text, for the vocabulary file. */
export function telWoorden(teksten: Iterable<string>): Record<string, number> {
  const telling: Record<string, number> = {};
  for (const tekst of teksten) {
    for (const w of woordenVan(tekst)) {
      if (w.length >= 3 && !/^\d+$/.test(w)) telling[w] = (telling[w] ?? 0) + 1;
    }
  }
  return telling;
}
