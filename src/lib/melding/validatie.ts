import { foutnaamVoor, veldOpPad } from './formulier.ts';
import { foutmelding } from './foutcodes.ts';
import { eenPerVeld } from '../kern/een-per-veld.ts';
import { geboortedatumIn, stapSchemas, type Context } from './schema.ts';
import type { Invuller, StapId } from './woordenschat.ts';

/**
 * Validates one step of the form with the shared schema and returns its problems in form
 * order, each with the field path, the code and the Dutch message that names the field.
 */
export interface Probleem {
  pad: string;
  code: string;
  melding: string;
}

export { eenPerVeld };

/** The Dutch message for one schema issue, worded for whoever fills in the form. */
export function meldingVoor(issue: { message: string; params?: Record<string, unknown> | undefined }, pad: string, invuller: Invuller): string {
  const veld = veldOpPad.get(pad);
  const max = typeof issue.params?.max === 'number' ? issue.params.max : undefined;
  return foutmelding(issue.message, veld ? foutnaamVoor(veld, invuller) : 'dit veld', { invuller, ...(max ? { max } : {}) });
}

export function valideerStap(stap: StapId, waarden: Record<string, unknown>, context: Context): Probleem[] {
  const uitkomst = stapSchemas({ geboortedatum: geboortedatumIn(waarden), ...context })[stap].safeParse(waarden[stap] ?? {});
  if (uitkomst.success) return [];
  const volgorde = [...veldOpPad.keys()];
  return eenPerVeld(
    uitkomst.error.issues.map((issue) => {
      const pad = [stap, ...issue.path.map(String)].join('.');
      return { pad, code: issue.message, melding: meldingVoor(issue, pad, context.invuller) };
    }),
  ).sort((a, b) => volgorde.indexOf(a.pad) - volgorde.indexOf(b.pad));
}
