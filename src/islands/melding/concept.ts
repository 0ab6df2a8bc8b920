import { heeftInvoer, leesConceptTekst, type Concept } from '../../lib/melding/concept';

/**
 * The draft of the melding in sessionStorage: this tab only. Never localStorage, never a
 * cookie. It carries the time of the last activity and is dropped when read past its idle
 * time (src/lib/melding/concept.ts): Chrome's session restore brings sessionStorage back
 * after the browser was closed, so "closing the tab removes it" is not enough. In "gedeelde
 * computer" mode the form calls none of this but wisConcept. Storage can be unavailable
 * (privacy modes); the form then simply works without a draft.
 */
const SLEUTEL = 'safehouse-melding-concept-v2';
/** Drafts without a time, from before the idle rule: removed on sight. */
const OUDE_SLEUTELS = ['safehouse-melding-concept-v1'];

/** The stored draft if it is still within its idle time; an expired one is removed, and 'verlopen' says so. */
export function leesConcept(nu = Date.now()): Concept | 'verlopen' | null {
  try {
    const oud = OUDE_SLEUTELS.some((sleutel) => sessionStorage.getItem(sleutel) !== null);
    for (const sleutel of OUDE_SLEUTELS) sessionStorage.removeItem(sleutel);
    const concept = leesConceptTekst(sessionStorage.getItem(SLEUTEL), nu);
    if (concept === 'verlopen' || (oud && !concept)) {
      wisConcept();
      return 'verlopen';
    }
    return concept;
  } catch {
    return null;
  }
}

/** Keeps the draft, stamped `nu`, only when something was entered; otherwise removes any old one. */
export function bewaarConcept(concept: Omit<Concept, 'laatstActief'>, standaard: Record<string, unknown> = {}, nu = Date.now()) {
  if (!heeftInvoer(concept.waarden, standaard)) return wisConcept();
  try {
    sessionStorage.setItem(SLEUTEL, JSON.stringify({ ...concept, laatstActief: nu } satisfies Concept));
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
