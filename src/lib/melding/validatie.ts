import { foutnaamVoor, veldOpPad } from './formulier.ts';
import { foutbericht } from './foutcodes.ts';
import { eenPerVeld } from '../kern/een-per-veld.ts';
import { geboortedatumIn, meldingSchema, stapSchemas, type Context, type Melding } from './schema.ts';
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

/** The Dutch message for one schema issue, worded for whoever fills in the form. */
function foutberichtVoor(issue: { message: string; params?: Record<string, unknown> | undefined }, pad: string, invuller: Invuller): string {
  const veld = veldOpPad.get(pad);
  const max = typeof issue.params?.max === 'number' ? issue.params.max : undefined;
  const gemeente = typeof issue.params?.gemeente === 'string' ? issue.params.gemeente : undefined;
  return foutbericht(issue.message, veld ? foutnaamVoor(veld, invuller) : 'dit veld', { invuller, ...(max ? { max } : {}), ...(gemeente ? { gemeente } : {}) });
}

type Issue = { message: string; path: readonly PropertyKey[]; params?: Record<string, unknown> | undefined };

/** Schema issues as problems, one per field; `voor` is the path the issues are relative to. */
function veldfoutenUit(issues: readonly Issue[], voor: readonly string[], invuller: Invuller): Veldfout[] {
  return eenPerVeld(
    issues.map((issue) => {
      const pad = [...voor, ...issue.path.map(String)].join('.');
      return { pad, code: issue.message, bericht: foutberichtVoor(issue, pad, invuller) };
    }),
  );
}

export function valideerStap(stap: StapId, waarden: Record<string, unknown>, context: Context): Veldfout[] {
  const uitkomst = stapSchemas({ geboortedatum: geboortedatumIn(waarden), ...context })[stap].safeParse(waarden[stap] ?? {});
  if (uitkomst.success) return [];
  const volgorde = [...veldOpPad.keys()];
  return veldfoutenUit(uitkomst.error.issues, [stap], context.invuller).sort((a, b) => volgorde.indexOf(a.pad) - volgorde.indexOf(b.pad));
}

/**
 * The whole melding, as the check page needs it: the validated melding, or the problems of
 * every step (in step order) with the same messages a step gives.
 */
export function valideerMelding(waarden: Record<string, unknown>, context: Context): { ok: true; melding: Melding } | { ok: false; problemen: Veldfout[] } {
  const uitkomst = meldingSchema(context).safeParse(waarden);
  return uitkomst.success ? { ok: true, melding: uitkomst.data } : { ok: false, problemen: veldfoutenUit(uitkomst.error.issues, [], context.invuller) };
}
