import { datumVoluit } from '../kern/datum.ts';
import { WEKEN_TOT_BESLISSING } from '../melding/termijnen.ts';
import type { Blok } from '../pdf/blokken.ts';

/** The top of the first page: title, addressee and the gemeente's deadline. */
export const PDF_TITEL = 'Melding beschermd wonen — safehouse';

export function aanGemeente(gemeente: string): string {
  return `Aan: Wmo-toegang van de gemeente ${gemeente}`;
}

const TERMIJN_UITLEG = `Deze datum geldt als de gemeente de melding op de meldingsdatum ontvangt: de termijnen beginnen bij ontvangst, niet op de dag dat dit formulier is ingevuld. De gemeente onderzoekt binnen 6 weken na de melding (Wmo 2015, art. 2.3.2) en beslist binnen 2 weken na de aanvraag (art. 2.3.5); de VNG-handreiking telt dat op tot hoogstens ${WEKEN_TOT_BESLISSING} weken.`;

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
