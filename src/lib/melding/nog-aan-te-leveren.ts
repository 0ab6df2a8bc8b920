import { STAPPEN, waardeOp, zichtbareVelden } from './formulier.ts';
import type { Melding } from './schema.ts';

/**
 * What the gemeente will likely still need: the documents a gemeente usually asks for with a
 * melding for beschermd wonen (VNG-handreiking §6.2 and §8), and every answer left empty that
 * matters for the decision. An incomplete melding stays useful and honest about what is missing.
 */
export const STANDAARD_BIJLAGEN = [
  'Recente diagnostiek (bijvoorbeeld een verslag van de behandelaar)',
  'Het behandeladvies van de kliniek',
  'Het begeleidingsplan of evaluatieverslag, als er al een is',
  'Een geldig identiteitsbewijs van de cliënt (laten zien bij de gemeente, niet meesturen als kopie zonder afspraak)',
] as const;

export function nogAanTeLeveren(melding: Melding): string[] {
  const waarden = melding as unknown as Record<string, unknown>;
  const leeg = STAPPEN.flatMap((stap) => zichtbareVelden(stap, melding.invuller, waarden))
    .filter((v) => v.belangrijk)
    .filter((v) => {
      const w = waardeOp(waarden, v.pad);
      return w === undefined || w === null || w === '' || (Array.isArray(w) && w.length === 0);
    })
    .map((v) => `${v.label}: nog niet ingevuld`);
  if (!melding.client.bsn) leeg.push('BSN van de cliënt: nog niet ingevuld (de gemeente kan het ook zelf opvragen)');
  return [...STANDAARD_BIJLAGEN, ...leeg];
}

