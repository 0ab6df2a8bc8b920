import { ALLE_VELDEN } from './formulier.ts';
import { datumVoorFormulier } from '../kern/datum.ts';
import { formatTelefoonE164 } from './weergave.ts';
import type { Melding } from './schema.ts';

/**
 * A validated melding (e.g. read back from a PDF) as form values again: the inverse of the
 * schema's normalisation, so "Melding openen" restores what the user can edit.
 */
export function naarFormulier(melding: Melding): Record<string, unknown> {
  const uit: Record<string, Record<string, unknown>> = {};
  const bron = melding as unknown as Record<string, Record<string, unknown>>;
  for (const veld of ALLE_VELDEN) {
    const [stap, naam] = veld.pad.split('.') as [string, string];
    const waarde = bron[stap]?.[naam];
    uit[stap] ??= {};
    if (waarde === undefined) continue;
    if (veld.soort === 'datum' && typeof waarde === 'string') uit[stap][naam] = datumVoorFormulier(waarde);
    else if (veld.formaat === 'telefoon' && typeof waarde === 'string') uit[stap][naam] = formatTelefoonE164(waarde);
    else uit[stap][naam] = waarde;
  }
  if (melding.invuller === 'verwijzer') uit.aanmelder!.rol = melding.aanmelder.rol;
  return { invuller: melding.invuller, ...uit };
}
