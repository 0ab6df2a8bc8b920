import { createHash } from 'node:crypto';

// A fixed namespace for this portal's records, so an id never changes between builds.
const NAAMRUIMTE = '2b1f6a52-5e0d-4f6e-9d3c-7a4f0b8e9c11';

/** A name-based UUID (version 5, RFC 9562): the same name always gives the same id. */
export function stabieleUuid(naam: string): string {
  const ruimte = Buffer.from(NAAMRUIMTE.replace(/-/g, ''), 'hex');
  const hash = createHash('sha1').update(ruimte).update(naam, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
