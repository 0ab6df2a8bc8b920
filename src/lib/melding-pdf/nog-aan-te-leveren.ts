import { NOG_AAN_TE_LEVEREN_TITEL, NOG_AAN_TE_LEVEREN_UITLEG } from '../melding/nog-aan-te-leveren.ts';
import type { Blok } from '../pdf/blokken.ts';

/** Section "Nog aan te leveren" of the PDF, with the same title and note as the check page. */
export function nogAanTeLeverenBlokken(punten: readonly string[]): Blok[] {
  return [
    { soort: 'kop', tekst: NOG_AAN_TE_LEVEREN_TITEL },
    { soort: 'tekst', tekst: NOG_AAN_TE_LEVEREN_UITLEG, stijl: 'klein' },
    { soort: 'opsomming', punten },
  ];
}
