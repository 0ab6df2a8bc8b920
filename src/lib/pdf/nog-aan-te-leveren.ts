import { NOG_AAN_TE_LEVEREN_TEKST as T } from '../ui-tekst.ts';
import type { Blok } from './blokken.ts';

/** Section "Nog aan te leveren": what the gemeente will likely still ask for (the check page shows the same). */
export function nogAanTeLeverenBlokken(punten: readonly string[]): Blok[] {
  return [
    { soort: 'kop', tekst: T.titel },
    { soort: 'tekst', tekst: T.uitleg, stijl: 'klein' },
    { soort: 'opsomming', punten },
  ];
}
