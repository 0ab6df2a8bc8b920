import { z } from 'astro/zod';
import { parseTelefoon } from '../schemas/telefoon.ts';
import { MAX_TEKENS, onbekendeTekens } from '../kern/tekens.ts';
import { getypt } from '../schemas/getypt.ts';
import type { Foutcode } from './foutcodes.ts';
import { EMAIL_MAX, emailLengteGoed, isEmail, normaliseerEmail } from './invoer.ts';
import { jaarEerder, parseDatum } from '../kern/datum.ts';
import type { DatumRegel } from './vraag.ts';
import { sleutelsVan } from './keuzes.ts';

/**
 * Building blocks of the melding schema (schema.ts): free text, dates, choices, phone, e-mail.
 * Input is what people type; output is normalised. Issue messages are codes from foutcodes.ts.
 */
export const fout = (ctx: z.RefinementCtx, code: Foutcode, params?: Record<string, unknown>) =>
  ctx.addIssue({ code: 'custom', message: code, ...(params ? { params } : {}) });

/**
 * One line of free text (a name, a place): NFC, trimmed, every run of white space (also a line
 * break from a pasted or opened value) one space; empty → code `verplicht` or undefined; only
 * characters the PDF can show.
 */
export function tekst(verplicht: true, max?: number): z.ZodType<string, string | undefined>;
export function tekst(verplicht: false, max?: number): z.ZodType<string | undefined, string | undefined>;
export function tekst(verplicht: boolean, max?: number): z.ZodType<string | undefined, string | undefined>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- overloads above give callers the precise type
export function tekst(verplicht: boolean, max: number = MAX_TEKENS.regel): z.ZodType<any, any> {
  return vrijeTekst(verplicht, max, (t) => t.replace(/\s+/g, ' '));
}

/** Free text over several lines (a text area): like tekst, but line breaks stay. */
export function tekstvlak(verplicht: true, max?: number): z.ZodType<string, string | undefined>;
export function tekstvlak(verplicht: false, max?: number): z.ZodType<string | undefined, string | undefined>;
export function tekstvlak(verplicht: boolean, max?: number): z.ZodType<string | undefined, string | undefined>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- overloads above give callers the precise type
export function tekstvlak(verplicht: boolean, max: number = MAX_TEKENS.tekstvlak): z.ZodType<any, any> {
  return vrijeTekst(verplicht, max, (t) => t);
}

function vrijeTekst(verplicht: boolean, max: number, vorm: (tekst: string) => string) {
  return getypt().transform((invoer, ctx) => {
    const waarde = vorm(invoer).trim();
    if (!waarde) {
      if (verplicht) fout(ctx, 'verplicht');
      return verplicht ? z.NEVER : undefined;
    }
    if (waarde.length > max) fout(ctx, 'te_lang', { max });
    if (onbekendeTekens(waarde).length > 0) fout(ctx, 'tekens_onbekend');
    return waarde;
  });
}

/**
 * An optional field with its own parser: empty → undefined, otherwise the parsed value, or an
 * issue: `code` when the parser gives null, or the parser's own `{ fout }` code.
 */
export function optioneel<T extends string>(parse: (invoer: string) => T | null | { fout: Foutcode }, code?: Foutcode) {
  return getypt().transform((waarde, ctx): T | undefined => {
    if (!waarde) return undefined;
    const uitkomst = parse(waarde);
    if (uitkomst === null || typeof uitkomst === 'object') {
      fout(ctx, uitkomst?.fout ?? code ?? 'verplicht');
      return z.NEVER;
    }
    return uitkomst;
  });
}

