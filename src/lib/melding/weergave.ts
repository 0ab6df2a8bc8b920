import { parseTelefoon } from '../schemas/telefoon.ts';

/** "+31612345678" → "06 1234 5678", the way numbers are shown on the check page and the PDF. */
export function formatTelefoonE164(e164: string): string {
  return parseTelefoon(e164)?.weergave ?? e164;
}
