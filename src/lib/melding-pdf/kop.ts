import { datumVoluit } from '../kern/datum.ts';
import { WEKEN_BESLUIT_NA_AANVRAAG, WEKEN_ONDERZOEK, WEKEN_VNG_TELLING } from '../melding/termijnen.ts';
import type { Blok } from '../pdf/blokken.ts';

/** The top of the first page: title, addressee, the date in the form and how the terms run. */
export const PDF_TITEL = 'Melding beschermd wonen — safehouse';

export function aanGemeente(gemeente: string): string {
  return `Aan: Wmo-toegang van de gemeente ${gemeente}`;
}

/**
 * No computed deadline on paper: the terms run from the day the gemeente receives the melding,
 * which the form cannot know (issue #14). The PDF says how they run instead.
 */
export const TERMIJN_UITLEG = `De termijnen van de gemeente beginnen op de dag dat zij deze melding ontvangt, niet op de dag dat dit formulier is ingevuld. Het onderzoek is uiterlijk ${WEKEN_ONDERZOEK} weken na ontvangst klaar (Wmo 2015, art. 2.3.2 lid 1). Na de aanvraag beslist de gemeente binnen ${WEKEN_BESLUIT_NA_AANVRAAG} weken (art. 2.3.5 lid 1). De VNG-handreiking telt dat samen als hoogstens ${WEKEN_VNG_TELLING} weken; dat is geen wettelijke termijn.`;

export interface Kop {
  titel: string;
  aan: string;
  /** The date filled in as the meldingsdatum (ISO); null on the blank form. */
  meldingsdatum: string | null;
}

export function kopBlokken(kop: Kop): Blok[] {
  const blokken: Blok[] = [
    { soort: 'titel', tekst: kop.titel },
    { soort: 'tekst', tekst: kop.aan, stijl: 'vet' },
  ];
  if (kop.meldingsdatum !== null) blokken.push({ soort: 'vraag', label: 'Meldingsdatum', antwoord: datumVoluit(kop.meldingsdatum) });
  blokken.push({ soort: 'tekst', tekst: TERMIJN_UITLEG, stijl: 'klein' });
  return blokken;
}
