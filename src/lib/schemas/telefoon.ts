import { z } from 'astro/zod';

/**
 * Dutch telephone numbers, as people type them ("088 – 114 9550", "+31 6 1234 5678",
 * "0800-0113"), normalised to one display form and an E.164 form for `tel:` links.
 */

/** A normalised Dutch telephone number. */
export interface Telefoonnummer {
  /** How the site shows it, e.g. "088 114 95 50". */
  weergave: string;
  /** International form for `tel:` links, e.g. "+31881149550". */
  e164: string;
}

// Area codes with two digits after the 0 (7-digit subscriber number). All other
// geographic codes have three digits (6-digit subscriber). Source: ACM nummerplan.
const TWEECIJFERIGE_NETNUMMERS = new Set([
  '10',
  '13',
  '15',
  '20',
  '23',
  '24',
  '26',
  '30',
  '33',
  '35',
  '36',
  '38',
  '40',
  '43',
  '45',
  '46',
  '50',
  '53',
  '55',
  '58',
  '70',
  '71',
  '72',
  '73',
  '74',
  '75',
  '76',
  '77',
  '78',
  '79',
  '84',
  '85',
  '87',
  '88',
]);

const INFONUMMERS = ['800', '900', '906', '909'];

/** Groups digits from the right in pairs, the way Dutch numbers are usually written. */
function inParen(cijfers: string): string {
  const delen: string[] = [];
  let rest = cijfers;
  while (rest.length > 4) {
    delen.unshift(rest.slice(-2));
    rest = rest.slice(0, -2);
  }
  if (rest.length === 4) delen.unshift(rest.slice(0, 2), rest.slice(2));
  else delen.unshift(rest);
  return delen.join(' ');
}

/**
 * Parses a Dutch number. Returns null when it is not a valid Dutch number.
 * Accepts spaces, dashes (also – and —), dots, slashes and brackets; +31, 0031 or 0 in front,
 * also the common "+31 (0)6 …", where the bracketed 0 is not dialled.
 */
export function parseTelefoon(invoer: string): Telefoonnummer | null {
  let cijfers = invoer
    .trim()
    .replace(/^(\+31|0031)\s*\(0\)/, '$1')
    .replace(/[\s\-–—./()]/g, '');
  if (cijfers.startsWith('+31')) cijfers = '0' + cijfers.slice(3);
  else if (cijfers.startsWith('0031')) cijfers = '0' + cijfers.slice(4);
  if (!/^0\d+$/.test(cijfers)) return null;
  const nationaal = cijfers.slice(1);

  const info = INFONUMMERS.find((code) => nationaal.startsWith(code));
  if (info) {
    const abonnee = nationaal.slice(info.length);
    if (abonnee.length !== 4 && abonnee.length !== 7) return null;
    const groepen = abonnee.length === 4 ? abonnee : `${abonnee.slice(0, 3)} ${abonnee.slice(3)}`;
    return { weergave: `0${info} ${groepen}`, e164: `+31${nationaal}` };
  }
  if (nationaal.length !== 9) return null;
  if (nationaal.startsWith('6')) {
    // 06 numbers: mobile. 066 (pagers) and 097 (machine numbers) are not for people.
    if (nationaal.startsWith('66')) return null;
    return { weergave: `06 ${nationaal.slice(1, 5)} ${nationaal.slice(5)}`, e164: `+31${nationaal}` };
  }
  // Geographic numbers start with 1-5 or 7; 084/085/087/088 are location-free numbers.
  if (!/^(?:[1-57]|8[4578])/.test(nationaal)) return null;
  const netLengte = TWEECIJFERIGE_NETNUMMERS.has(nationaal.slice(0, 2)) ? 2 : 3;
  const net = nationaal.slice(0, netLengte);
  const abonnee = nationaal.slice(netLengte);
  return { weergave: `0${net} ${inParen(abonnee)}`, e164: `+31${nationaal}` };
}

const TELEFOON_VOORBEELD = '077 123 45 67 of 06 1234 5678';

/** A Dutch telephone number as typed; becomes a {@link Telefoonnummer}. */
export const telefoonSchema = z.string({ error: `Vul een telefoonnummer in, zoals ${TELEFOON_VOORBEELD}.` }).transform((invoer, ctx) => {
  const nummer = parseTelefoon(invoer);
  if (!nummer) {
    ctx.addIssue({
      code: 'custom',
      params: { code: 'telefoon_ongeldig' },
      message: `"${invoer}" is geen geldig Nederlands telefoonnummer. Schrijf het zoals ${TELEFOON_VOORBEELD}.`,
    });
    return z.NEVER;
  }
  return nummer;
});
