/**
 * Line breaking for the PDF: greedy, at spaces; explicit newlines are kept (an empty line
 * stays an empty line). A word wider than a whole line is cut between characters, without a
 * hyphen, so text extracted from the PDF still equals what was typed (apart from whitespace).
 */
const grafemen = new Intl.Segmenter('nl', { granularity: 'grapheme' });

export function breekAf(tekst: string, breedte: number, meet: (tekst: string) => number): string[] {
  const regels: string[] = [];
  for (const alinea of tekst.normalize('NFC').split('\n')) {
    let regel = '';
    for (const woord of alinea.split(' ').filter(Boolean)) {
      const kandidaat = regel ? `${regel} ${woord}` : woord;
      if (meet(kandidaat) <= breedte) {
        regel = kandidaat;
        continue;
      }
      if (regel) regels.push(regel);
      regel = '';
      if (meet(woord) <= breedte) {
        regel = woord;
        continue;
      }
      // Graphemes, not code units: a letter keeps its accents and a surrogate pair stays whole.
      for (const { segment } of grafemen.segment(woord)) {
        if (regel && meet(regel + segment) > breedte) {
          regels.push(regel);
          regel = '';
        }
        regel += segment;
      }
    }
    regels.push(regel);
  }
  return regels;
}
