/**
 * Parsers for what people type in the melding form. Each returns the normalised value or null.
 * Pure and shared by the schema, the check page and the tests.
 */

/** BSN: 9 digits (8 with a leading zero dropped is accepted) that pass the elfproef. */
export function parseBsn(invoer: string): { bsn: string } | { fout: 'bsn_lengte' | 'bsn_elfproef' } {
  let cijfers = invoer.replace(/[\s.-]/g, '');
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
  const cijfers = invoer.replace(/[\s.-]/g, '');
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
 * The longest e-mail address SMTP can carry (RFC 5321 §4.5.3.1.1 and .3: a local part of 64
 * octets, a path of 256 octets including the angle brackets, so 254 for the address). Counted
 * in characters, as people see them; an address this long is a mistake or a paste gone wrong.
 */
export const EMAIL_MAX = { geheel: 254, lokaal: 64 } as const;

export function emailLengteGoed(adres: string): boolean {
  const lokaal = adres.slice(0, Math.max(0, adres.lastIndexOf('@')));
  return [...adres].length <= EMAIL_MAX.geheel && [...lokaal].length <= EMAIL_MAX.lokaal;
}
