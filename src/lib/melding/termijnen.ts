import { dagenTussen, plusDagen } from '../kern/datum.ts';

/**
 * The Wmo terms after a melding. The law has two terms, one after the other:
 * - the onderzoek is done within 6 weeks after the melding (Wmo 2015, art. 2.3.2 lid 1);
 * - the beschikking follows within 2 weeks after the aanvraag (art. 2.3.5 lid 1).
 * The VNG-handreiking (§6.2) adds them up to "at most 8 weeks" from melding to decision; that is
 * its count, not a legal term, and it only holds when the aanvraag follows the onderzoek at once.
 *
 * Every term runs from the day the gemeente RECEIVES the melding, which no form knows. So a
 * timeline is always computed from an assumed day of receipt (`ontvangst`): the form uses today
 * and says so ("als de gemeente je melding vandaag ontvangt"); the PDF gives no computed dates.
 * Dates are calendar dates (ISO), no time zones.
 */
export const WEKEN_ONDERZOEK = 6;
export const WEKEN_BESLUIT_NA_AANVRAAG = 2;
/** The VNG-handreiking's count from melding to decision (6 + 2), not a legal term. */
export const WEKEN_VNG_TELLING = WEKEN_ONDERZOEK + WEKEN_BESLUIT_NA_AANVRAAG;
/** A safehouse is for adults (the age check of the melding). */
export const MINIMUMLEEFTIJD = 18;

export interface Tijdlijn {
  /** The assumed day the gemeente receives the melding; every date below follows from it. */
  ontvangst: string;
  /** Latest end of the onderzoek: 6 weeks after receipt (Wmo 2015, art. 2.3.2 lid 1). */
  onderzoekUiterlijk: string;
  /** 8 weeks after receipt: the decision date by the VNG-handreiking's count, not by law. */
  beslissingVolgensVng: string;
  verwachteOntslagdatum: string | null;
  /** The clinic stay is expected to end before the VNG count's decision date. */
  ontslagVoorBeslissing: boolean;
  /** Days between expected discharge and that date, when positive. */
  dagenTekort: number;
}

export function tijdlijn(ontvangst: string, verwachteOntslagdatum?: string | null): Tijdlijn {
  const beslissingVolgensVng = plusDagen(ontvangst, WEKEN_VNG_TELLING * 7);
  const ontslag = verwachteOntslagdatum ?? null;
  const ontslagVoorBeslissing = ontslag !== null && ontslag < beslissingVolgensVng;
  return {
    ontvangst,
    onderzoekUiterlijk: plusDagen(ontvangst, WEKEN_ONDERZOEK * 7),
    beslissingVolgensVng,
    verwachteOntslagdatum: ontslag,
    ontslagVoorBeslissing,
    dagenTekort: ontslagVoorBeslissing ? dagenTussen(ontslag!, beslissingVolgensVng) : 0,
  };
}

/** What the handreiking offers when discharge comes before the decision (§6.2). */
export const ALS_ONTSLAG_EERDER_IS = [
  'Vraag de gemeente of er in de regio een kortere termijn is afgesproken, bijvoorbeeld 5 weken.',
  'De regiebehandelaar kan met de zorgverzekeraar verblijf met rechtvaardigingsgrond (VMR) afspreken, zodat de cliënt langer in de kliniek kan blijven (hoogstens zes maanden).',
  'Laat het verblijf in de kliniek niet eindigen voordat het vervolg geregeld is.',
] as const;
