import { veldOpPad } from './formulier.ts';
import { foutmelding } from './foutcodes.ts';
import { stapSchemas, type Context, type StapId } from './schema.ts';

/**
 * Validates one step of the form with the shared schema and returns its problems in form
 * order, each with the field path, the code and the Dutch message that names the field.
 */
export interface Probleem {
  pad: string;
  code: string;
  melding: string;
}

export function valideerStap(stap: StapId, waarden: Record<string, unknown>, context: Context): Probleem[] {
  const uitkomst = stapSchemas(context)[stap].safeParse(waarden[stap] ?? {});
  if (uitkomst.success) return [];
  const volgorde = [...veldOpPad.keys()];
  const gezien = new Set<string>();
  return uitkomst.error.issues
    .map((issue) => {
      const pad = [stap, ...issue.path.map(String)].join('.');
      const veld = veldOpPad.get(pad);
      return { pad, code: issue.message, melding: foutmelding(issue.message, veld?.foutnaam ?? 'dit veld') };
    })
    .filter((p) => (gezien.has(p.pad) ? false : (gezien.add(p.pad), true)))
    .sort((a, b) => volgorde.indexOf(a.pad) - volgorde.indexOf(b.pad));
}
