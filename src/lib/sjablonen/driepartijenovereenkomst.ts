import type { Sjabloon } from './types.ts';

/** Driepartijenovereenkomst huurder–verhuurder–zorgverlener, after Trimbos (2024) Bijlage 2, summarised in our own words. */
export const DRIEPARTIJENOVEREENKOMST: Sjabloon = {
  id: 'driepartijenovereenkomst',
  titel: 'Driepartijenovereenkomst wonen met begeleiding',
  inleiding:
    'Voorwaarden bij het huren van een woning door iemand met complexe middelenproblematiek: welke begeleiding de huurder aanvaardt, wie de financiën beheert, welke informatie gedeeld wordt en wanneer wordt geëvalueerd.',
  bron: 'Naar het voorbeeld in Trimbos-instituut, Gemeentelijke aanpak middelenproblematiek (2024), Bijlage 2, samengevat in eigen woorden. Of de gevolgen bij de rechter standhouden, is volgens de bron onzeker.',
  velden: [
    { id: 'huurder', label: 'A. Huurder: naam', inZin: 'de naam van de huurder', soort: 'tekst' },
    { id: 'geboortedatum', label: 'A. Huurder: geboortedatum', inZin: 'de geboortedatum van de huurder', soort: 'datum', hint: 'Dag-maand-jaar.' },
    { id: 'verhuurder', label: 'B. Verhuurder (woningcorporatie)', inZin: 'de verhuurder', soort: 'tekst' },
    { id: 'vertegenwoordigerB', label: 'B. Vertegenwoordigd door', inZin: 'de vertegenwoordiger van de verhuurder', soort: 'tekst' },
    { id: 'zorgverlener', label: 'C. Zorgverlenende instantie', inZin: 'de zorgverlenende instantie', soort: 'tekst' },
    { id: 'vertegenwoordigerC', label: 'C. Vertegenwoordigd door', inZin: 'de vertegenwoordiger van de zorgverlener', soort: 'tekst' },
    { id: 'adres', label: 'Adres van de woning', inZin: 'het adres van de woning', soort: 'tekst' },
    { id: 'beheerder', label: 'Organisatie die de financiën beheert', inZin: 'de organisatie die de financiën beheert', soort: 'tekst' },
    { id: 'ingangsdatum', label: 'Ingangsdatum van de huur', inZin: 'de ingangsdatum van de huur', soort: 'datum', hint: 'Dag-maand-jaar.' },
    { id: 'plaats', label: 'Plaats van ondertekening', inZin: 'de plaats van ondertekening', soort: 'tekst' },
  ],
  artikelen: [
    { titel: '1. Noodzaak en doel', tekst: 'Partijen vinden begeleiding bij het wonen en leven van {huurder} nodig of zeer gewenst. {verhuurder} verhuurt de woning op {adres}; deze overeenkomst is een voorzorg tegen overlast en andere problemen.' },
    { titel: '2. Begeleiding', tekst: 'De huurder aanvaardt begeleiding van {zorgverlener} bij het goed bewonen en onderhouden van de woning, het omgaan met buren en bezoek, het voorkomen van overlast, en de financiën. De huurder is verantwoordelijk voor overlast door bezoekers.' },
    { titel: '3. Geen onderverhuur', tekst: 'De huurder verhuurt de woning niet, ook niet gedeeltelijk, onder en laat niemand inwonen.' },
    { titel: '4. Logees', tekst: 'De huurder weet dat anderen in huis laten verblijven de kans op overlast vergroot.' },
    { titel: '5. Financiële administratie', tekst: '{beheerder} beheert de financiën. Zolang de huurder de woning huurt, blijft de huurder cliënt van deze of een vergelijkbare organisatie; een wisseling meldt de huurder op tijd aan de verhuurder.' },
    { titel: '6. Melden', tekst: 'De huurder meldt bijzondere situaties aan de verhuurder en aan de zorgverlener.' },
    { titel: '7. Begeleidingscontract', tekst: 'De huurder tekent bij {zorgverlener} een begeleidingscontract en werkt daar volledig aan mee. De inhoud daarvan hoort niet bij deze overeenkomst.' },
    { titel: '8. Gevolgen', tekst: 'Houdt de huurder zich niet aan deze afspraken of aan het huurcontract, dan zegt de verhuurder de huur op, zonder recht op andere woonruimte.' },
    { titel: '9. Informatie delen', tekst: 'De huurder geeft verhuurder en zorgverlener toestemming om onderling en met andere betrokken instanties informatie uit te wisselen. De huurder hoort over die contacten en mag rapportages inzien en een kopie krijgen.' },
    { titel: '10. Evaluatie', tekst: 'Verhuurder en zorgverlener evalueren het wonen en leven van de huurder, voor het eerst drie maanden na de ingangsdatum van de huur ({ingangsdatum}) of zo nodig eerder. De huurder krijgt een kopie en mag erbij zijn.' },
  ],
  // Bijlage 2 ends with only the place ("[plaatsnaam],") and three signatures; the note on the
  // representatives stands under "Ondergetekenden" there.
  ondertekeningTekst:
    'Plaats: {plaats}. De vertegenwoordigers van B ({vertegenwoordigerB}) en C ({vertegenwoordigerC}) tekenen namens hun organisatie; een collega van dezelfde organisatie kan hen vervangen.',
  ondertekenaars: [{ wie: 'Huurder (A)', naamVeld: 'huurder' }, { wie: 'Verhuurder (B)', naamVeld: 'verhuurder' }, { wie: 'Zorgverlener (C)', naamVeld: 'zorgverlener' }],
};
