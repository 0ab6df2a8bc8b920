import { MAX_TEKENS } from '../kern/tekens.ts';
import { EMAIL_MAX } from './invoer.ts';
import { MINIMUMLEEFTIJD } from './termijnen.ts';
import type { Invuller } from './woordenschat.ts';
import { opgehevenZin, voormaligeGemeente } from '../gemeenten/namen.ts';

/**
 * Every error the melding schema can give, as a code, with its Dutch message. Messages name the
 * field (its label, lower-case where it runs on) and say how to fix it. The field is never the
 * subject of a verb, so "de voornamen" and "het BSN" read equally well. Messages about the
 * cliënt address the cliënt as "je" when they fill in the form themselves. A test walks every code.
 */
interface FoutOpties {
  invuller?: Invuller;
  /** Maximum length, for `te_lang`. */
  max?: number;
  /** The gemeente as typed, for `gemeente_opgeheven`. */
  gemeente?: string;
}

const isClient = (o: FoutOpties) => o.invuller === 'client';

export const FOUTBERICHTEN = {
  verplicht: (veld: string) => `Vul ${veld} in.`,
  keuze_verplicht: (veld: string) => `Kies ${veld}.`,
  minstens_een: (veld: string) => `Kies minstens één antwoord bij ${veld}.`,
  te_lang: (veld: string, o: FoutOpties) => `Gebruik bij ${veld} hoogstens ${o.max ?? MAX_TEKENS.regel} tekens. Kort de tekst in.`,
  tekens_onbekend: (veld: string) => `Bij ${veld} staan tekens die de PDF niet kan tonen. Gebruik Latijnse letters, zoals in een Nederlands paspoort.`,
  datum_ongeldig: (veld: string) => `Vul bij ${veld} een bestaande datum in, zoals 17-03-1990.`,
  datum_toekomst: (veld: string) => `Vul bij ${veld} een datum in die niet in de toekomst ligt.`,
  datum_verleden: (veld: string) => `Vul bij ${veld} een datum in die niet in het verleden ligt.`,
  datum_te_oud: (veld: string) => `Vul bij ${veld} een datum van het afgelopen jaar in, bijvoorbeeld de datum van vandaag.`,
  voor_geboorte: (veld: string, o: FoutOpties) => `Vul bij ${veld} een datum in na ${isClient(o) ? 'je' : 'de'} geboortedatum.`,
  minderjarig: (_veld: string, o: FoutOpties) =>
    `${isClient(o) ? 'Je moet' : 'De cliënt moet'} ${MINIMUMLEEFTIJD} jaar of ouder zijn: beschermd wonen via de Wmo is voor volwassenen. Voor jongeren onder de 18 loopt hulp via de Jeugdwet; vraag het de gemeente.`,
  ontslag_voor_opname: () => 'De verwachte ontslagdatum kan niet vóór de opnamedatum liggen.',
  bsn_lengte: () => 'Vul een BSN van 9 cijfers in, of laat het veld leeg.',
  bsn_elfproef: () => 'Dit BSN bestaat niet: controleer de cijfers, of laat het veld leeg.',
  postcode_ongeldig: () => 'Vul een postcode in zoals 1234 AB.',
  telefoon_ongeldig: (veld: string) => `Vul bij ${veld} een Nederlands telefoonnummer in, zoals 06 1234 5678 of 077 123 45 67.`,
  email_ongeldig: (veld: string) => `Vul bij ${veld} een e-mailadres in zoals naam@voorbeeld.nl.`,
  email_te_lang: (veld: string) =>
    `Het e-mailadres bij ${veld} is te lang: een e-mailadres heeft hoogstens ${EMAIL_MAX.geheel} tekens, en vóór de @ hoogstens ${EMAIL_MAX.lokaal}. Controleer of er niets dubbel is geplakt.`,
  agb_ongeldig: () => 'Een AGB-code heeft 8 cijfers. Laat het veld leeg als je die niet weet.',
  gemeente_onbekend: () => 'Kies een gemeente uit de lijst. Typ de eerste letters en kies de juiste gemeente.',
  gemeente_opgeheven: (_veld: string, o: FoutOpties) => {
    const voormalig = o.gemeente ? voormaligeGemeente(o.gemeente) : undefined;
    const zin = voormalig ? `${opgehevenZin(voormalig)} ` : 'Deze gemeente bestaat niet meer. ';
    return `${zin}Kies de gemeente waar ${isClient(o) ? 'je' : 'de cliënt'} nu onder valt: typ de eerste letters en kies uit de lijst.`;
  },
  toestemming_melding_nodig: (_veld: string, o: FoutOpties) =>
    isClient(o)
      ? 'Zonder je toestemming voor de melding kan die niet gemaakt worden. Zet het vinkje als je toestemming geeft.'
      : 'De cliënt moet toestemming geven voor de melding. Vraag de cliënt eerst om toestemming en zet dan het vinkje.',
  toestemming_informatiedeling_nodig: (_veld: string, o: FoutOpties) =>
    isClient(o)
      ? 'Zonder je toestemming om informatie te delen kan de melding niet gemaakt worden. Zet het vinkje als je toestemming geeft.'
      : 'De cliënt moet toestemming geven om informatie te delen tussen kliniek, safehouse en gemeente. Vraag de cliënt eerst om toestemming en zet dan het vinkje.',
} as const satisfies Record<string, (veld: string, opties: FoutOpties) => string>;

export type Foutcode = keyof typeof FOUTBERICHTEN;
export const FOUTCODES = Object.keys(FOUTBERICHTEN) as Foutcode[];

function isFoutcode(tekst: string): tekst is Foutcode {
  return tekst in FOUTBERICHTEN;
}

/** The message for a code and a field; the field name comes from the form's definition. */
export function foutbericht(code: string, veld: string, opties: FoutOpties = {}): string {
  return isFoutcode(code) ? FOUTBERICHTEN[code](veld, opties) : `Controleer ${veld}.`;
}
