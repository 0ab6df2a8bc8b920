import type { Sjabloon } from './types.ts';

/** Model werkafspraken gemeente–safehouse, after the example in the VNG-handreiking (§8), in our own words. */
export const WERKAFSPRAKEN: Sjabloon = {
  id: 'werkafspraken',
  titel: 'Werkafspraken gemeente en safehouse',
  inleiding:
    'Afspraken tussen een gemeente en een safehouse over de instroom, de beschikking, contact en een voortijdig einde, zodat vóór de start duidelijk is wie wat doet.',
  bron: 'Naar het voorbeeld van werkafspraken in de VNG-handreiking safehouses (maart 2022), §8, en de aanwijzingen per fase in §6.',
  velden: [
    { id: 'safehouse', label: 'Naam van het safehouse', inZin: 'de naam van het safehouse', soort: 'tekst' },
    { id: 'regio', label: 'Regio', inZin: 'de regio', soort: 'tekst' },
    { id: 'gemeente', label: 'Gemeente (toegangsteam dat de indicatie stelt)', inZin: 'de gemeente', soort: 'tekst' },
    { id: 'behandelorganisatie', label: 'Behandelorganisatie (kliniek)', inZin: 'de behandelorganisatie', soort: 'tekst' },
    { id: 'contactToegang', label: 'Contactpersoon bij het toegangsteam (naam, telefoon)', inZin: 'de contactpersoon bij het toegangsteam', soort: 'tekst' },
    { id: 'contactSafehouse', label: 'Contactpersoon bij het safehouse (naam, telefoon)', inZin: 'de contactpersoon bij het safehouse', soort: 'tekst' },
    { id: 'ingangsdatum', label: 'Ingangsdatum van deze afspraken', inZin: 'de ingangsdatum van deze afspraken', soort: 'datum', hint: 'Dag-maand-jaar.' },
    {
      id: 'aanvullend',
      label: 'Aanvullende afspraken',
      inZin: 'de aanvullende afspraken',
      soort: 'tekstvlak',
      hint: 'Bijvoorbeeld evaluatiemomenten, het melden van waarschuwingen en time-outs, of een kortere termijn.',
    },
  ],
  artikelen: [
    {
      titel: '1. Financiering',
      tekst:
        'De ondersteuning in {safehouse} wordt betaald met een Wmo-beschikking, meestal voor beschermd wonen, afhankelijk van de zorgvraag. Het toegangsteam van de gemeente {gemeente} (regio {regio}) stelt de indicatie.',
    },
    {
      titel: '2. Duur van de beschikking',
      tekst:
        'Een beschikking geldt doorgaans voor een jaar. Is daarna meer tijd nodig, dan kan de cliënt een vervolgbeschikking aanvragen, meestal voor ambulante begeleiding.',
    },
    {
      titel: '3. Eerste inschatting',
      tekst:
        '{behandelorganisatie} schat bij de behandelintake samen met de cliënt in of herstel in de eigen omgeving kan, of dat een beschermde woonomgeving nodig is. Is plaatsing buiten de regio waarschijnlijk, dan informeert zij de gemeente van herkomst.',
    },
    {
      titel: '4. Contact tijdens de behandeling',
      tekst:
        'Behandelaar en gemeente van herkomst houden contact over de voortgang, en er wordt een voorlopige aanvraag gedaan voor plaatsing buiten de regio.',
    },
    {
      titel: '5. Melding door het safehouse',
      tekst:
        'Staat vast dat {safehouse} de cliënt opneemt, dan meldt het safehouse zich samen met de cliënt bij de gemeente van herkomst, met de vraag of die instemt met plaatsing direct na de kliniek.',
    },
    {
      titel: '6. Onderzoek en beschikking',
      tekst:
        'De gemeente rondt binnen zes weken na ontvangst van de melding het onderzoek af (Wmo 2015, art. 2.3.2 lid 1): of beschermd wonen nodig is en wat de beste plek voor herstel is. Na de aanvraag beslist zij binnen twee weken (Wmo 2015, art. 2.3.5 lid 1); is beschermd wonen nodig, dan geeft zij een beschikking af. De VNG-handreiking (§6.2) telt dat samen als hoogstens acht weken na de melding; dat is geen wettelijke termijn. De zorgzwaarte en het tarief van de gemeente zijn leidend, niet de kostprijs van het safehouse.',
    },
    {
      titel: '7. Plaatsing vóór de beschikking',
      tekst:
        'Plaatst het safehouse iemand vóór de beschikking, dan is dat voor risico van het safehouse, tenzij de gemeente vooraf schriftelijk heeft ingestemd met de plaatsing en met de ingangsdatum van de beschikking. De gemeente is geïnformeerd en geeft zo snel mogelijk uitsluitsel.',
    },
    {
      titel: '8. Contactpersonen',
      tekst:
        'Aanspreekpunt voor het safehouse bij het toegangsteam: {contactToegang}. Aanspreekpunt voor het toegangsteam bij het safehouse: {contactSafehouse}.',
    },
    {
      titel: '9. Voortijdig einde',
      tekst:
        'Stopt de cliënt het traject, dan informeert de behandelorganisatie of het safehouse de gemeente meteen. De cliënt wordt aan de gemeente overgedragen en gaat naar het uitstroomadres dat bij de intake is opgegeven.',
    },
    {
      titel: '10. Facturering',
      tekst: 'Gemeente en safehouse sluiten bij voorkeur per cliënt een overeenkomst, zodat het safehouse rechtstreeks aan de gemeente factureert.',
    },
    { titel: '11. Ingang en aanvullende afspraken', tekst: 'Deze afspraken gelden vanaf {ingangsdatum}. Aanvullend: {aanvullend}' },
  ],
  ondertekenaars: [
    { wie: 'Namens de gemeente', naamVeld: 'gemeente' },
    { wie: 'Namens het safehouse', naamVeld: 'safehouse' },
  ],
};
