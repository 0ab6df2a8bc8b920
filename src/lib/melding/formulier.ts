import type { FormulierWaarden, Stap, Tekstformaat, Vraag } from './vraag.ts';
import { VRAGEN } from './vragen.ts';
import type { Invuller } from './woordenschat.ts';

/**
 * The melding form as data: steps, questions (vragen.ts), wording per audience (vraag.ts). The
 * form island, the check page and the PDF layout all read this, so a question has one label
 * everywhere. tests/unit/melding-formulier.test.ts checks that paths match the schema.
 */
export type { FormulierWaarden, Stap, Vraag } from './vraag.ts';
export { foutnaamVoor, hintVoor, labelVoor, waaromVoor, waardeOp } from './vraag.ts';

/** The keyboard a phone, e-mail or number field asks for follows from its format. */
const INVOERMODUS: Record<Tekstformaat, Vraag['invoermodus'] | null> = { bsn: 'numeric', agb: 'numeric', telefoon: 'tel', email: 'email', postcode: null };

function metInvoermodus(veld: Vraag): Vraag {
  const modus = veld.formaat ? INVOERMODUS[veld.formaat] : null;
  return modus ? { ...veld, invoermodus: modus } : veld;
}

export const STAPPEN: readonly Stap[] = VRAGEN.map((stap: Stap) => ({ ...stap, velden: stap.velden.map(metInvoermodus) }));

/** Whether this audience gets the question at all (whatever the other answers). */
export function gesteldAan(veld: Vraag, invuller: Invuller): boolean {
  return !veld.alleenVoor || veld.alleenVoor.includes(invuller);
}

/**
 * The `autocomplete` attribute of a question for this audience: decided here and nowhere else
 * (issue 16). What a field with a token such as "given-name" or "email" holds, the browser keeps
 * in its profile, suggests on other sites and, with sync on, copies to the account of whoever is
 * signed in; "Alle gegevens wissen" cannot reach it. So a question gets its token only when it
 * asks for the data of the person filling in, and that person is a verwijzer: their own work
 * contact details (the aanmelder step), typed again for every melding on a work computer and
 * about no cliënt. Everything else is "off", for every role:
 * - the cliënt's details are someone else's data for a naaste or verwijzer, and a cliënt who
 *   fills in the form themself often does so on a shared computer (a clinic ward, a wijkteam
 *   office, a library), where the next user would be offered their name and address;
 * - a naaste's own details, and the naaste named in the last step, tie a person to someone in
 *   addiction care.
 * "off" (not a made-up value) because Chrome then keeps nothing of the field in its autocomplete
 * store, which is what tests/site/autofill.browser.test.ts reads back. An unknown value such as
 * "nope" stops Chrome's address suggestions, but the field then counts as autocomplete on and
 * its value is stored. Chrome may still suggest a saved address in an address-like field marked
 * off; it never saves one from it without the person confirming Chrome's own "save address" prompt.
 */
export function autocompleteVoor(veld: Vraag, invuller: Invuller): string {
  return veld.autocomplete && invuller === 'verwijzer' && veld.pad.startsWith('aanmelder.') ? veld.autocomplete : 'off';
}

/**
 * The `spellcheck` of a question, decided here (issue 16). Off for dates and numbers (a red line
 * under 17-03-1990 helps nobody) and for the free text about health, addiction and justice
 * (`bijzonder` in vragen.ts): Chrome's "enhanced spell check" sends what is typed to Google and
 * Edge's Microsoft Editor to Microsoft ("spelljacking", reported September 2022; see
 * https://www.invicti.com/blog/web-security/spelljacking-when-your-browser-is-too-helpful), and on a shared computer whoever set up the browser
 * chose that, not the person typing, who cannot see it. A spelling mistake in those answers
 * costs little; the gemeente asks the clinic for the medical facts anyway. The other text areas
 * (the hulpvraag, why a safehouse, wonen, werk) keep the browser's default, on: it helps people
 * who spell with difficulty to be understood, and there the answer's wording matters most. The
 * privacy page says the same (src/pages/privacy.astro).
 */
export function spellcheckVoor(veld: Vraag): false | undefined {
  return veld.soort === 'datum' || veld.invoermodus || veld.bijzonder ? false : undefined;
}

/** Fields shown to this audience, given the answers so far. */
export function zichtbareVelden(stap: Stap, invuller: Invuller, waarden: FormulierWaarden): Vraag[] {
  return stap.velden.filter((v) => gesteldAan(v, invuller) && (!v.alleenAls || v.alleenAls(waarden)));
}

/** Required for this audience: the form marks it, the schema (schema.ts) requires it. */
export function isVerplichtVoor(veld: Vraag, invuller: Invuller): boolean {
  return gesteldAan(veld, invuller) && (Array.isArray(veld.verplicht) ? veld.verplicht.includes(invuller) : veld.verplicht === true);
}

export const ALLE_VELDEN: readonly Vraag[] = STAPPEN.flatMap((s) => s.velden);
export const veldOpPad = new Map(ALLE_VELDEN.map((v) => [v.pad, v]));

/** "client.voornamen" → "voornamen": the key within its step. */
export const naamIn = (veld: Vraag): string => veld.pad.slice(veld.pad.indexOf('.') + 1);

/**
 * The answers as they count: fields hidden for this audience or by another answer are dropped
 * (the form keeps them while hidden, so switching back loses nothing).
 */
export function alleenZichtbaar(waarden: FormulierWaarden, invuller: Invuller): FormulierWaarden {
  const uit: Record<string, unknown> = { ...waarden, invuller };
  for (const stap of STAPPEN) {
    const zichtbaar = new Set(zichtbareVelden(stap, invuller, waarden).map((v) => v.pad));
    const bron = (waarden[stap.id] ?? {}) as Record<string, unknown>;
    uit[stap.id] = Object.fromEntries(Object.entries(bron).filter(([naam]) => zichtbaar.has(`${stap.id}.${naam}`)));
  }
  return uit;
}
