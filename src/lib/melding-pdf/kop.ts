import { datumVoluit } from '../kern/datum.ts';
import { WEKEN_TOT_BESLISSING } from '../melding/termijnen.ts';
import type { Blok } from '../pdf/blokken.ts';

/** The top of the first page: title, addressee and the gemeente's deadline. */
export const PDF_TITEL = 'Melding beschermd wonen — safehouse';

export function aanGemeente(gemeente: string): string {
  return `Aan: Wmo-toegang van de gemeente ${gemeente}`;
}

const TERMIJN_UITLEG = `Vanaf de meldingsdatum heeft de gemeente hoogstens ${WEKEN_TOT_BESLISSING} weken om te onderzoeken wat nodig is en te beslissen (de beschikking).`;

export interface Kop {
  titel: string;
  aan: string;
  /** ISO dates; null on the blank form. */
  meldingsdatum: string | null;
  beslissingUiterlijk: string | null;
}

export function kopBlokken(kop: Kop): Blok[] {
  const blokken: Blok[] = [
    { soort: 'titel', tekst: kop.titel },
    { soort: 'tekst', tekst: kop.aan, stijl: 'vet' },
  ];
  if (kop.meldingsdatum !== null && kop.beslissingUiterlijk !== null) {
    blokken.push(
      { soort: 'vraag', label: 'Meldingsdatum', antwoord: datumVoluit(kop.meldingsdatum) },
      { soort: 'vraag', label: 'De gemeente beslist uiterlijk op', antwoord: datumVoluit(kop.beslissingUiterlijk) },
    );
  }
  blokken.push({ soort: 'tekst', tekst: TERMIJN_UITLEG, stijl: 'klein' });
  return blokken;
}
