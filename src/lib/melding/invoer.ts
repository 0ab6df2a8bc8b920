/**
 * Parsers for what people type in the melding form. Each returns the normalised value or null.
 * Pure and shared by the schema, the check page and the tests.
 */

/** BSN: 9 digits (8 with a leading zero dropped is accepted) that pass the elfproef. */
export function parseBsn(invoer: string): { bsn: string } | { fout: 'bsn_lengte' | 'bsn_elfproef' } {
  let cijfers = invoer.replace(/[\s.\-]/g, '');
  if (/^\d{8}$/.test(cijfers)) cijfers = `0${cijfers}`;
  if (!/^\d{9}$/.test(cijfers)) return { fout: 'bsn_lengte' };
  const som = [...cijfers].reduce((totaal, c, i) => totaal + Number(c) * (i === 8 ? -1 : 9 - i), 0);
  if (som % 11 !== 0 || cijfers === '000000000') return { fout: 'bsn_elfproef' };
  return { bsn: cijfers };
}

/** Postcode "1234 AB", typed as 1234ab, 1234 ab, 1234-AB … Never starts with 0; SA, SD, SS are not issued. */
export function parsePostcode(invoer: string): string | null {
  const m = /^\s*([1-9]\d{3})\s*-?\s*([a-zA-Z]{2})\s*$/.exec(invoer);
  if (!m) return null;
  const letters = m[2]!.toUpperCase();
  if (['SA', 'SD', 'SS'].includes(letters)) return null;
  return `${m[1]} ${letters}`;
}

/** AGB-code: 8 digits. */
export function parseAgb(invoer: string): string | null {
  const cijfers = invoer.replace(/[\s.\-]/g, '');
  return /^\d{8}$/.test(cijfers) ? cijfers : null;
}

/**
 * E-mail as stored: only the domain is lower-cased. The local part may be case-sensitive
 * (RFC 5321 §2.4), so "M.vanderBerg@Voorbeeld.nl" becomes "M.vanderBerg@voorbeeld.nl".
 */
export function normaliseerEmail(invoer: string): string {
  const at = invoer.lastIndexOf('@');
  return at < 0 ? invoer : invoer.slice(0, at) + invoer.slice(at).toLowerCase();
}

/** A practical e-mail check: one @, a dot in the domain, no spaces. */
export function isEmail(invoer: string): boolean {
  return /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(invoer.trim());
}

/**
 * A date as Dutch people write it: 17-3-1990, 17/03/1990, 17.03.1990, or 1990-03-17.
 * Returns ISO "YYYY-MM-DD", or null when it is not a real calendar date.
 */
export function parseDatum(invoer: string): string | null {
  const tekst = invoer.trim();
  let jaar: number, maand: number, dag: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(tekst);
  const nl = /^(\d{1,2})[-/.\s](\d{1,2})[-/.\s](\d{4})$/.exec(tekst);
  if (iso) [jaar, maand, dag] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (nl) [dag, maand, jaar] = [Number(nl[1]), Number(nl[2]), Number(nl[3])];
  else return null;
  if (jaar < 1900 || jaar > 2200 || maand < 1 || maand > 12 || dag < 1) return null;
  const d = new Date(Date.UTC(jaar, maand - 1, dag));
  if (d.getUTCMonth() !== maand - 1) return null;
  return `${String(jaar).padStart(4, '0')}-${String(maand).padStart(2, '0')}-${String(dag).padStart(2, '0')}`;
}

/** ISO date → the way the form shows it: "17-03-1990". */
export function datumVoorFormulier(iso: string): string {
  const [jaar, maand, dag] = iso.split('-');
  return `${dag}-${maand}-${jaar}`;
}

/** Whole years between a birth date and a reference date (both ISO). */
export function leeftijdOp(geboortedatum: string, peildatum: string): number {
  const [gj, gm, gd] = geboortedatum.split('-').map(Number) as [number, number, number];
  const [pj, pm, pd] = peildatum.split('-').map(Number) as [number, number, number];
  return pj - gj - (pm < gm || (pm === gm && pd < gd) ? 1 : 0);
}
