import {
  BEWIND, JA_NEE_ONBEKEND, METHODIEKEN_BEHANDELING, NAASTEN_BETREKKEN, NETWERK, REGIOKEUZE, ROLLEN_VERWIJZER,
  SOORTEN_BEHANDELING, VERSLAVINGSVORMEN_MELDING,
} from './keuzes.ts';
import type { Invuller, StapId } from './schema.ts';

/**
 * The melding form as data: steps, questions, wording per audience, hints and the reason for
 * each question. The form island, the check page and the PDF layout all read this, so a
 * question has one label everywhere. Paths match the schema (tests/unit/melding-formulier.test.ts).
 */
export type Veldsoort = 'tekst' | 'tekstvlak' | 'datum' | 'keuze' | 'vinkjes' | 'vinkje' | 'gemeente' | 'aanbieder';

export interface Veld {
  /** Path in the melding, e.g. "client.voornamen". */
  pad: string;
  soort: Veldsoort;
  /** Neutral label: check page, PDF, and the form when no audience-specific wording is given. */
  label: string;
  /** Label as the cliënt (je) or a naaste reads it, when it differs. */
  labelClient?: string;
  labelNaaste?: string;
  /** How error messages name the field, e.g. "de achternaam". */
  foutnaam: string;
  hint?: string;
  /** Why we ask this, and where that rests on (data minimisation: nothing the gemeente doesn't need). */
  waarom: { tekst: string; link: string };
  opties?: Readonly<Record<string, string>>;
  /** Shown only to these audiences. */
  alleenVoor?: readonly Invuller[];
  /** Shown only when another answer makes it relevant. */
  alleenAls?: (waarden: FormulierWaarden) => boolean;
  /** Required, to mark it in the form (the schema decides). */
  verplicht?: boolean | readonly Invuller[];
  autocomplete?: string;
  invoermodus?: 'numeric' | 'tel' | 'email' | 'text';
  breedte?: 'kort' | 'middel';
  /** Matters for the gemeente's decision: listed under "Nog aan te leveren" when left empty. */
  belangrijk?: boolean;
}

export interface Stap {
  id: StapId;
  titel: string;
  inleiding?: Partial<Record<Invuller, string>>;
  velden: Veld[];
}

export type FormulierWaarden = Record<string, unknown>;

/** Reads "a.b" from nested form values. */
export function waardeOp(waarden: FormulierWaarden, pad: string): unknown {
  return pad.split('.').reduce<unknown>((w, stap) => (w && typeof w === 'object' ? (w as Record<string, unknown>)[stap] : undefined), waarden);
}

const HB = '/handboek/traject-en-werkafspraken/';
const ROUTE = '/route/aanmelden/';

