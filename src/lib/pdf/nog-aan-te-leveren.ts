import type { Blok } from './blokken.ts';

/** Section "Nog aan te leveren": what the gemeente will likely still ask for. */
export const NOG_AAN_TE_LEVEREN_TITEL = 'Nog aan te leveren';

export function nogAanTeLeverenBlokken(punten: readonly string[]): Blok[] {
  return [
    { soort: 'kop', tekst: NOG_AAN_TE_LEVEREN_TITEL },
    { soort: 'tekst', tekst: 'De gemeente vraagt bij een melding meestal ook om het volgende. Stuur het mee of lever het later aan.', stijl: 'klein' },
    { soort: 'opsomming', punten },
  ];
}
