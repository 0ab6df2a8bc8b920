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

export function leesConcept(): Concept | null {
  try {
    const tekst = sessionStorage.getItem(SLEUTEL);
    if (!tekst) return null;
    const concept = JSON.parse(tekst) as Concept;
    return concept && typeof concept === 'object' && typeof concept.stap === 'number' ? concept : null;
  } catch {
    return null;
  }
}

export function bewaarConcept(concept: Concept) {
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