export function datum(verplicht: true, regel: DatumRegel, peildatum: string | null): z.ZodType<string, string | undefined>;
export function datum(verplicht: false, regel: DatumRegel, peildatum: string | null): z.ZodType<string | undefined, string | undefined>;
export function datum(verplicht: boolean, regel: DatumRegel, peildatum: string | null): z.ZodType<string | undefined, string | undefined>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- overloads above give callers the precise type
export function datum(verplicht: boolean, regel: DatumRegel, peildatum: string | null): z.ZodType<any, any> {
  return getypt().transform((waarde, ctx): string | undefined => {
    if (!waarde) {
      if (verplicht) fout(ctx, 'verplicht');
      return verplicht ? z.NEVER : undefined;
    }
    const iso = parseDatum(waarde);
    if (!iso) {
      fout(ctx, 'datum_ongeldig');
      return z.NEVER;
    }
    if (peildatum === null) return iso;
    if ((regel === 'niet-in-toekomst' || regel === 'meldingsdatum') && iso > peildatum) fout(ctx, 'datum_toekomst');
    if (regel === 'meldingsdatum' && iso < jaarEerder(peildatum)) fout(ctx, 'datum_te_oud');
    if (regel === 'niet-in-verleden' && iso < peildatum) fout(ctx, 'datum_verleden');
    return iso;
  });
}

/** A radio choice; '' (nothing chosen) → `keuze_verplicht` or undefined. */
export function keuze<T extends Record<string, string>>(tabel: T, verplicht: true): z.ZodType<keyof T & string, string | null | undefined>;
export function keuze<T extends Record<string, string>>(tabel: T, verplicht: false): z.ZodType<(keyof T & string) | undefined, string | null | undefined>;
export function keuze<T extends Record<string, string>>(tabel: T, verplicht: boolean): z.ZodType<(keyof T & string) | undefined, string | null | undefined>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- overloads above give callers the precise type
export function keuze<T extends Record<string, string>>(tabel: T, verplicht: boolean): z.ZodType<any, any> {
  const waarden = sleutelsVan(tabel);
  // react-hook-form gives null for a radio group with nothing chosen.
  return z
    .string()
    .nullable()
    .optional()
    .transform((invoer, ctx) => {
      if (!invoer) {
        if (verplicht) fout(ctx, 'keuze_verplicht');
        return verplicht ? z.NEVER : undefined;
      }
      if (!(waarden as string[]).includes(invoer)) {
        fout(ctx, 'keuze_verplicht');
        return z.NEVER;
      }
      return invoer as keyof T & string;
    });
}

/** Checkboxes: a list of chosen keys (react-hook-form gives false when none is ticked). */
export function vinkjes<T extends Record<string, string>>(tabel: T, minstensEen: boolean) {
  const waarden = sleutelsVan(tabel) as string[];
  return z
    .union([z.array(z.string()), z.literal(false), z.string()])
    .optional()
    .transform((invoer, ctx) => {
      const lijst = Array.isArray(invoer) ? invoer : typeof invoer === 'string' && invoer ? [invoer] : [];
      const gekozen = waarden.filter((w) => lijst.includes(w)) as (keyof T & string)[];
      if (minstensEen && gekozen.length === 0) fout(ctx, 'minstens_een');
      return gekozen;
    });
}

export const telefoon = () => optioneel((t) => parseTelefoon(t)?.e164 ?? null, 'telefoon_ongeldig');
/**
 * An e-mail address as typed, never rewritten: an internationalised domain (jan@bücher.nl) stays
 * in Unicode in the check page, the PDF and melding.json (the form uses a text input, because
 * Chromium's type="email" hands the page the punycode form xn--bcher-kva.nl). Longer than
 * RFC 5321 allows (254 characters in all, 64 before the @) is `email_te_lang`.
 */
export const email = () =>
  getypt().transform((invoer, ctx): string | undefined => {
    const waarde = normaliseerEmail(invoer);
    if (!waarde) return undefined;
    if (!isEmail(waarde)) fout(ctx, 'email_ongeldig');
    else if (!emailLengteGoed(waarde)) fout(ctx, 'email_te_lang', { max: EMAIL_MAX.geheel });
    else if (onbekendeTekens(waarde).length > 0) fout(ctx, 'tekens_onbekend');
    return waarde;
  });
