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
