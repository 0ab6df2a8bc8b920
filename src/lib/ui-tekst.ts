/**
 * Every fixed UI string of the site, in one typed place: the chrome, the form fields, the
 * melding form and the template forms. Strings only for screen readers end in
 * `…accessibleLabel` (as in withastro/starlight's translations). Texts that need a number take
 * it as an argument, so a fact such as a term lives with its rule, not here.
 */
export const UI = {
  siteNaam: 'Safehouse-portaal',
  siteOndertitel: 'Beschermd wonen na een verslavingskliniek',
  skipLink: 'Naar de inhoud',
  hoofdnavigatieAccessibleLabel: 'Hoofdmenu',
  kruimelpadAccessibleLabel: 'Kruimelpad',
  voettekstnavigatieAccessibleLabel: 'Over deze site',
  zoekveldLabel: 'Zoeken op deze site',
  zoekknop: 'Zoeken',
  home: 'Home',
  bronnenKop: 'Bronnen',
  bronnenUitleg: 'De feiten op deze pagina komen uit deze documenten. De tekst is in eigen woorden geschreven.',
  bijgewerkt: 'Laatst bijgewerkt',
  volgendeStap: 'Volgende stap',
} as const;

/** Main navigation, in the order of the design. */
export const HOOFDNAVIGATIE = [
  { href: '/route/', tekst: 'De route' },
  { href: '/aanbieders/', tekst: 'Aanbieders' },
  { href: '/handboek/', tekst: 'Handboek' },
  { href: '/melding/', tekst: 'Melding maken' },
  { href: '/zoeken/', tekst: 'Zoeken' },
] as const;

export const VOETTEKSTNAVIGATIE = [
  { href: '/over-deze-site/', tekst: 'Over deze site' },
  { href: '/privacy/', tekst: 'Privacy' },
  { href: '/toegankelijkheid/', tekst: 'Toegankelijkheid' },
] as const;

/** Every form field and error summary on the site (islands/gedeeld). */
export const VELD_TEKST = {
  foutKop: 'Er is een probleem',
  /** Before the document title while a form shows errors (GUIDE §4). */
  foutTitel: 'Fout: ',
  foutPrefixAccessibleLabel: 'Fout:',
  verplichtAccessibleLabel: '(verplicht)',
  nietVerplicht: '(niet verplicht)',
  suggestiesAccessibleLabel: 'Suggesties',
  /** The combobox's polite status while its list is open. */
  suggestiesStatus: (aantal: number, getoond: number) =>
    `${aantal} ${aantal === 1 ? 'resultaat' : 'resultaten'}${aantal > getoond ? `, de eerste ${getoond} getoond` : ''}. Gebruik pijltjes omhoog en omlaag en Enter om te kiezen.`,
} as const;

