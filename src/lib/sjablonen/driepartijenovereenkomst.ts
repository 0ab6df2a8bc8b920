import type { Sjabloon } from './types.ts';

/**
 * Afspraken over wonen met begeleiding, between huurder, verhuurder and zorgverlener: the
 * portal's own template (issue #14). Trimbos (2024) includes a third party's agreement from
 * Twenterand as Bijlage 2; this template covers the same kind of topics, but its structure and
 * wording are ours, and it promises nothing the law does not allow: the verhuurder cannot end
 * the lease outside huurrecht, and information is shared per subject, with consent that can be
 * withdrawn, not under one blanket consent.
 */
export const DRIEPARTIJENOVEREENKOMST: Sjabloon = {
  id: 'driepartijenovereenkomst',
  titel: 'Driepartijenovereenkomst wonen met begeleiding',
  inleiding:
    'Afspraken naast het huurcontract, voor iemand die na een verslaving zelfstandig gaat wonen met begeleiding: wie wat doet, hoe de huur betaald wordt, welke gegevens gedeeld worden en wanneer partijen samen terugkijken.',
  bron: 'Eigen sjabloon van het Safehouse-portaal. De onderwerpen sluiten aan bij de driepartijenovereenkomst die het Trimbos-instituut (Gemeentelijke aanpak middelenproblematiek, 2024) als voorbeeld noemt; indeling en tekst zijn van het portaal. Laat de tekst vóór gebruik toetsen door een jurist.',
  velden: [
    { id: 'huurder', label: 'A. Huurder: naam', inZin: 'de naam van de huurder', soort: 'tekst' },
    { id: 'geboortedatum', label: 'A. Huurder: geboortedatum', inZin: 'de geboortedatum van de huurder', soort: 'datum', hint: 'Dag-maand-jaar.' },
    { id: 'verhuurder', label: 'B. Verhuurder', inZin: 'de verhuurder', soort: 'tekst' },
    { id: 'vertegenwoordigerB', label: 'B. Vertegenwoordigd door', inZin: 'de vertegenwoordiger van de verhuurder', soort: 'tekst' },
    { id: 'zorgverlener', label: 'C. Zorgverlener', inZin: 'de zorgverlener', soort: 'tekst' },
    { id: 'vertegenwoordigerC', label: 'C. Vertegenwoordigd door', inZin: 'de vertegenwoordiger van de zorgverlener', soort: 'tekst' },
    { id: 'adres', label: 'Adres van de woning', inZin: 'het adres van de woning', soort: 'tekst' },
    { id: 'beheerder', label: 'Wie helpt met geld (bewindvoerder of budgetbeheer), als dat is afgesproken', inZin: 'wie helpt met geld', soort: 'tekst' },
    {
      id: 'gegevens',
      label: 'Welke gegevens verhuurder en zorgverlener mogen delen, en waarvoor',
      inZin: 'welke gegevens gedeeld mogen worden',
      soort: 'tekstvlak',
      hint: 'Bijvoorbeeld: een betalingsachterstand, zodat de zorgverlener kan helpen. Noem alleen wat nodig is.',
    },
    {
      id: 'evaluatie',
      label: 'Datum van het eerste gesprek om terug te kijken',
      inZin: 'de datum van het eerste evaluatiegesprek',
      soort: 'datum',
      hint: 'Dag-maand-jaar.',
    },
    { id: 'plaats', label: 'Plaats van ondertekening', inZin: 'de plaats van ondertekening', soort: 'tekst' },
  ],
  artikelen: [
    {
      titel: 'Waarom deze afspraken',
      tekst:
        '{huurder} huurt de woning op {adres} van {verhuurder}. Partijen willen dat het wonen goed gaat en dat de huurder daarbij steun krijgt van {zorgverlener}. Deze afspraken komen naast het huurcontract. Ze nemen geen rechten weg die de huurder heeft uit het huurcontract of de wet.',
    },
    {
      titel: 'Begeleiding',
      tekst:
        'De huurder en {zorgverlener} spreken begeleiding af, bijvoorbeeld bij het huishouden, het contact met buren en bezoek, en geld. Wat de begeleiding precies inhoudt, staat in een eigen plan van de huurder en de zorgverlener, niet in deze overeenkomst.',
    },
    {
      titel: 'Huur en geld',
      tekst:
        'De huurder betaalt de huur op tijd. Als dat is afgesproken, helpt {beheerder} daarbij. Wil de huurder dat veranderen, dan overlegt de huurder eerst met de zorgverlener, zodat de huur betaald blijft.',
    },
    {
      titel: 'Het huurcontract blijft gelden',
      tekst:
        'Voor het gebruik van de woning, onderhuur, inwoning en overlast gelden de regels uit het huurcontract en de wet. Deze overeenkomst voegt daar geen straffen aan toe.',
    },
    {
      titel: 'Als er zorgen zijn',
      tekst:
        'Merkt een van de partijen dat het minder goed gaat, dan neemt die contact op met de huurder en, als de huurder dat goed vindt, met de andere partij. Partijen zoeken eerst samen met de huurder naar een oplossing.',
    },
    {
      titel: 'Gegevens delen',
      tekst:
        'Verhuurder en zorgverlener delen alleen deze gegevens, voor dit doel: {gegevens}. Andere gegevens delen zij alleen als de huurder daar apart toestemming voor geeft. De huurder kan een toestemming altijd intrekken en mag inzien wat over hem of haar is gedeeld.',
    },
    {
      titel: 'Terugkijken',
      tekst:
        'Partijen kijken samen met de huurder terug op hoe het wonen gaat, voor het eerst op {evaluatie}, en daarna wanneer een van hen dat vraagt. De huurder krijgt een verslag.',
    },
    {
      titel: 'Aanpassen en stoppen',
      tekst: 'Partijen kunnen deze afspraken samen aanpassen of beëindigen. Stopt deze overeenkomst, dan loopt het huurcontract gewoon door volgens de wet.',
    },
  ],
  ondertekeningTekst: 'Plaats: {plaats}. De vertegenwoordigers van B ({vertegenwoordigerB}) en C ({vertegenwoordigerC}) tekenen namens hun organisatie.',
  ondertekenaars: [
    { wie: 'Huurder (A)', naamVeld: 'huurder' },
    { wie: 'Verhuurder (B)', naamVeld: 'verhuurder' },
    { wie: 'Zorgverlener (C)', naamVeld: 'zorgverlener' },
  ],
};
