import type { Blok } from './blokken.ts';

/** Section "Nog aan te leveren": what the gemeente will likely still ask for. */
export const NOG_AAN_TE_LEVEREN_TITEL = 'Nog aan te leveren';
/** Honest about the list: a checklist of this site, not a list the gemeente or a source gives. */
export const NOG_AAN_TE_LEVEREN_UITLEG =
  'Dit heeft de gemeente waarschijnlijk nog nodig. Dit is een hulplijst van het Safehouse-portaal, geen lijst van de gemeente: vraag de gemeente wat zij echt nodig heeft.';

export function nogAanTeLeverenBlokken(punten: readonly string[]): Blok[] {
  return [
    { soort: 'kop', tekst: NOG_AAN_TE_LEVEREN_TITEL },
    { soort: 'tekst', tekst: NOG_AAN_TE_LEVEREN_UITLEG, stijl: 'klein' },
    { soort: 'opsomming', punten },
  ];
}