export const STAPPEN: readonly Stap[] = [
  {
    id: 'client',
    titel: 'Cliënt',
    inleiding: { client: 'Eerst je eigen gegevens.', naaste: 'De gegevens van de persoon die naar een safehouse wil.', verwijzer: 'De gegevens van de cliënt.' },
    velden: [
      { pad: 'client.voornamen', soort: 'tekst', label: 'Voornamen', labelClient: 'Je voornamen', foutnaam: 'de voornamen', hint: 'Zoals in het paspoort of de id-kaart.', autocomplete: 'given-name', verplicht: true, waarom: { tekst: 'De gemeente moet weten om wie het gaat.', link: ROUTE } },
      { pad: 'client.tussenvoegsel', soort: 'tekst', label: 'Tussenvoegsel', labelClient: 'Je tussenvoegsel', foutnaam: 'het tussenvoegsel', hint: 'Bijvoorbeeld "van" of "de". Laat leeg als er geen is.', breedte: 'kort', waarom: { tekst: 'Hoort bij de naam zoals de gemeente die kent.', link: ROUTE } },
      { pad: 'client.achternaam', soort: 'tekst', label: 'Achternaam', labelClient: 'Je achternaam', foutnaam: 'de achternaam', autocomplete: 'family-name', verplicht: true, waarom: { tekst: 'De gemeente moet weten om wie het gaat.', link: ROUTE } },
      { pad: 'client.geboortedatum', soort: 'datum', label: 'Geboortedatum', labelClient: 'Je geboortedatum', foutnaam: 'de geboortedatum', hint: 'Dag-maand-jaar, bijvoorbeeld 17-03-1990.', autocomplete: 'bday', verplicht: true, breedte: 'middel', waarom: { tekst: 'Om de juiste persoon te vinden. Beschermd wonen via de Wmo is voor volwassenen.', link: ROUTE } },
      { pad: 'client.bsn', soort: 'tekst', label: 'BSN (burgerservicenummer)', labelClient: 'Je BSN (burgerservicenummer)', foutnaam: 'het BSN', hint: '9 cijfers. Mag leeg blijven: de gemeente vraagt het dan zelf.', invoermodus: 'numeric', breedte: 'middel', waarom: { tekst: 'Met het BSN vindt de gemeente de juiste persoon sneller. Het is niet verplicht.', link: ROUTE } },
      { pad: 'client.adres', soort: 'tekst', label: 'Adres (straat en huisnummer)', labelClient: 'Je adres (straat en huisnummer)', foutnaam: 'het adres', hint: 'Het woonadres, of een postadres als er geen woonadres is.', autocomplete: 'street-address', waarom: { tekst: 'Zo kan de gemeente de beschikking sturen.', link: ROUTE } },
      { pad: 'client.postcode', soort: 'tekst', label: 'Postcode', labelClient: 'Je postcode', foutnaam: 'de postcode', hint: 'Bijvoorbeeld 1234 AB.', autocomplete: 'postal-code', breedte: 'kort', waarom: { tekst: 'Hoort bij het adres.', link: ROUTE } },
      { pad: 'client.woonplaats', soort: 'tekst', label: 'Woonplaats', labelClient: 'Je woonplaats', foutnaam: 'de woonplaats', autocomplete: 'address-level2', waarom: { tekst: 'Hoort bij het adres.', link: ROUTE } },
      { pad: 'client.isPostadres', soort: 'vinkje', label: 'Dit is een postadres, geen woonadres', foutnaam: 'het postadres', waarom: { tekst: 'Wie dakloos is of in een kliniek woont, heeft vaak een postadres bij de gemeente.', link: '/handboek/gemeentelijke-aanpak-middelenproblematiek/' } },
      { pad: 'client.gemeenteVanHerkomst', soort: 'gemeente', label: 'Gemeente van herkomst', labelClient: 'Je gemeente van herkomst', foutnaam: 'de gemeente van herkomst', hint: 'De gemeente waar de cliënt woonde vóór de kliniek. Typ de eerste letters en kies uit de lijst.', verplicht: true, belangrijk: true, waarom: { tekst: 'De melding gaat naar het Wmo-loket van deze gemeente. Zij beslist over beschermd wonen.', link: '/handboek/verantwoordelijke-gemeente/' } },
      { pad: 'client.telefoon', soort: 'tekst', label: 'Telefoonnummer', labelClient: 'Je telefoonnummer', foutnaam: 'het telefoonnummer', autocomplete: 'tel', invoermodus: 'tel', breedte: 'middel', waarom: { tekst: 'Voor een afspraak, zoals een gesprek over de aanvraag.', link: ROUTE } },
      { pad: 'client.email', soort: 'tekst', label: 'E-mailadres', labelClient: 'Je e-mailadres', foutnaam: 'het e-mailadres', autocomplete: 'email', invoermodus: 'email', waarom: { tekst: 'Voor contact, als dat voor de cliënt makkelijker is.', link: ROUTE } },
      { pad: 'client.tolkNodig', soort: 'keuze', label: 'Tolk nodig', labelClient: 'Heb je een tolk nodig?', foutnaam: 'of er een tolk nodig is', opties: { ja: 'Ja', nee: 'Nee' }, waarom: { tekst: 'Zodat gesprekken in een taal gaan die de cliënt goed begrijpt.', link: ROUTE } },
      { pad: 'client.voorkeurstaal', soort: 'tekst', label: 'Voorkeurstaal', labelClient: 'In welke taal praat je het liefst?', foutnaam: 'de voorkeurstaal', breedte: 'middel', alleenAls: (w) => waardeOp(w, 'client.tolkNodig') === 'ja', waarom: { tekst: 'Zodat de gemeente de juiste tolk regelt.', link: ROUTE } },
    ],
  },
  {
    id: 'aanmelder',
    titel: 'Aanmelder',
    inleiding: {
      client: 'Je meldt jezelf aan. Je gegevens staan al bij stap 1; je hoeft hier niets in te vullen.',
      naaste: 'Jouw gegevens, als naaste die helpt met de melding.',
      verwijzer: 'Je gegevens als verwijzer, zodat de gemeente weet met wie ze contact opneemt.',
    },
    velden: [
      { pad: 'aanmelder.rol', soort: 'keuze', label: 'Rol van de aanmelder', foutnaam: 'je rol', opties: ROLLEN_VERWIJZER, alleenVoor: ['verwijzer'], verplicht: true, waarom: { tekst: 'De gemeente weet dan welke informatie zij van je kan verwachten.', link: HB } },
      { pad: 'aanmelder.organisatie', soort: 'tekst', label: 'Organisatie', foutnaam: 'de organisatie', autocomplete: 'organization', alleenVoor: ['verwijzer', 'naaste'], verplicht: ['verwijzer'], hint: 'Laat leeg als je als naaste niet namens een organisatie meldt.', waarom: { tekst: 'Voor contact tussen gemeente en kliniek of hulpverlener.', link: HB } },
      { pad: 'aanmelder.naam', soort: 'tekst', label: 'Naam van de aanmelder', labelNaaste: 'Je naam', foutnaam: 'de naam', autocomplete: 'name', alleenVoor: ['verwijzer', 'naaste'], verplicht: ['verwijzer', 'naaste'], waarom: { tekst: 'De gemeente moet weten wie de melding doet.', link: HB } },
      { pad: 'aanmelder.functie', soort: 'tekst', label: 'Functie of relatie tot de cliënt', labelNaaste: 'Wat ben je van de cliënt?', foutnaam: 'de functie', hint: 'Bijvoorbeeld regiebehandelaar, of moeder.', alleenVoor: ['verwijzer', 'naaste'], waarom: { tekst: 'Zodat de gemeente weet wie ze spreekt.', link: HB } },
      { pad: 'aanmelder.telefoon', soort: 'tekst', label: 'Telefoonnummer aanmelder', labelNaaste: 'Je telefoonnummer', foutnaam: 'het telefoonnummer van de aanmelder', autocomplete: 'tel', invoermodus: 'tel', breedte: 'middel', alleenVoor: ['verwijzer', 'naaste'], waarom: { tekst: 'De gemeente belt bij vragen over de melding.', link: HB } },
      { pad: 'aanmelder.email', soort: 'tekst', label: 'E-mailadres aanmelder', labelNaaste: 'Je e-mailadres', foutnaam: 'het e-mailadres van de aanmelder', autocomplete: 'email', invoermodus: 'email', alleenVoor: ['verwijzer', 'naaste'], waarom: { tekst: 'Voor contact over de melding.', link: HB } },
      { pad: 'aanmelder.agbCode', soort: 'tekst', label: 'AGB-code', foutnaam: 'de AGB-code', hint: '8 cijfers. Niet verplicht.', invoermodus: 'numeric', breedte: 'middel', alleenVoor: ['verwijzer'], waarom: { tekst: 'Met de AGB-code is de zorgverlener eenduidig te herkennen.', link: HB } },
    ],
  },
  {
    id: 'behandeling',
    titel: 'Behandeling nu',
    velden: [
      { pad: 'behandeling.instelling', soort: 'tekst', label: 'Instelling of kliniek', labelClient: 'Bij welke instelling of kliniek ben je?', foutnaam: 'de instelling', waarom: { tekst: 'De gemeente kan dan met de kliniek afstemmen.', link: HB } },
      { pad: 'behandeling.soort', soort: 'keuze', label: 'Soort behandeling nu', labelClient: 'Welke behandeling heb je nu?', foutnaam: 'de soort behandeling', opties: SOORTEN_BEHANDELING, verplicht: true, waarom: { tekst: 'Een safehouse is meestal de stap na een klinische behandeling.', link: '/route/wat-is-een-safehouse/' } },
      { pad: 'behandeling.opnamedatum', soort: 'datum', label: 'Opnamedatum', labelClient: 'Wanneer ben je opgenomen?', foutnaam: 'de opnamedatum', hint: 'Dag-maand-jaar.', breedte: 'middel', waarom: { tekst: 'Om de termijnen te plannen.', link: HB } },
      { pad: 'behandeling.verwachteOntslagdatum', soort: 'datum', label: 'Verwachte ontslagdatum', labelClient: 'Wanneer ga je verwacht naar huis?', foutnaam: 'de verwachte ontslagdatum', hint: 'Dag-maand-jaar. Een schatting mag.', breedte: 'middel', belangrijk: true, waarom: { tekst: 'Liefst gaat de cliënt meteen van de kliniek naar het safehouse. De gemeente heeft tot 8 weken nodig.', link: HB } },
      { pad: 'behandeling.behandeladvies', soort: 'tekstvlak', label: 'Behandeladvies', foutnaam: 'het behandeladvies', hint: 'Kort, of: "volgt als bijlage".', belangrijk: true, waarom: { tekst: 'De gemeente beoordeelt of beschermd wonen nodig is; het advies van de behandelaar helpt daarbij.', link: HB } },
      { pad: 'behandeling.nazorgViaKliniek', soort: 'keuze', label: 'Nazorg via de kliniek', labelClient: 'Krijg je nazorg van de kliniek?', foutnaam: 'de nazorg', opties: JA_NEE_ONBEKEND, waarom: { tekst: 'Na een opname kan er nog een tijd ggz-nazorg via de zorgverzekering zijn.', link: '/handboek/financiering-en-contractering/' } },
      { pad: 'behandeling.methodiek', soort: 'vinkjes', label: 'Methodiek van de behandeling', foutnaam: 'de methodiek', opties: METHODIEKEN_BEHANDELING, waarom: { tekst: 'Een safehouse dat bij de behandeling aansluit, maakt de overgang makkelijker.', link: '/handboek/verslavingszorg-en-safehouses/' } },
    ],
  },
  {
    id: 'verslaving',
    titel: 'Verslaving',
    velden: [
      { pad: 'verslaving.vormen', soort: 'vinkjes', label: 'Vorm(en) van verslaving', labelClient: 'Waar was je verslaafd aan?', foutnaam: 'de vorm van verslaving', opties: VERSLAVINGSVORMEN_MELDING, verplicht: true, waarom: { tekst: 'Niet elk safehouse neemt elke vorm van verslaving op.', link: '/aanbieders/' } },
      { pad: 'verslaving.drugsWelke', soort: 'tekst', label: 'Welke drugs', foutnaam: 'welke drugs', alleenAls: (w) => (waardeOp(w, 'verslaving.vormen') as string[] | undefined)?.includes?.('drugs') === true, verplicht: true, waarom: { tekst: 'Helpt het safehouse de begeleiding voor te bereiden.', link: '/aanbieders/' } },
      { pad: 'verslaving.andersWelke', soort: 'tekst', label: 'Andere verslaving, namelijk', foutnaam: 'welke andere verslaving', alleenAls: (w) => (waardeOp(w, 'verslaving.vormen') as string[] | undefined)?.includes?.('anders') === true, verplicht: true, waarom: { tekst: 'Helpt het safehouse de begeleiding voor te bereiden.', link: '/aanbieders/' } },
      { pad: 'verslaving.abstinentSinds', soort: 'datum', label: 'Abstinent sinds', labelClient: 'Sinds wanneer gebruik je niet meer?', foutnaam: 'de datum abstinent sinds', hint: 'Dag-maand-jaar. Een schatting mag.', breedte: 'middel', waarom: { tekst: 'Een safehouse is er voor de eerste, kwetsbare tijd na het stoppen.', link: '/route/wat-is-een-safehouse/' } },
      { pad: 'verslaving.eerdereBehandelingen', soort: 'tekstvlak', label: 'Eerdere behandelingen', foutnaam: 'de eerdere behandelingen', waarom: { tekst: 'Safehouses zijn vaak bedoeld voor wie na eerdere behandelingen terugviel.', link: '/route/is-een-safehouse-iets-voor-mij/' } },
      { pad: 'verslaving.terugval', soort: 'tekstvlak', label: 'Terugval', labelClient: 'Ben je eerder teruggevallen? Hoe ging dat?', foutnaam: 'de terugval', waarom: { tekst: 'Zo kunnen jij en de begeleiding afspraken maken om terugval te voorkomen.', link: '/route/als-het-misgaat/' } },
    ],
  },
  {
    id: 'leefgebieden',
    titel: 'Leefgebieden',
    inleiding: { client: 'Alle vragen op deze stap mogen leeg blijven. Vul in wat je wilt delen.', naaste: 'Alle vragen op deze stap mogen leeg blijven.', verwijzer: 'Alle vragen op deze stap zijn niet verplicht.' },
    velden: [
      { pad: 'leefgebieden.psychisch', soort: 'tekstvlak', label: 'Psychische gezondheid', labelClient: 'Hoe gaat het met je psychisch?', foutnaam: 'de psychische gezondheid', waarom: { tekst: 'Veel cliënten hebben naast de verslaving psychische klachten; de begeleiding houdt er rekening mee.', link: '/handboek/doelgroep-en-ondersteuning/' } },
      { pad: 'leefgebieden.lichamelijk', soort: 'tekstvlak', label: 'Lichamelijke gezondheid', labelClient: 'Hoe gaat het met je lichamelijk?', foutnaam: 'de lichamelijke gezondheid', waarom: { tekst: 'Zodat het safehouse weet welke zorg er nodig is.', link: '/handboek/doelgroep-en-ondersteuning/' } },
      { pad: 'leefgebieden.schulden', soort: 'keuze', label: 'Schulden', labelClient: 'Heb je schulden?', foutnaam: 'de schulden', opties: JA_NEE_ONBEKEND, waarom: { tekst: 'Geldzorgen vergroten de kans op terugval; er is hulp voor.', link: '/handboek/gemeentelijke-aanpak-middelenproblematiek/' } },
      { pad: 'leefgebieden.bewind', soort: 'keuze', label: 'Bewind of budgetbeheer', labelClient: 'Heb je bewind of budgetbeheer?', foutnaam: 'het bewind', opties: BEWIND, waarom: { tekst: 'Dan weet de begeleiding met wie ze over geld afstemt.', link: '/handboek/gemeentelijke-aanpak-middelenproblematiek/' } },
      { pad: 'leefgebieden.financien', soort: 'tekstvlak', label: 'Financiën, toelichting', foutnaam: 'de toelichting op de financiën', waarom: { tekst: 'Voor de begeleiding bij geld.', link: '/handboek/gemeentelijke-aanpak-middelenproblematiek/' } },
      { pad: 'leefgebieden.justitie', soort: 'tekstvlak', label: 'Justitie', labelClient: 'Heb je te maken met politie of justitie?', foutnaam: 'de justitie', waarom: { tekst: 'Afspraken met justitie kunnen gevolgen hebben voor de plaatsing.', link: '/handboek/doelgroep-en-ondersteuning/' } },
      { pad: 'leefgebieden.wonenNu', soort: 'tekstvlak', label: 'Wonen nu', labelClient: 'Waar woon je nu?', foutnaam: 'het wonen nu', waarom: { tekst: 'Al vroeg denken aan een woning voor na het safehouse.', link: '/route/na-het-safehouse/' } },
      { pad: 'leefgebieden.werkDaginvulling', soort: 'tekstvlak', label: 'Werk en daginvulling', labelClient: 'Wat doe je overdag? Werk, opleiding of iets anders?', foutnaam: 'het werk en de daginvulling', waarom: { tekst: 'Een zinvolle dag helpt om niet te gebruiken.', link: '/route/wonen-in-een-safehouse/' } },
      { pad: 'leefgebieden.netwerk', soort: 'keuze', label: 'Sociaal netwerk', labelClient: 'Zijn de mensen om je heen vooral steunend of belastend?', foutnaam: 'het sociaal netwerk', opties: NETWERK, waarom: { tekst: 'Een belastend netwerk kan een reden zijn voor een plek buiten de eigen regio.', link: '/regios/achterhoek/' } },
      { pad: 'leefgebieden.netwerkToelichting', soort: 'tekstvlak', label: 'Sociaal netwerk, toelichting', foutnaam: 'de toelichting op het netwerk', waarom: { tekst: 'Naasten die steunen, kunnen worden betrokken.', link: '/route/voor-naasten/' } },
    ],
  },
  {
    id: 'plaatsing',
    titel: 'Hulpvraag en plaatsing',
    velden: [
      { pad: 'plaatsing.hulpvraag', soort: 'tekstvlak', label: 'Hulpvraag en doelen', labelClient: 'Waar wil je hulp bij? Wat wil je bereiken?', foutnaam: 'de hulpvraag', hint: 'In de woorden van de cliënt zelf.', verplicht: true, waarom: { tekst: 'De gemeente onderzoekt welke ondersteuning bij de hulpvraag past.', link: ROUTE } },
      { pad: 'plaatsing.waaromSafehouse', soort: 'tekstvlak', label: 'Waarom een safehouse', labelClient: 'Waarom wil je naar een safehouse?', foutnaam: 'waarom een safehouse', verplicht: true, waarom: { tekst: 'De gemeente kijkt of een safehouse de passende plek is.', link: '/route/is-een-safehouse-iets-voor-mij/' } },
      { pad: 'plaatsing.onderbouwing', soort: 'tekstvlak', label: 'Onderbouwing van de verwijzer', foutnaam: 'de onderbouwing', hint: 'Waarom is beschermd wonen in een safehouse nodig, en waarom niet ambulante begeleiding thuis?', alleenVoor: ['verwijzer'], verplicht: true, belangrijk: true, waarom: { tekst: 'Gemeenten vragen de verwijzer waarom beschermd wonen nodig is.', link: HB } },
      { pad: 'plaatsing.voorkeurAanbieder', soort: 'aanbieder', label: 'Voorkeur voor een aanbieder', labelClient: 'Heb je een voorkeur voor een safehouse?', foutnaam: 'de voorkeur voor een aanbieder', hint: 'Kies uit de lijst of typ een naam. Mag leeg blijven.', waarom: { tekst: 'De gemeente houdt rekening met een voorkeur, als die past.', link: '/aanbieders/' } },
      { pad: 'plaatsing.regioKeuze', soort: 'keuze', label: 'Binnen of buiten de eigen regio', labelClient: 'Wil je in je eigen regio wonen, of juist niet?', foutnaam: 'de regio', opties: REGIOKEUZE, waarom: { tekst: 'Soms is herstel ver van het oude netwerk beter. Dat vraagt afstemming tussen gemeenten.', link: '/handboek/verantwoordelijke-gemeente/' } },
      { pad: 'plaatsing.regioToelichting', soort: 'tekstvlak', label: 'Regio, toelichting', foutnaam: 'de toelichting op de regio', hint: 'Bijvoorbeeld: het oude netwerk van gebruikers woont dichtbij.', alleenAls: (w) => waardeOp(w, 'plaatsing.regioKeuze') === 'buiten', waarom: { tekst: 'Een schadelijk netwerk is een reden om buiten de regio te plaatsen.', link: '/regios/achterhoek/' } },
      { pad: 'plaatsing.vestigingswens', soort: 'tekst', label: 'Waar wonen na het safehouse', labelClient: 'Waar wil je na het safehouse wonen?', foutnaam: 'de vestigingswens', waarom: { tekst: 'Aan een woning voor daarna wordt al vroeg gewerkt.', link: '/route/na-het-safehouse/' } },
      { pad: 'plaatsing.uitstroomadres', soort: 'tekstvlak', label: 'Uitstroomadres als het misgaat', labelClient: 'Waar kun je heen als het verblijf stopt?', foutnaam: 'het uitstroomadres', hint: 'Een adres waar de cliënt terecht kan als het verblijf onverwacht stopt.', belangrijk: true, waarom: { tekst: 'Bij de start spreek je af waar je heen gaat als het misgaat.', link: '/route/als-het-misgaat/' } },
      { pad: 'plaatsing.gewensteStartdatum', soort: 'datum', label: 'Gewenste startdatum', labelClient: 'Wanneer zou je willen beginnen?', foutnaam: 'de gewenste startdatum', hint: 'Dag-maand-jaar.', breedte: 'middel', waarom: { tekst: 'Zodat de plaatsing aansluit op het ontslag uit de kliniek.', link: HB } },
    ],
  },
  {
    id: 'toestemming',
    titel: 'Naasten en toestemming',
    velden: [
      { pad: 'toestemming.naasteNaam', soort: 'tekst', label: 'Naaste als contactpersoon: naam', labelClient: 'Naam van een naaste (mag leeg blijven)', foutnaam: 'de naam van de naaste', waarom: { tekst: 'Naasten worden, als de cliënt dat wil, bij de intake uitgenodigd.', link: '/route/voor-naasten/' } },
      { pad: 'toestemming.naasteRelatie', soort: 'tekst', label: 'Relatie van de naaste', foutnaam: 'de relatie', hint: 'Bijvoorbeeld partner, moeder, vriend.', breedte: 'middel', waarom: { tekst: 'Zodat de begeleiding weet wie de naaste is.', link: '/route/voor-naasten/' } },
      { pad: 'toestemming.naasteTelefoon', soort: 'tekst', label: 'Telefoonnummer van de naaste', foutnaam: 'het telefoonnummer van de naaste', invoermodus: 'tel', breedte: 'middel', waarom: { tekst: 'Voor contact, alleen met toestemming van de cliënt.', link: '/route/voor-naasten/' } },
      { pad: 'toestemming.naasteEmail', soort: 'tekst', label: 'E-mailadres van de naaste', foutnaam: 'het e-mailadres van de naaste', invoermodus: 'email', waarom: { tekst: 'Voor contact, alleen met toestemming van de cliënt.', link: '/route/voor-naasten/' } },
      { pad: 'toestemming.naastenBetrekken', soort: 'keuze', label: 'Naasten betrekken', labelClient: 'Mogen je naasten betrokken worden?', foutnaam: 'of naasten betrokken mogen worden', opties: NAASTEN_BETREKKEN, waarom: { tekst: 'Herstel van contact met naasten is een onderdeel van de begeleiding, maar alleen als de cliënt dat wil.', link: '/route/voor-naasten/' } },
      { pad: 'toestemming.toestemmingMelding', soort: 'vinkje', label: 'De cliënt geeft toestemming voor deze melding bij de gemeente', labelClient: 'Ik geef toestemming voor deze melding bij de gemeente', foutnaam: 'de toestemming voor de melding', verplicht: true, waarom: { tekst: 'Een melding kan alleen met toestemming van de cliënt zelf.', link: HB } },
      { pad: 'toestemming.toestemmingInformatiedeling', soort: 'vinkje', label: 'De cliënt geeft toestemming dat kliniek, safehouse en gemeente informatie delen die nodig is voor de melding en de plaatsing', labelClient: 'Ik geef toestemming dat de kliniek, het safehouse en de gemeente informatie delen die nodig is voor de melding en de plaatsing', foutnaam: 'de toestemming voor informatiedeling', verplicht: true, waarom: { tekst: 'Samenwerking tussen kliniek, safehouse en gemeente kan alleen met toestemming; de AVG vraagt daarom.', link: '/handboek/gemeentelijke-aanpak-middelenproblematiek/' } },
      { pad: 'toestemming.plaats', soort: 'tekst', label: 'Plaats', foutnaam: 'de plaats', hint: 'Waar de melding wordt opgesteld.', breedte: 'middel', verplicht: true, autocomplete: 'address-level2', waarom: { tekst: 'Hoort bij de ondertekening.', link: HB } },
      { pad: 'toestemming.datum', soort: 'datum', label: 'Datum (meldingsdatum)', foutnaam: 'de datum', hint: 'Dag-maand-jaar. Vanaf deze datum heeft de gemeente hoogstens 8 weken voor een beslissing.', breedte: 'middel', verplicht: true, waarom: { tekst: 'De termijn van de gemeente begint bij de melding.', link: HB } },
    ],
  },
];

