import type { Invuller } from './woordenschat.ts';
import type { FormulierWaarden, Stap, Veld } from './veld.ts';
import { STAPPEN } from './vragen.ts';

/**
 * The melding form as data: steps, questions (vragen.ts), wording per audience (veld.ts). The
 * form island, the check page and the PDF layout all read this, so a question has one label
 * everywhere. tests/unit/melding-formulier.test.ts checks that paths match the schema.
 */
export type { FormulierWaarden, Stap, Veld } from './veld.ts';
export { foutnaamVoor, hintVoor, labelVoor, waaromVoor, waardeOp } from './veld.ts';
export { STAPPEN };

/** Fields shown to this audience, given the answers so far. */
export function zichtbareVelden(stap: Stap, invuller: Invuller, waarden: FormulierWaarden): Veld[] {
  return stap.velden.filter((v) => (!v.alleenVoor || v.alleenVoor.includes(invuller)) && (!v.alleenAls || v.alleenAls(waarden)));
}

export function isVerplichtVoor(veld: Veld, invuller: Invuller): boolean {
  return Array.isArray(veld.verplicht) ? veld.verplicht.includes(invuller) : veld.verplicht === true;
}

export const ALLE_VELDEN: readonly Veld[] = STAPPEN.flatMap((s) => s.velden);
export const veldOpPad = new Map(ALLE_VELDEN.map((v) => [v.pad, v]));

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
