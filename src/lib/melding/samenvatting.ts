import { formatTelefoonE164 } from './weergave.ts';
import { STAPPEN, waardeOp, zichtbareVelden, type Stap, type Vraag } from './formulier.ts';
import { datumVoluit, datumVoorFormulier } from '../kern/datum.ts';
import { ROLLEN } from './keuzes.ts';
import type { Melding } from './schema.ts';
import type { Invuller } from './woordenschat.ts';

/**
 * A validated melding as sections of "question: answer" rows, in form order: the single
 * source of the check page and the PDF. Empty optional answers read "niet ingevuld" (the PDF
 * names them together at the end of their section instead: melding-pdf/antwoorden.ts).
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
      // A value given without asking (`zonderVraag`, only the aanmelder's role) is one of ROLLEN.
      return veld.opties?.[String(waarde)] ?? (veld.zonderVraag ? ROLLEN[String(waarde) as keyof typeof ROLLEN] : undefined) ?? String(waarde);
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

/**
 * The questions of a step that have a row: those asked of this audience, and those answered for
 * them without asking (`zonderVraag`, e.g. the aanmelder's role when the cliënt fills it in).
 */
const inOverzicht = (stap: Stap, invuller: Invuller, waarden: Record<string, unknown>) =>
  stap.velden.filter((v) => zichtbareVelden(stap, invuller, waarden).includes(v) || v.zonderVraag?.[invuller] !== undefined);

export function samenvatting(melding: Melding): Sectie[] {
  const waarden = melding as unknown as Record<string, unknown>;
  const secties: Sectie[] = STAPPEN.map((stap) => ({
    id: stap.id,
    titel: stap.titel,
    rijen: inOverzicht(stap, melding.invuller, waarden).map((veld) => {
      const tekst = weergave(veld, waardeOp(waarden, veld.pad));
      return { pad: veld.pad, label: veld.label, waarde: tekst ?? NIET_INGEVULD, ingevuld: tekst !== null };
    }),
  }));
  return secties;
}

/** Full name as it is written on the PDF: "Łukasz van Nguyễn". */
export function volledigeNaam(melding: Melding): string {
  return [melding.client.voornamen, melding.client.tussenvoegsel, melding.client.achternaam].filter(Boolean).join(' ');
}
