import { foutnaamVoor, veldOpPad } from './formulier.ts';
import { foutbericht } from './foutcodes.ts';
import { eenPerVeld } from '../kern/een-per-veld.ts';
import { geboortedatumIn, stapSchemas, type Context } from './schema.ts';
import type { Invuller, StapId } from './woordenschat.ts';

/**
 * Validates one step of the form with the shared schema and returns its problems in form
 * order, each with the field path, the code and the Dutch message that names the field.
 */
export interface Veldfout {
  pad: string;
  code: string;
  bericht: string;
}

export { eenPerVeld };

/** The Dutch message for one schema issue, worded for whoever fills in the form. */
export function foutberichtVoor(issue: { message: string; params?: Record<string, unknown> | undefined }, pad: string, invuller: Invuller): string {
  const veld = veldOpPad.get(pad);
  const max = typeof issue.params?.max === 'number' ? issue.params.max : undefined;
  return foutbericht(issue.message, veld ? foutnaamVoor(veld, invuller) : 'dit veld', { invuller, ...(max ? { max } : {}) });
}

export function valideerStap(stap: StapId, waarden: Record<string, unknown>, context: Context): Veldfout[] {
  const uitkomst = stapSchemas({ geboortedatum: geboortedatumIn(waarden), ...context })[stap].safeParse(waarden[stap] ?? {});
  if (uitkomst.success) return [];
  const volgorde = [...veldOpPad.keys()];
  return eenPerVeld(
    uitkomst.error.issues.map((issue) => {
      const pad = [stap, ...issue.path.map(String)].join('.');
      return { pad, code: issue.message, bericht: foutberichtVoor(issue, pad, context.invuller) };
    }),
  ).sort((a, b) => volgorde.indexOf(a.pad) - volgorde.indexOf(b.pad));
}
