/** A small RFC 4180 CSV reader: quoted fields may hold commas, quotes ("") and newlines. */
export function leesCsv(tekst: string): string[][] {
  const rijen: string[][] = [];
  let rij: string[] = [];
  let veld = '';
  let inAanhalingstekens = false;
  for (let i = 0; i < tekst.length; i++) {
    const teken = tekst[i];
    if (inAanhalingstekens) {
      if (teken === '"' && tekst[i + 1] === '"') {
        veld += '"';
        i++;
      } else if (teken === '"') {
        inAanhalingstekens = false;
      } else {
        veld += teken;
      }
    } else if (teken === '"') {
      inAanhalingstekens = true;
    } else if (teken === ',') {
      rij.push(veld);
      veld = '';
    } else if (teken === '\n' || teken === '\r') {
      if (teken === '\r' && tekst[i + 1] === '\n') i++;
      rij.push(veld);
      rijen.push(rij);
      rij = [];
      veld = '';
    } else {
      veld += teken;
    }
  }
  if (veld !== '' || rij.length > 0) {
    rij.push(veld);
    rijen.push(rij);
  }
  return rijen.filter((r) => !(r.length === 1 && r[0] === ''));
}

/** Reads a CSV with a header row into objects keyed by the header names. */
export function leesCsvMetKoppen(tekst: string): Record<string, string>[] {
  const [koppen, ...rijen] = leesCsv(tekst.replace(/^\uFEFF/, ''));
  if (!koppen) return [];
  return rijen.map((rij) => Object.fromEntries(koppen.map((kop, i) => [kop, rij[i] ?? ''])));
}
