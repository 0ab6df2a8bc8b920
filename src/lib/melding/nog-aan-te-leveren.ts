import { STAPPEN, waardeOp, zichtbareVelden } from './formulier.ts';
import type { Melding } from './schema.ts';
import type { FormulierWaarden, Vraag } from './vraag.ts';

/**
 * What the gemeente will likely still need: the portal's own checklist of documents (the seeds
 * name no documents for a melding, so the PDF and the check page call it a checklist of this
 * site, not the gemeente's list), and every answer left
 * empty that matters for the decision. An incomplete melding stays useful and honest about
 * what is missing.
 */
/** Section "Nog aan te leveren" (check page and PDF): what the gemeente will likely still ask for. */
export const NOG_AAN_TE_LEVEREN_TITEL = 'Nog aan te leveren';
/** Honest about the list: a checklist of this site, not a list the gemeente or a source gives. */
export const NOG_AAN_TE_LEVEREN_UITLEG =
  'Dit heeft de gemeente waarschijnlijk nog nodig. Dit is een hulplijst van het Safehouse-portaal, geen lijst van de gemeente: vraag de gemeente wat zij echt nodig heeft.';

// Only what the sources name: the kliniek's advice with its assessment whether recovery in the
// client's own surroundings is feasible (VNG-handreiking §8). No source gives a fixed list of
// documents (issue #14), so the list says so instead of inventing one.
export const STANDAARD_BIJLAGEN = [
  'Het behandeladvies van de kliniek, met haar inschatting of herstel in de eigen omgeving kan',
  'Andere stukken alleen als de gemeente erom vraagt: de bronnen geven geen vaste lijst',
] as const;

const isLeeg = (w: unknown) => w === undefined || w === null || w === '' || (Array.isArray(w) && w.length === 0);

const isBelangrijk = (veld: Vraag, waarden: FormulierWaarden) => (typeof veld.belangrijk === 'function' ? veld.belangrijk(waarden) : veld.belangrijk === true);

/**
 * Empty answers that matter for the decision (fields marked `belangrijk` in vragen.ts): the
 * gemeente investigates the help needed on the leefgebieden, whether recovery in the own
 * surroundings can work according to the kliniek, which safehouse, and where the cliënt wants
 * to live afterwards (VNG-handreiking §8); it plans around admission and discharge (§6.2); and
 * it sends its beschikking to an address and invites for a conversation.
 */
export function nogAanTeLeveren(melding: Melding): string[] {
  const waarden = melding as unknown as Record<string, unknown>;
  const leeg = STAPPEN.flatMap((stap) => zichtbareVelden(stap, melding.invuller, waarden))
    .filter((v) => isBelangrijk(v, waarden))
    .filter((v) => isLeeg(waardeOp(waarden, v.pad)))
    .map((v) => `${v.label}: nog niet ingevuld`);
  if (!melding.client.telefoon && !melding.client.email) leeg.push('Telefoonnummer of e-mailadres van de cliënt: nog niet ingevuld');
  if (Object.values(melding.leefgebieden).every(isLeeg)) leeg.push('Leefgebieden (gezondheid, geld, wonen, werk, netwerk): nog niets ingevuld');
  if (!melding.client.bsn) leeg.push('BSN van de cliënt: nog niet ingevuld (de gemeente kan het ook zelf opvragen)');
  return [...STANDAARD_BIJLAGEN, ...leeg];
}