/** Fields shown to this audience, given the answers so far. */
export function zichtbareVelden(stap: Stap, invuller: Invuller, waarden: FormulierWaarden): Veld[] {
  return stap.velden.filter((v) => (!v.alleenVoor || v.alleenVoor.includes(invuller)) && (!v.alleenAls || v.alleenAls(waarden)));
}

export function labelVoor(veld: Veld, invuller: Invuller): string {
  if (invuller === 'client' && veld.labelClient) return veld.labelClient;
  if (invuller === 'naaste' && veld.labelNaaste) return veld.labelNaaste;
  return veld.label;
}

export function isVerplichtVoor(veld: Veld, invuller: Invuller): boolean {
  return Array.isArray(veld.verplicht) ? veld.verplicht.includes(invuller) : veld.verplicht === true;
}

export const ALLE_VELDEN: readonly Veld[] = STAPPEN.flatMap((s) => s.velden);
export const veldOpPad = new Map(ALLE_VELDEN.map((v) => [v.pad, v]));

/**
 * The answers as they count: fields hidden for this audience or by another answer are dropped
 * (the form keeps them while hidden, so switching back loses nothing).
 */
export function alleenZichtbaar(waarden: FormulierWaarden, invuller: Invuller): FormulierWaarden {
  const uit: Record<string, unknown> = { ...waarden, invuller };
  for (const stap of STAPPEN) {
    const zichtbaar = new Set(zichtbareVelden(stap, invuller, waarden).map((v) => v.pad));
    const bron = (waarden[stap.id] ?? {}) as Record<string, unknown>;
    uit[stap.id] = Object.fromEntries(Object.entries(bron).filter(([naam]) => zichtbaar.has(`${stap.id}.${naam}`)));
  }
  return uit;
}
