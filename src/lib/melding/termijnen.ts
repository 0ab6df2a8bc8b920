import { dagenTussen, plusDagen } from '../kern/datum.ts';

/**
 * The Wmo timeline after a melding (VNG-handreiking safehouses, §6.2 and §8): the gemeente
 * decides within at most 8 weeks; in the VNG's example agreements the onderzoek takes at most
 * 6 weeks, then the beschikking follows. Dates are calendar dates (ISO), no time zones.
 */
export const WEKEN_TOT_BESLISSING = 8;
export const WEKEN_ONDERZOEK = 6;
/** A safehouse is for adults (the age check of the melding). */
export const MINIMUMLEEFTIJD = 18;

export interface Tijdlijn {
  meldingsdatum: string;
  /** End of the onderzoek in the VNG example agreements (6 weeks). */
  onderzoekUiterlijk: string;
  /** Latest date of the decision (beschikking): 8 weeks after the melding. */
  beslissingUiterlijk: string;
  verwachteOntslagdatum: string | null;
  /** The clinic stay is expected to end before the gemeente must have decided. */
  ontslagVoorBeslissing: boolean;
  /** Days between expected discharge and the latest decision date, when positive. */
  dagenTekort: number;
}

export function tijdlijn(meldingsdatum: string, verwachteOntslagdatum?: string | null): Tijdlijn {
  const beslissingUiterlijk = plusDagen(meldingsdatum, WEKEN_TOT_BESLISSING * 7);
  const ontslag = verwachteOntslagdatum ?? null;
  const ontslagVoorBeslissing = ontslag !== null && ontslag < beslissingUiterlijk;
  return {
    meldingsdatum,
    onderzoekUiterlijk: plusDagen(meldingsdatum, WEKEN_ONDERZOEK * 7),
    beslissingUiterlijk,
    verwachteOntslagdatum: ontslag,
    ontslagVoorBeslissing,
    dagenTekort: ontslagVoorBeslissing ? dagenTussen(ontslag!, beslissingUiterlijk) : 0,
  };
}

/** What the handreiking offers when discharge comes before the decision (§6.2). */
export const ALS_ONTSLAG_EERDER_IS = [
  'Vraag de gemeente of er in de regio een kortere termijn is afgesproken, bijvoorbeeld 5 weken.',
  'De regiebehandelaar kan met de zorgverzekeraar verblijf met rechtvaardigingsgrond (VMR) afspreken, zodat de cliënt langer in de kliniek kan blijven (hoogstens zes maanden).',
  'Laat het verblijf in de kliniek niet eindigen voordat het vervolg geregeld is.',
] as const;