/** The melding form (islands/melding). */
export const FORMULIER_TEKST = {
  startTitel: 'Wie vult dit formulier in?',
  /** How error messages name the start question ("Kies wie dit formulier invult."). */
  startFoutnaam: 'wie dit formulier invult',
  startUitleg: 'De vragen passen zich aan: de cliënt zelf, een naaste of een verwijzer krijgt elk de vragen die bij hem of haar horen.',
  startWaarom: {
    tekst:
      'Een melding kan van de cliënt zelf komen, van een naaste die helpt, of van een kliniek of hulpverlener. Zo krijg je alleen de vragen die bij jou passen; een verwijzer vragen we ook waarom een safehouse nodig is.',
    link: '/route/aanmelden/#wie-begint-de-aanmelding',
  },
  stapVan: (nr: number, totaal: number) => `Stap ${nr} van ${totaal}`,
  stappenAccessibleLabel: 'Stappen van het formulier',
  volgende: 'Volgende stap',
  vorige: 'Vorige stap',
  naarControleren: 'Naar controleren',
  controlerenTitel: 'Controleren',
  wijzig: 'Wijzig',
  waaromVragen: 'Waarom vragen we dit?',
  leesMeer: 'Lees meer',
  pdfMaken: 'PDF van de melding downloaden',
  pdfBezig: 'De PDF wordt gemaakt…',
  pdfKlaar: 'De PDF is gemaakt en gedownload.',
  agenda: 'Datums in je agenda zetten (.ics)',
  agendaUitgebreid: 'Uitgebreide titels in de agenda (met kliniek en safehouse). Laat dit uit als anderen je agenda kunnen zien.',
  afdrukken: 'Deze samenvatting afdrukken',
  openen: 'Melding openen (PDF)',
  openenUitleg: 'Heb je eerder een melding-PDF van deze site gemaakt? Open hem om verder te gaan.',
  openenVraag: 'Je hebt al gegevens ingevuld. Als je deze melding opent, worden die vervangen door wat in de PDF staat.',
  openenBevestig: 'Ja, melding openen',
  openenAnnuleer: 'Nee, houd wat ik heb ingevuld',
  openenGeannuleerd: 'De melding is niet geopend. Het formulier is niet veranderd.',
  openenBezig: 'De melding wordt geopend…',
  openenMislukt: 'Dit bestand kon niet worden geopend. Het formulier is niet veranderd.',
  pdfCodeNietGeladen:
    'De onderdelen om PDF’s te lezen en te maken konden niet worden geladen. Misschien is er geen internetverbinding. Probeer het opnieuw als je weer verbinding hebt. Het formulier is niet veranderd.',
  pdfCodeNietGeladenMaken:
    'De onderdelen om de PDF te maken konden niet worden geladen. Misschien is er geen internetverbinding: die is hiervoor nog één keer nodig. Alles wat je hebt ingevuld, blijft staan. Probeer het opnieuw als je weer verbinding hebt.',
  pdfMislukt: 'De PDF kon niet worden gemaakt. Probeer het opnieuw, of druk deze samenvatting af.',
  controleFoutUitleg: 'Nog niet alles is goed ingevuld. Ga naar de vraag om het aan te passen.',
  openenGelukt: 'De melding is geopend. Controleer de gegevens.',
  wissen: 'Alle gegevens wissen',
  wissenBevestig: 'Ja, alles wissen',
  wissenAnnuleer: 'Nee, terug',
  wissenVraag: 'Weet je het zeker? Alles wat je hebt ingevuld, wordt uit deze browser verwijderd.',
  gewist: 'Alle gegevens zijn gewist.',
  concepthersteld: 'We hebben je concept teruggezet. Het stond alleen in dit tabblad.',
  opslagUitleg: (minuten: number) =>
    `Wat je invult, blijft in deze browser. Er gaat niets over het internet. Zolang dit tabblad open is, bewaart de browser een concept, zodat je niets kwijtraakt als je de pagina herlaadt. Vul je ${minuten} minuten niets in, dan wordt het gewist; ook als de browser het tabblad later terugzet. Heb je bovenaan ‘Ik gebruik een gedeelde computer’ gekozen, dan wordt niets bewaard.`,
  gedeeld: 'Ik gebruik een gedeelde computer',
  gedeeldUitleg:
    'Bijvoorbeeld in een kliniek, op kantoor of in een bibliotheek. Dan bewaart deze pagina niets, ook geen concept: herlaad je de pagina of sluit je het tabblad, dan is wat je hebt ingevuld weg.',
  gedeeldAan: 'Er wordt niets bewaard in deze browser, ook geen concept.',
  bedenktijdWaarschuwing: (stil: number, over: number) =>
    `Je hebt ${stil} minuten niets ingevuld. Over ${over} minuten wordt alles wat je hebt ingevuld gewist, zodat niemand anders het op deze computer ziet.`,
  nogHier: 'Ik ben er nog',
  nogHierBevestigd: 'Je kunt verder. Wat je hebt ingevuld, blijft staan.',
  conceptVerlopen: (minuten: number) => `Wat er was ingevuld, is gewist: er was ${minuten} minuten niets ingevuld.`,
  nazorgKop: 'Na het downloaden, op een computer die je deelt met anderen',
  nazorg: [
    'Stuur of bewaar de PDF op een veilige plek en verwijder hem daarna uit de map Downloads (en uit de prullenbak).',
    'Heb je afgedrukt? Haal alles uit de printer en kijk of de afdrukwachtrij leeg is.',
    'Wis het formulier met ‘Alle gegevens wissen’ hieronder en sluit de browser helemaal (alle vensters).',
  ],
  beheerKop: 'Opslaan, openen en wissen',
  geenGemeente: 'Geen gemeente gevonden. Controleer de spelling.',
  geenAanbieder: 'Geen aanbieder in de lijst. Wat je typt, blijft staan.',
  geenVragenBijStap: 'Geen vragen bij deze stap.',
} as const;

