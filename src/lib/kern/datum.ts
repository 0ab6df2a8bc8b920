/**
 * Calendar dates, as ISO strings "YYYY-MM-DD": no time of day and no time zone, so arithmetic
 * is done in UTC and a date never shifts by a day. Dutch wording comes from Intl (nl-NL), not
 * from a month table of our own. The one home of date helpers (tests/unit/datum.test.ts).
 */
const VOLUIT = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const MAAND_JAAR = new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' });

function delen(iso: string): [number, number, number] {
  return iso.split('-').map(Number) as [number, number, number];
}

function alsUtc(iso: string): Date {
  const [jaar, maand, dag] = delen(iso);
  return new Date(Date.UTC(jaar, maand - 1, dag));
}

const naarIso = (d: Date) => d.toISOString().slice(0, 10);
const NL_DAG = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' });

/**
 * The calendar day of a moment in the Netherlands, "YYYY-MM-DD": an editor's "today" between
 * midnight and 1 or 2 o'clock is not yet today in UTC.
 */
export const dagInNederland = (moment: Date): string => NL_DAG.format(moment);
const tweeCijfers = (n: number) => String(n).padStart(2, '0');

/** "2026-11-22" → "22 november 2026", on pages, the check page and the PDF. */
export function datumVoluit(iso: string): string {
  return VOLUIT.format(alsUtc(iso));
}

/** "2025-07-07" → "7 juli 2025", "2022-03" → "maart 2022", "2024" → "2024": dates known to the day, month or year. */
export function datumVoluitDeels(datum: string): string {
  const [jaar, maand, dag] = datum.split('-');
  if (!maand) return jaar ?? datum;
  if (dag) return datumVoluit(datum);
  return MAAND_JAAR.format(alsUtc(`${jaar}-${maand}-01`));
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
  return `${String(jaar).padStart(4, '0')}-${tweeCijfers(maand)}-${tweeCijfers(dag)}`;
}

/** ISO date → the way the forms show and take it: "17-03-1990". */
export function datumVoorFormulier(iso: string): string {
  const [jaar, maand, dag] = iso.split('-');
  return `${dag}-${maand}-${jaar}`;
}

/** Whole years between a birth date and a reference date (both ISO). */
export function leeftijdOp(geboortedatum: string, peildatum: string): number {
  const [gj, gm, gd] = delen(geboortedatum);
  const [pj, pm, pd] = delen(peildatum);
  return pj - gj - (pm < gm || (pm === gm && pd < gd) ? 1 : 0);
}

export function plusDagen(iso: string, dagen: number): string {
  const [j, m, d] = delen(iso);
  return naarIso(new Date(Date.UTC(j, m - 1, d + dagen)));
}

/** Days from `van` to `tot` (negative when `tot` lies before `van`). */
export function dagenTussen(van: string, tot: string): number {
  return Math.round((alsUtc(tot).getTime() - alsUtc(van).getTime()) / 86_400_000);
}

/** ISO date one year before an ISO date (29 February → 28 February). */
export function jaarEerder(iso: string): string {
  const [j, m, d] = delen(iso);
  const dag = m === 2 && d === 29 ? 28 : d;
  return `${String(j - 1).padStart(4, '0')}-${tweeCijfers(m)}-${tweeCijfers(dag)}`;
}

/**
 * Is the date more than `maanden` months before `vandaag`? Exactly 12 months ago (2025-11-22 on
 * 2026-11-22) is not older yet; a day later it is. `vandaag` counts as its calendar day in the
 * Netherlands, as in the content check's "not in the future".
 */
export function ouderDanMaanden(datum: string, maanden: number, vandaag: Date): boolean {
  const [jaar, maand, dag] = delen(datum);
  const grens = Date.UTC(jaar, maand - 1 + maanden, dag);
  const dagVandaag = alsUtc(dagInNederland(vandaag)).getTime();
  return dagVandaag > grens;
}
