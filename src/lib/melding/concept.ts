/**
 * The rules of the melding's draft, without storage or timers (the island in
 * src/islands/melding/concept.ts keeps it, useBedenktijd.ts schedules): what counts as
 * entered, how a stored draft is read, and when an idle draft is warned about and dropped.
 *
 * Why 30 minutes idle: a melding is filled in at a clinic ward, a wijkteam office or a library,
 * where the next person may sit down at the same browser; and Chrome's session restore ("doorgaan
 * waar je was gebleven", crash recovery) brings sessionStorage back after the browser was closed.
 * 30 minutes is long enough to look up a BSN, a discharge date or call a colleague without
 * typing, and short enough that a draft left behind is gone before most next users arrive. The
 * warning comes 5 minutes before, with a button to keep going (WCAG 2.2.1 Timing aanpasbaar asks
 * for a warning and at least 20 seconds to extend). Time counts from the last change in the
 * form, a step, or "Ik ben er nog".
 */
export const CONCEPT_BEDENKTIJD_MINUTEN = 30;
export const CONCEPT_WAARSCHUWING_MINUTEN = 5;

const MINUUT = 60_000;
const BEDENKTIJD = CONCEPT_BEDENKTIJD_MINUTEN * MINUUT;
const WAARSCHUWING = (CONCEPT_BEDENKTIJD_MINUTEN - CONCEPT_WAARSCHUWING_MINUTEN) * MINUUT;
/** A time this far ahead of the clock is not believed: the clock was set back, or the draft was edited. */
const KLOKSPELING = MINUUT;

export interface Concept {
  waarden: Record<string, unknown>;
  stap: number;
  /** The last activity, in ms since 1970 (Date.now()). */
  laatstActief: number;
}

/**
 * Has anything been entered? Empty strings, unticked boxes, empty lists and the pre-filled
 * meldingsdatum (`standaard`) do not count, so an untouched or wiped form leaves no draft.
 */
export function heeftInvoer(waarden: unknown, standaard: Record<string, unknown> = {}, pad = ''): boolean {
  if (typeof waarden === 'string') return waarden.trim() !== '' && standaard[pad] !== waarden;
  if (waarden === true) return true;
  if (Array.isArray(waarden)) return waarden.length > 0;
  if (waarden && typeof waarden === 'object') {
    return Object.entries(waarden).some(([k, w]) => heeftInvoer(w, standaard, pad ? `${pad}.${k}` : k));
  }
  return false;
}

export type Bedenktijd = { toestand: 'actief' | 'waarschuwen'; /** ms until the next change of state */ over: number } | { toestand: 'verlopen' };

/** Where an idle draft stands at `nu`: still fine, to be warned about, or to be dropped. */
export function bedenktijd(laatstActief: number, nu: number): Bedenktijd {
  if (!Number.isFinite(laatstActief) || laatstActief > nu + KLOKSPELING) return { toestand: 'verlopen' };
  const stil = Math.max(0, nu - laatstActief);
  if (stil >= BEDENKTIJD) return { toestand: 'verlopen' };
  if (stil >= WAARSCHUWING) return { toestand: 'waarschuwen', over: BEDENKTIJD - stil };
  return { toestand: 'actief', over: WAARSCHUWING - stil };
}

/**
 * A stored draft as text, read at `nu`: the draft, 'verlopen' when it is past its idle time
 * (or carries no time, as drafts from before this rule did), or null when there is none or it
 * is not a draft. Only a draft with something entered counts.
 */
export function leesConceptTekst(tekst: string | null, nu: number): Concept | 'verlopen' | null {
  if (!tekst) return null;
  let concept: unknown;
  try {
    concept = JSON.parse(tekst);
  } catch {
    return null;
  }
  if (!concept || typeof concept !== 'object') return null;
  const { waarden, stap, laatstActief } = concept as Partial<Concept>;
  if (typeof stap !== 'number' || !heeftInvoer(waarden)) return null;
  if (typeof laatstActief !== 'number' || bedenktijd(laatstActief, nu).toestand === 'verlopen') return 'verlopen';
  return { waarden: waarden as Record<string, unknown>, stap, laatstActief };
}