/** "Wanneer beslist de gemeente?": the timeline under the treatment step and on the check page. */
export const TIJDLIJN_TEKST = {
  kop: 'Wanneer beslist de gemeente?',
  /** The terms run from receipt; the dates below assume the gemeente receives the melding today. */
  aanname: (vandaag: string) =>
    `De termijnen tellen vanaf de dag dat de gemeente de melding ontvangt. Niet vanaf de dag dat dit formulier is ingevuld. Ontvangt de gemeente de melding vandaag, ${vandaag}? Dan geldt:`,
  onderzoek: 'Gesprek en onderzoek klaar',
  onderzoekTermijn: (datum: string, weken: number) => `uiterlijk ${datum} (${weken} weken na ontvangst; Wmo 2015, art. 2.3.2 lid 1)`,
  besluit: 'Besluit (beschikking)',
  besluitTermijn: (weken: number) =>
    `binnen ${weken} weken nadat de hulp is aangevraagd (Wmo 2015, art. 2.3.5 lid 1). De aanvraag komt na het onderzoek. Die datum staat dus nog niet vast.`,
  vng: 'Telling van de landelijke handreiking',
  vngTermijn: (datum: string, weken: number) =>
    `onderzoek en besluit samen hoogstens ${weken} weken: uiterlijk ${datum}. Dat is een telling van de VNG, geen wettelijke termijn.`,
  ontslag: 'Verwacht ontslag uit de kliniek',
  ontslagTeVroeg: (dagen: number, datum: string) =>
    `Het ontslag uit de kliniek valt ${dagen} ${dagen === 1 ? 'dag' : 'dagen'} vóór ${datum}. Dan heeft de gemeente misschien nog niet beslist. De VNG-handreiking noemt deze mogelijkheden:`,
  werkafspraken: 'Lees de werkafspraken in het handboek',
} as const;

/** The handboek template forms (islands/sjabloon). */
export const SJABLOON_TEKST = {
  downloaden: 'PDF downloaden',
  pdfBezig: FORMULIER_TEKST.pdfBezig,
  pdfKlaar: FORMULIER_TEKST.pdfKlaar,
  /** One message for any failure: the template keeps no draft to reassure about. */
  pdfMislukt: 'De PDF kon niet worden gemaakt. Probeer het opnieuw.',
} as const;

/** The invulhulp on /regios/publiceren/. */
export const INVULHULP_TEKST = {
  voegToe: 'Voeg toe',
  toegevoegd: (gemeente: string) => `${gemeente} toegevoegd.`,
  alGekozen: (gemeente: string) => `${gemeente} staat al in de lijst.`,
  weggehaald: (gemeente: string) => `${gemeente} weggehaald.`,
  kiesUitGesplitst: 'Kies een van die gemeenten.',
  nietGevonden: (invoer: string) => `"${invoer}" staat niet in de lijst van gemeenten. Typ de eerste letters en kies uit de lijst.`,
  typEerst: 'Typ eerst de naam van een gemeente.',
  gekozenAccessibleLabel: 'Gekozen gemeenten',
  weghalen: 'Weghalen',
} as const;
