import { formatTelefoonE164 } from './weergave.ts';
import { STAPPEN, veldOpPad, waardeOp, zichtbareVelden, type Vraag } from './formulier.ts';
import { datumVoluit, datumVoorFormulier } from '../kern/datum.ts';
import { ROLLEN } from './keuzes.ts';
import type { Melding } from './schema.ts';

/**
 * A validated melding as sections of "question: answer" rows, in form order: the single
 * source of the check page and the PDF. Empty optional answers read "niet ingevuld".
 */
const NIET_INGEVULD = 'niet ingevuld';

interface Rij {
  pad: string;
  label: string;
  waarde: string;
  ingevuld: boolean;
}

export interface Sectie {
  id: string;
  titel: string;
  rijen: Rij[];
}

function weergave(veld: Vraag, waarde: unknown): string | null {
  if (waarde === undefined || waarde === null || waarde === '') return null;
  switch (veld.soort) {
    case 'datum':
      return typeof waarde === 'string' ? `${datumVoluit(waarde)} (${datumVoorFormulier(waarde)})` : null;
    case 'keuze':
      return veld.opties?.[String(waarde)] ?? String(waarde);
    case 'vinkjes': {
      const lijst = Array.isArray(waarde) ? waarde : [];
      return lijst.length ? lijst.map((w) => veld.opties?.[String(w)] ?? String(w)).join(', ') : null;
    }
    case 'vinkje':
      return waarde === true ? 'Ja' : 'Nee';
    default:
      return veld.formaat === 'telefoon' ? formatTelefoonE164(String(waarde)) : String(waarde);
  }
}

export function samenvatting(melding: Melding): Sectie[] {
  const waarden = melding as unknown as Record<string, unknown>;
  const secties: Sectie[] = STAPPEN.map((stap) => ({
    id: stap.id,
    titel: stap.titel,
    rijen: zichtbareVelden(stap, melding.invuller, waarden).map((veld) => {
      const tekst = weergave(veld, waardeOp(waarden, veld.pad));
      return { pad: veld.pad, label: veld.label, waarde: tekst ?? NIET_INGEVULD, ingevuld: tekst !== null };
    }),
  }));
  // Who fills in and in which role: the aanmelder section starts with it.
  const aanmelder = secties.find((s) => s.id === 'aanmelder');
  aanmelder?.rijen.unshift({ pad: 'aanmelder.rol', label: veldOpPad.get('aanmelder.rol')!.label, waarde: ROLLEN[melding.aanmelder.rol], ingevuld: true });
  if (aanmelder) aanmelder.rijen = aanmelder.rijen.filter((r, i, alle) => alle.findIndex((x) => x.pad === r.pad) === i);
  return secties;
}

/** Full name as it is written on the PDF: "Łukasz van Nguyễn". */
export function volledigeNaam(melding: Melding): string {
  return [melding.client.voornamen, melding.client.tussenvoegsel, melding.client.achternaam].filter(Boolean).join(' ');
}
