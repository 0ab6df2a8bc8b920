/**
 * The draft of the melding in sessionStorage: this tab only, gone when the tab closes. Never
 * localStorage, never a cookie. Storage can be unavailable (privacy modes); the form then
 * simply works without a draft.
 */
const SLEUTEL = 'safehouse-melding-concept-v1';

export interface Concept {
  waarden: Record<string, unknown>;
  stap: number;
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

export function leesConcept(): Concept | null {
  try {
    const tekst = sessionStorage.getItem(SLEUTEL);
    if (!tekst) return null;
    const concept = JSON.parse(tekst) as Concept;
    return concept && typeof concept === 'object' && typeof concept.stap === 'number' && heeftInvoer(concept.waarden) ? concept : null;
  } catch {
    return null;
  }
}

/** Keeps the draft only when something was entered; otherwise removes any old one. */
export function bewaarConcept(concept: Concept, standaard: Record<string, unknown> = {}) {
  if (!heeftInvoer(concept.waarden, standaard)) return wisConcept();
  try {
    sessionStorage.setItem(SLEUTEL, JSON.stringify(concept));
  } catch {
    // Full or blocked storage: the form keeps working, only the draft is not kept.
  }
}

export function wisConcept() {
  try {
    sessionStorage.removeItem(SLEUTEL);
  } catch {
    // nothing to clear
  }
}
