import {
  BEWIND, JA_NEE, JA_NEE_ONBEKEND, METHODIEKEN_BEHANDELING, NAASTEN_BETREKKEN, NETWERK, REGIOKEUZE, ROLLEN_VERWIJZER,
  SOORTEN_BEHANDELING, VERSLAVINGSVORMEN_MELDING,
} from './keuzes.ts';
import { leeftijdOp } from '../kern/datum.ts';
import { MINIMUMLEEFTIJD } from './termijnen.ts';
import { waardeOp, type FormulierWaarden, type Stap } from './vraag.ts';
import { IMPLICIETE_ROL } from './woordenschat.ts';

/**
 * The questions of the melding form, per step, with wording per audience and the reason for
 * each question. Every "waarom" link names the page section it rests on; a site test checks
 * that path and anchor exist in the build (tests/site/melding-waarom.test.ts).
 */
/** Questions about the current treatment matter only when there is one. */
const metBehandeling = (w: FormulierWaarden) => waardeOp(w, 'behandeling.soort') !== 'geen';

/**
 * Declared `as const` so the type of a validated melding (schema.ts, `Melding`) follows from
 * the questions; `satisfies` checks each against the shape in vraag.ts.
 */
export const VRAGEN = [
  {
    id: 'client',
    titel: 'Cliënt',
    regels: [
      // A safehouse is for adults; a birth date in the future is already datum_toekomst.
      (c, { peildatum }) => {
        const geboren = c.geboortedatum as string | undefined;
        return peildatum && geboren && geboren <= peildatum && leeftijdOp(geboren, peildatum) < MINIMUMLEEFTIJD ? [['geboortedatum', 'minderjarig']] : [];
      },
    ],
    inleiding: { client: 'Eerst je eigen gegevens.', naaste: 'De gegevens van de persoon die naar een safehouse wil.', verwijzer: 'De gegevens van de cliënt.' },
    velden: [
      { pad: 'client.voornamen', soort: 'tekst', max: 120, label: 'Voornamen', labelClient: 'Je voornamen', foutnaam: 'de voornamen', foutnaamClient: 'je voornamen', hint: { tekst: 'Zoals in het paspoort of de id-kaart.' }, autocomplete: 'given-name', verplicht: true, waarom: { tekst: 'De gemeente moet weten om wie het gaat.', link: '/route/aanmelden/#wie-mag-de-melding-doen' } },
      { pad: 'client.tussenvoegsel', soort: 'tekst', max: 30, label: 'Tussenvoegsel', labelClient: 'Je tussenvoegsel', foutnaam: 'het tussenvoegsel', hint: { tekst: 'Bijvoorbeeld "van" of "de". Laat leeg als er geen is.' }, breedte: 'kort', waarom: { tekst: 'Hoort bij de naam zoals de gemeente die kent.', link: '/route/aanmelden/#wie-mag-de-melding-doen' } },
      { pad: 'client.achternaam', soort: 'tekst', max: 120, label: 'Achternaam', labelClient: 'Je achternaam', foutnaam: 'de achternaam', foutnaamClient: 'je achternaam', autocomplete: 'family-name', verplicht: true, waarom: { tekst: 'De gemeente moet weten om wie het gaat.', link: '/route/aanmelden/#wie-mag-de-melding-doen' } },
      { pad: 'client.geboortedatum', soort: 'datum', datumRegel: 'niet-in-toekomst', label: 'Geboortedatum', labelClient: 'Je geboortedatum', foutnaam: 'de geboortedatum', foutnaamClient: 'je geboortedatum', hint: { tekst: 'Dag-maand-jaar, bijvoorbeeld 17-03-1990.' }, autocomplete: 'bday', verplicht: true, breedte: 'middel', waarom: { tekst: 'Om de juiste persoon te vinden. Een safehouse is voor volwassenen.', link: '/route/is-een-safehouse-iets-voor-mij/#voor-wie-is-een-safehouse' } },
      { pad: 'client.bsn', soort: 'tekst', formaat: 'bsn', label: 'BSN (burgerservicenummer)', labelClient: 'Je BSN (burgerservicenummer)', foutnaam: 'het BSN', foutnaamClient: 'je BSN', hint: { tekst: '9 cijfers. Mag leeg blijven: de gemeente vraagt het dan zelf.' }, breedte: 'middel', waarom: { tekst: 'Met het BSN vindt de gemeente de juiste persoon sneller. Het is niet verplicht.', client: 'Met je BSN vindt de gemeente je gegevens sneller. Het is niet verplicht.', link: '/route/aanmelden/#wie-mag-de-melding-doen' } },
      { pad: 'client.adres', soort: 'tekst', max: 200, label: 'Adres (straat en huisnummer)', labelClient: 'Je adres (straat en huisnummer)', foutnaam: 'het adres', foutnaamClient: 'je adres', hint: { tekst: 'Het woonadres, of een postadres als er geen woonadres is.' }, autocomplete: 'street-address', belangrijk: true, waarom: { tekst: 'Zo kan de gemeente de beschikking sturen.', link: '/route/aanmelden/#de-stappen-bij-de-gemeente' } },
      { pad: 'client.postcode', soort: 'tekst', formaat: 'postcode', label: 'Postcode', labelClient: 'Je postcode', foutnaam: 'de postcode', foutnaamClient: 'je postcode', hint: { tekst: 'Bijvoorbeeld 1234 AB.' }, autocomplete: 'postal-code', breedte: 'kort', waarom: { tekst: 'Hoort bij het adres.', link: '/route/aanmelden/#de-stappen-bij-de-gemeente' } },
      { pad: 'client.woonplaats', soort: 'tekst', max: 120, label: 'Woonplaats', labelClient: 'Je woonplaats', foutnaam: 'de woonplaats', foutnaamClient: 'je woonplaats', autocomplete: 'address-level2', waarom: { tekst: 'Hoort bij het adres.', link: '/route/aanmelden/#de-stappen-bij-de-gemeente' } },
      { pad: 'client.isPostadres', soort: 'vinkje', label: 'Dit is een postadres, geen woonadres', foutnaam: 'het postadres', waarom: { tekst: 'Wie geen woonadres heeft, kan via de gemeente een postadres regelen, bijvoorbeeld bij de verslavingszorg. Post komt dan daar aan.', link: '/handboek/gemeentelijke-aanpak-middelenproblematiek/#par-8-8-3' } },
      { pad: 'client.gemeenteVanHerkomst', soort: 'gemeente', label: 'Gemeente van herkomst', labelClient: 'Je gemeente van herkomst', foutnaam: 'de gemeente van herkomst', foutnaamClient: 'je gemeente van herkomst', hint: { tekst: 'De gemeente waar de cliënt woonde vóór de kliniek. Typ de eerste letters en kies uit de lijst.', client: 'De gemeente waar je woonde vóór de kliniek. Typ de eerste letters en kies uit de lijst.' }, verplicht: true, belangrijk: true, waarom: { tekst: 'De melding gaat naar het Wmo-loket van deze gemeente. Zij beslist over beschermd wonen.', link: '/route/aanmelden/#bij-welke-gemeente-meld-je-je' } },
      { pad: 'client.telefoon', soort: 'tekst', formaat: 'telefoon', label: 'Telefoonnummer', labelClient: 'Je telefoonnummer', foutnaam: 'het telefoonnummer', foutnaamClient: 'je telefoonnummer', autocomplete: 'tel', breedte: 'middel', waarom: { tekst: 'Voor een afspraak, zoals een gesprek over de aanvraag.', link: '/route/aanmelden/#wie-begint-de-aanmelding' } },
      { pad: 'client.email', soort: 'tekst', formaat: 'email', label: 'E-mailadres', labelClient: 'Je e-mailadres', foutnaam: 'het e-mailadres', foutnaamClient: 'je e-mailadres', autocomplete: 'email', waarom: { tekst: 'Voor contact, als dat voor de cliënt makkelijker is.', client: 'Voor contact, als dat voor jou makkelijker is.', link: '/route/aanmelden/#wie-begint-de-aanmelding' } },
      { pad: 'client.tolkNodig', soort: 'keuze', label: 'Tolk nodig', labelClient: 'Heb je een tolk nodig?', foutnaam: 'of er een tolk nodig is', opties: JA_NEE, waarom: { tekst: 'Zodat gesprekken in een taal gaan die de cliënt goed begrijpt.', client: 'Zodat gesprekken in een taal gaan die je goed begrijpt.', link: '/route/aanmelden/#wie-begint-de-aanmelding' } },
      { pad: 'client.voorkeurstaal', soort: 'tekst', max: 80, label: 'Voorkeurstaal', labelClient: 'In welke taal praat je het liefst?', foutnaam: 'de voorkeurstaal', breedte: 'middel', alleenAls: (w) => waardeOp(w, 'client.tolkNodig') === 'ja', waarom: { tekst: 'Zodat de gemeente de juiste tolk regelt.', link: '/route/aanmelden/#wie-begint-de-aanmelding' } },
    ],
  },
  {
    id: 'aanmelder',
    titel: 'Aanmelder',
    inleiding: {
      client: 'Je meldt jezelf aan, dus jij bent de aanmelder. Je gegevens staan al bij stap 1. Hier hoef je niets in te vullen: ga door naar de volgende stap.',
      naaste: 'Jouw gegevens, als naaste die helpt met de melding.',
      verwijzer: 'Je gegevens als verwijzer, zodat de gemeente weet met wie ze contact opneemt.',
    },
    velden: [
      { pad: 'aanmelder.rol', soort: 'keuze', zonderVraag: IMPLICIETE_ROL, label: 'Rol van de aanmelder', foutnaam: 'je rol', opties: ROLLEN_VERWIJZER, alleenVoor: ['verwijzer'], verplicht: true, waarom: { tekst: 'De gemeente weet dan welke informatie zij van je kan verwachten.', link: '/handboek/traject-en-werkafspraken/#par-3-1-1' } },
      { pad: 'aanmelder.organisatie', soort: 'tekst', max: 160, label: 'Organisatie', foutnaam: 'de organisatie', autocomplete: 'organization', alleenVoor: ['verwijzer', 'naaste'], verplicht: ['verwijzer'], hint: { tekst: '', naaste: 'Laat leeg als je niet namens een organisatie meldt.' }, waarom: { tekst: 'Voor contact tussen gemeente en kliniek of hulpverlener.', link: '/handboek/traject-en-werkafspraken/#par-3-2-3-checklist-gemeente' } },
      { pad: 'aanmelder.naam', soort: 'tekst', max: 160, label: 'Naam van de aanmelder', labelNaaste: 'Je naam', foutnaam: 'de naam', autocomplete: 'name', alleenVoor: ['verwijzer', 'naaste'], verplicht: ['verwijzer', 'naaste'], waarom: { tekst: 'De gemeente moet weten wie de melding doet.', link: '/handboek/traject-en-werkafspraken/#par-3-2-3-checklist-gemeente' } },
      { pad: 'aanmelder.functie', soort: 'tekst', max: 120, label: 'Functie of relatie tot de cliënt', labelNaaste: 'Wat ben je van de cliënt?', foutnaam: 'de functie', hint: { tekst: 'Bijvoorbeeld regiebehandelaar.', naaste: 'Bijvoorbeeld moeder, partner of vriend.' }, alleenVoor: ['verwijzer', 'naaste'], waarom: { tekst: 'Zodat de gemeente weet wie ze spreekt.', link: '/handboek/traject-en-werkafspraken/#par-3-2-3-checklist-gemeente' } },
      { pad: 'aanmelder.telefoon', soort: 'tekst', formaat: 'telefoon', label: 'Telefoonnummer aanmelder', labelNaaste: 'Je telefoonnummer', foutnaam: 'het telefoonnummer van de aanmelder', autocomplete: 'tel', breedte: 'middel', alleenVoor: ['verwijzer', 'naaste'], waarom: { tekst: 'De gemeente belt bij vragen over de melding.', link: '/handboek/traject-en-werkafspraken/#par-3-2-3-checklist-gemeente' } },
      { pad: 'aanmelder.email', soort: 'tekst', formaat: 'email', label: 'E-mailadres aanmelder', labelNaaste: 'Je e-mailadres', foutnaam: 'het e-mailadres van de aanmelder', autocomplete: 'email', alleenVoor: ['verwijzer', 'naaste'], waarom: { tekst: 'Voor contact over de melding.', link: '/handboek/traject-en-werkafspraken/#par-3-2-3-checklist-gemeente' } },
      { pad: 'aanmelder.agbCode', soort: 'tekst', formaat: 'agb', label: 'AGB-code', foutnaam: 'de AGB-code', hint: { tekst: '8 cijfers. Niet verplicht.' }, breedte: 'middel', alleenVoor: ['verwijzer'], waarom: { tekst: 'Met de AGB-code is de zorgverlener eenduidig te herkennen.', link: '/handboek/traject-en-werkafspraken/#par-3-1-1' } },
    ],
  },
  {
    id: 'behandeling',
    titel: 'Behandeling nu',
    regels: [
      (b) => {
        const opname = b.opnamedatum as string | undefined;
        const ontslag = b.verwachteOntslagdatum as string | undefined;
        return opname && ontslag && ontslag < opname ? [['verwachteOntslagdatum', 'ontslag_voor_opname']] : [];
      },
    ],
    velden: [
      { pad: 'behandeling.instelling', soort: 'tekst', max: 160, label: 'Instelling of kliniek', labelClient: 'Bij welke instelling of kliniek ben je?', foutnaam: 'de instelling', belangrijk: metBehandeling, waarom: { tekst: 'De gemeente kan dan met de kliniek afstemmen.', link: '/handboek/traject-en-werkafspraken/#par-3-2-3-checklist-kliniek' } },
      { pad: 'behandeling.soort', soort: 'keuze', label: 'Soort behandeling nu', labelClient: 'Welke behandeling heb je nu?', foutnaam: 'de soort behandeling', opties: SOORTEN_BEHANDELING, verplicht: true, waarom: { tekst: 'Een safehouse is meestal de stap na een klinische behandeling.', link: '/route/wat-is-een-safehouse/#tussen-kliniek-en-eigen-huis' } },
      { pad: 'behandeling.opnamedatum', soort: 'datum', datumRegel: 'vrij', naGeboorte: true, label: 'Opnamedatum', labelClient: 'Wanneer ben je opgenomen?', foutnaam: 'de opnamedatum', hint: { tekst: 'Dag-maand-jaar.' }, breedte: 'middel', belangrijk: metBehandeling, waarom: { tekst: 'Om de termijnen te plannen.', link: '/handboek/traject-en-werkafspraken/#par-3-2-2' } },
      { pad: 'behandeling.verwachteOntslagdatum', soort: 'datum', datumRegel: 'vrij', label: 'Verwachte ontslagdatum', labelClient: 'Wanneer ga je verwacht naar huis?', foutnaam: 'de verwachte ontslagdatum', hint: { tekst: 'Dag-maand-jaar. Een schatting mag.' }, breedte: 'middel', belangrijk: metBehandeling, waarom: { tekst: 'Liefst gaat de cliënt meteen van de kliniek naar het safehouse. Het onderzoek van de gemeente duurt tot 6 weken na de melding, het besluit tot 2 weken na de aanvraag.', client: 'Liefst ga je meteen van de kliniek naar het safehouse. Het onderzoek van de gemeente duurt tot 6 weken na de melding, het besluit tot 2 weken na de aanvraag.', link: '/handboek/traject-en-werkafspraken/#par-3-2-2' } },
      { pad: 'behandeling.behandeladvies', soort: 'tekstvlak', label: 'Behandeladvies', labelClient: 'Wat adviseert je behandelaar?', foutnaam: 'het behandeladvies', hint: { tekst: 'Kort, of: "volgt als bijlage".', client: 'Kort in je eigen woorden, of: "stuurt de kliniek".' }, belangrijk: true, waarom: { tekst: 'De gemeente beoordeelt of beschermd wonen nodig is; het advies van de behandelaar helpt daarbij.', link: '/handboek/traject-en-werkafspraken/#par-3-2-3-checklist-kliniek' } },
      { pad: 'behandeling.nazorgViaKliniek', soort: 'keuze', label: 'Nazorg via de kliniek', labelClient: 'Krijg je nazorg van de kliniek?', foutnaam: 'de nazorg', opties: JA_NEE_ONBEKEND, waarom: { tekst: 'Na een opname kan er nog een tijd ggz-nazorg via de zorgverzekering zijn.', link: '/handboek/financiering-en-contractering/#par-5-5-1' } },
      { pad: 'behandeling.methodiek', soort: 'vinkjes', label: 'Methodiek van de behandeling', labelClient: 'Met welke methode word je behandeld?', foutnaam: 'de methodiek', opties: METHODIEKEN_BEHANDELING, waarom: { tekst: 'Een safehouse dat bij de behandeling aansluit, maakt de overgang makkelijker.', link: '/handboek/verslavingszorg-en-safehouses/#par-1-2-2' } },
    ],
  },
  {
    id: 'verslaving',
    titel: 'Verslaving',
    velden: [
      { pad: 'verslaving.vormen', soort: 'vinkjes', label: 'Vorm(en) van verslaving', labelClient: 'Waar was je verslaafd aan?', foutnaam: 'de vorm van verslaving', opties: VERSLAVINGSVORMEN_MELDING, verplicht: true, waarom: { tekst: 'Niet elk safehouse neemt elke vorm van verslaving op.', link: '/handboek/doelgroep-en-ondersteuning/#par-2-1-2' } },
      { pad: 'verslaving.drugsWelke', soort: 'tekst', max: 200, label: 'Welke drugs', foutnaam: 'de soort drugs', verplichtAlsAangekruist: VERSLAVINGSVORMEN_MELDING.drugs, alleenAls: (w) => (waardeOp(w, 'verslaving.vormen') as string[] | undefined)?.includes?.('drugs') === true, verplicht: true, waarom: { tekst: 'Helpt het safehouse de begeleiding voor te bereiden.', link: '/handboek/doelgroep-en-ondersteuning/#par-2-1-2' } },
      { pad: 'verslaving.andersWelke', soort: 'tekst', max: 200, label: 'Andere verslaving, namelijk', foutnaam: 'de andere verslaving', verplichtAlsAangekruist: VERSLAVINGSVORMEN_MELDING.anders, alleenAls: (w) => (waardeOp(w, 'verslaving.vormen') as string[] | undefined)?.includes?.('anders') === true, verplicht: true, waarom: { tekst: 'Helpt het safehouse de begeleiding voor te bereiden.', link: '/handboek/doelgroep-en-ondersteuning/#par-2-1-2' } },
      { pad: 'verslaving.abstinentSinds', soort: 'datum', datumRegel: 'niet-in-toekomst', naGeboorte: true, label: 'Abstinent sinds', labelClient: 'Sinds wanneer gebruik je niet meer?', foutnaam: 'de datum abstinent sinds', hint: { tekst: 'Dag-maand-jaar. Een schatting mag.' }, breedte: 'middel', waarom: { tekst: 'Een safehouse is er voor de eerste, kwetsbare tijd na het stoppen.', link: '/handboek/traject-en-werkafspraken/#par-3-2-1' } },
      { pad: 'verslaving.eerdereBehandelingen', soort: 'tekstvlak', label: 'Eerdere behandelingen', labelClient: 'Ben je eerder behandeld? Waar en wanneer?', foutnaam: 'de eerdere behandelingen', waarom: { tekst: 'Safehouses zijn vaak bedoeld voor wie na eerdere behandelingen terugviel.', link: '/route/is-een-safehouse-iets-voor-mij/#voor-wie-is-een-safehouse' } },
      { pad: 'verslaving.terugval', soort: 'tekstvlak', label: 'Terugval', labelClient: 'Ben je eerder teruggevallen? Hoe ging dat?', foutnaam: 'de terugval', waarom: { tekst: 'Zo kunnen de cliënt en de begeleiding afspraken maken om terugval te voorkomen.', client: 'Zo kunnen jij en de begeleiding afspraken maken om terugval te voorkomen.', link: '/route/als-het-misgaat/#hulp-bij-terugval' } },
    ],
  },
  {
    id: 'leefgebieden',
    titel: 'Leefgebieden',
    inleiding: { client: 'Alle vragen op deze stap mogen leeg blijven. Vul in wat je wilt delen.', naaste: 'Alle vragen op deze stap mogen leeg blijven.', verwijzer: 'Alle vragen op deze stap zijn niet verplicht.' },
    velden: [
      { pad: 'leefgebieden.psychisch', soort: 'tekstvlak', label: 'Psychische gezondheid', labelClient: 'Hoe gaat het met je psychisch?', foutnaam: 'de psychische gezondheid', waarom: { tekst: 'Veel cliënten hebben naast de verslaving psychische klachten; de begeleiding houdt er rekening mee.', link: '/handboek/doelgroep-en-ondersteuning/#par-2-1-1' } },
      { pad: 'leefgebieden.lichamelijk', soort: 'tekstvlak', label: 'Lichamelijke gezondheid', labelClient: 'Hoe gaat het met je lichamelijk?', foutnaam: 'de lichamelijke gezondheid', waarom: { tekst: 'Zodat het safehouse weet welke zorg er nodig is.', link: '/handboek/gemeentelijke-aanpak-middelenproblematiek/#par-8-5-2' } },
      { pad: 'leefgebieden.schulden', soort: 'keuze', label: 'Schulden', labelClient: 'Heb je schulden?', foutnaam: 'de schulden', opties: JA_NEE_ONBEKEND, waarom: { tekst: 'Geldproblemen kunnen een traject ophouden. Daarom wordt er samen naar een oplossing gezocht.', link: '/handboek/gemeentelijke-aanpak-middelenproblematiek/#par-8-8-3' } },
      { pad: 'leefgebieden.bewind', soort: 'keuze', label: 'Bewind of budgetbeheer', labelClient: 'Heb je bewind of budgetbeheer?', foutnaam: 'het bewind', opties: BEWIND, waarom: { tekst: 'Dan weet de begeleiding met wie ze over geld afstemt.', link: '/handboek/gemeentelijke-aanpak-middelenproblematiek/#par-8-8-4' } },
      { pad: 'leefgebieden.financien', soort: 'tekstvlak', label: 'Financiën, toelichting', foutnaam: 'de toelichting op de financiën', waarom: { tekst: 'Voor de begeleiding bij geld.', link: '/handboek/gemeentelijke-aanpak-middelenproblematiek/#par-8-8-3' } },
      { pad: 'leefgebieden.justitie', soort: 'tekstvlak', label: 'Justitie', labelClient: 'Heb je te maken met politie of justitie?', foutnaam: 'de justitie', waarom: { tekst: 'Veel cliënten van een safehouse hebben naast de verslaving ook andere problemen, zoals een justitiële achtergrond of schulden.', link: '/handboek/doelgroep-en-ondersteuning/#par-2-1-1' } },
      { pad: 'leefgebieden.wonenNu', soort: 'tekstvlak', label: 'Wonen nu', labelClient: 'Waar woon je nu?', foutnaam: 'het wonen nu', waarom: { tekst: 'Al vroeg denken aan een woning voor na het safehouse.', link: '/route/na-het-safehouse/#een-woning' } },
      { pad: 'leefgebieden.werkDaginvulling', soort: 'tekstvlak', label: 'Werk en daginvulling', labelClient: 'Wat doe je overdag? Werk, opleiding of iets anders?', foutnaam: 'het werk en de daginvulling', waarom: { tekst: 'Een zinvolle dag helpt om niet te gebruiken.', link: '/route/wonen-in-een-safehouse/#je-dag' } },
      { pad: 'leefgebieden.netwerk', soort: 'keuze', label: 'Sociaal netwerk', labelClient: 'Zijn de mensen om je heen vooral steunend of belastend?', foutnaam: 'het sociaal netwerk', opties: NETWERK, waarom: { tekst: 'Een belastend netwerk kan een reden zijn voor een plek buiten de eigen regio.', link: '/route/is-een-safehouse-iets-voor-mij/#als-je-oude-omgeving-een-risico-is' } },
      { pad: 'leefgebieden.netwerkToelichting', soort: 'tekstvlak', label: 'Sociaal netwerk, toelichting', foutnaam: 'de toelichting op het netwerk', waarom: { tekst: 'Naasten die steunen, kunnen worden betrokken.', link: '/route/voor-naasten/#waarom-jouw-steun-telt' } },
    ],
  },
  {
    id: 'plaatsing',
    titel: 'Hulpvraag en plaatsing',
    velden: [
      { pad: 'plaatsing.hulpvraag', soort: 'tekstvlak', label: 'Hulpvraag en doelen', labelClient: 'Waar wil je hulp bij? Wat wil je bereiken?', foutnaam: 'de hulpvraag', hint: { tekst: 'In de woorden van de cliënt zelf.', client: 'In je eigen woorden.' }, verplicht: true, waarom: { tekst: 'De gemeente onderzoekt welke ondersteuning bij de hulpvraag past.', link: '/route/aanmelden/#wat-wil-de-gemeente-weten' } },
      { pad: 'plaatsing.waaromSafehouse', soort: 'tekstvlak', label: 'Waarom een safehouse', labelClient: 'Waarom wil je naar een safehouse?', foutnaam: 'de reden voor een safehouse', foutnaamClient: 'je reden voor een safehouse', verplicht: true, waarom: { tekst: 'De gemeente kijkt of een safehouse de passende plek is.', link: '/route/aanmelden/#wat-wil-de-gemeente-weten' } },
      { pad: 'plaatsing.onderbouwing', soort: 'tekstvlak', label: 'Onderbouwing van de verwijzer', foutnaam: 'de onderbouwing', hint: { tekst: 'Waarom is beschermd wonen in een safehouse nodig, en waarom niet ambulante begeleiding thuis?' }, alleenVoor: ['verwijzer'], verplicht: true, belangrijk: true, waarom: { tekst: 'Gemeenten vragen de verwijzer waarom beschermd wonen nodig is.', link: '/handboek/traject-en-werkafspraken/#par-3-2-3-checklist-kliniek' } },
      { pad: 'plaatsing.voorkeurAanbieder', soort: 'aanbieder', max: 160, label: 'Voorkeur voor een aanbieder', labelClient: 'Heb je een voorkeur voor een safehouse?', foutnaam: 'de voorkeur voor een aanbieder', hint: { tekst: 'Kies uit de lijst of typ een naam. Mag leeg blijven.' }, belangrijk: true, waarom: { tekst: 'De gemeente houdt rekening met een voorkeur, als die past.', link: '/route/aanmelden/#wat-wil-de-gemeente-weten' } },
      { pad: 'plaatsing.regioKeuze', soort: 'keuze', label: 'Binnen of buiten de eigen regio', labelClient: 'Wil je in je eigen regio wonen, of juist niet?', foutnaam: 'de regio', opties: REGIOKEUZE, belangrijk: true, waarom: { tekst: 'Soms is herstel ver van het oude netwerk beter. Dat vraagt afstemming tussen gemeenten.', link: '/handboek/verantwoordelijke-gemeente/#par-4-4-1' } },
      { pad: 'plaatsing.regioToelichting', soort: 'tekstvlak', label: 'Regio, toelichting', foutnaam: 'de toelichting op de regio', hint: { tekst: 'Bijvoorbeeld: het oude netwerk van gebruikers woont dichtbij.' }, alleenAls: (w) => waardeOp(w, 'plaatsing.regioKeuze') === 'buiten', waarom: { tekst: 'Een schadelijk netwerk is een reden om buiten de regio te plaatsen.', link: '/route/is-een-safehouse-iets-voor-mij/#als-je-oude-omgeving-een-risico-is' } },
      { pad: 'plaatsing.vestigingswens', soort: 'tekst', max: 200, label: 'Waar wonen na het safehouse', labelClient: 'Waar wil je na het safehouse wonen?', foutnaam: 'de vestigingswens', belangrijk: true, waarom: { tekst: 'Aan een woning voor daarna wordt al vroeg gewerkt.', link: '/route/aanmelden/#wat-wil-de-gemeente-weten' } },
      { pad: 'plaatsing.uitstroomadres', soort: 'tekstvlak', max: 400, label: 'Uitstroomadres als het misgaat', labelClient: 'Waar kun je heen als het verblijf stopt?', foutnaam: 'het uitstroomadres', hint: { tekst: 'Een adres waar de cliënt terecht kan als het verblijf onverwacht stopt.', client: 'Een adres waar je terecht kunt als het verblijf onverwacht stopt.' }, belangrijk: true, waarom: { tekst: 'Bij de start wordt afgesproken waar de cliënt heen gaat als het misgaat.', client: 'Bij de start spreek je af waar je heen gaat als het misgaat.', link: '/route/als-het-misgaat/#je-uitstroomadres' } },
      { pad: 'plaatsing.gewensteStartdatum', soort: 'datum', datumRegel: 'niet-in-verleden', label: 'Gewenste startdatum', labelClient: 'Wanneer zou je willen beginnen?', foutnaam: 'de gewenste startdatum', hint: { tekst: 'Dag-maand-jaar.' }, breedte: 'middel', waarom: { tekst: 'Zodat de plaatsing aansluit op het ontslag uit de kliniek.', link: '/handboek/traject-en-werkafspraken/#par-3-2-1' } },
    ],
  },
  {
    id: 'toestemming',
    titel: 'Naasten en toestemming',
    velden: [
      { pad: 'toestemming.naasteNaam', soort: 'tekst', max: 160, label: 'Naaste als contactpersoon: naam', labelClient: 'Naam van een naaste (mag leeg blijven)', foutnaam: 'de naam van de naaste', waarom: { tekst: 'Naasten worden, als de cliënt dat wil, bij de intake uitgenodigd.', client: 'Als je dat wilt, worden je naasten bij de intake uitgenodigd.', link: '/route/voor-naasten/#meedoen-als-je-naaste-dat-wil' } },
      { pad: 'toestemming.naasteRelatie', soort: 'tekst', max: 80, label: 'Relatie van de naaste', foutnaam: 'de relatie', hint: { tekst: 'Bijvoorbeeld partner, moeder, vriend.' }, breedte: 'middel', waarom: { tekst: 'Zodat de begeleiding weet wie de naaste is.', link: '/route/voor-naasten/#meedoen-als-je-naaste-dat-wil' } },
      { pad: 'toestemming.naasteTelefoon', soort: 'tekst', formaat: 'telefoon', label: 'Telefoonnummer van de naaste', foutnaam: 'het telefoonnummer van de naaste', breedte: 'middel', waarom: { tekst: 'Voor contact, alleen met toestemming van de cliënt.', client: 'Voor contact, alleen als jij dat goed vindt.', link: '/route/voor-naasten/#meedoen-als-je-naaste-dat-wil' } },
      { pad: 'toestemming.naasteEmail', soort: 'tekst', formaat: 'email', label: 'E-mailadres van de naaste', foutnaam: 'het e-mailadres van de naaste', waarom: { tekst: 'Voor contact, alleen met toestemming van de cliënt.', client: 'Voor contact, alleen als jij dat goed vindt.', link: '/route/voor-naasten/#meedoen-als-je-naaste-dat-wil' } },
      { pad: 'toestemming.naastenBetrekken', soort: 'keuze', label: 'Naasten betrekken', labelClient: 'Mogen je naasten betrokken worden?', foutnaam: 'of naasten betrokken mogen worden', opties: NAASTEN_BETREKKEN, waarom: { tekst: 'Herstel van contact met naasten is een onderdeel van de begeleiding, maar alleen als de cliënt dat wil.', client: 'Herstel van contact met naasten is een onderdeel van de begeleiding, maar alleen als jij dat wilt.', link: '/route/voor-naasten/#meedoen-als-je-naaste-dat-wil' } },
      { pad: 'toestemming.toestemmingMelding', soort: 'vinkje', nietAangevinkt: 'toestemming_melding_nodig', label: 'De cliënt geeft toestemming voor deze melding bij de gemeente', labelClient: 'Ik geef toestemming voor deze melding bij de gemeente', foutnaam: 'de toestemming voor de melding', verplicht: true, waarom: { tekst: 'Een melding mag door de cliënt zelf of namens de cliënt worden gedaan (Wmo 2015, art. 2.3.2). Wie namens de cliënt meldt, doet dat met diens instemming; daarom bevestigt de cliënt dat hier.', client: 'Iemand anders mag de melding namens jou doen, maar alleen als jij dat wilt. Daarom vragen we je toestemming.', link: '/route/aanmelden/#wie-mag-de-melding-doen' } },
      { pad: 'toestemming.toestemmingInformatiedeling', soort: 'vinkje', nietAangevinkt: 'toestemming_informatiedeling_nodig', label: 'De cliënt geeft toestemming dat kliniek, safehouse en gemeente informatie delen die nodig is voor de melding en de plaatsing', labelClient: 'Ik geef toestemming dat de kliniek, het safehouse en de gemeente informatie delen die nodig is voor de melding en de plaatsing', foutnaam: 'de toestemming voor informatiedeling', verplicht: true, waarom: { tekst: 'De kliniek mag zonder toestemming van de cliënt geen gegevens over de behandeling aan de gemeente of het safehouse geven (beroepsgeheim, BW art. 7:457). Met deze toestemming mag dat, voor zover het nodig is voor de melding en de plaatsing.', client: 'Je behandelaar mag zonder jouw toestemming niets over je behandeling aan de gemeente of het safehouse vertellen. Met deze toestemming mag dat, alleen wat nodig is voor de melding en de plaatsing.', link: '/handboek/traject-en-werkafspraken/#par-3-2-2' } },
      { pad: 'toestemming.plaats', soort: 'tekst', max: 120, label: 'Plaats', labelClient: 'In welke plaats vul je dit in?', foutnaam: 'de plaats', hint: { tekst: 'Waar de melding wordt opgesteld.', client: 'Waar je deze melding invult.' }, breedte: 'middel', verplicht: true, autocomplete: 'address-level2', waarom: { tekst: 'Hoort bij de ondertekening.', link: '/route/aanmelden/#wie-mag-de-melding-doen' } },
      { pad: 'toestemming.datum', soort: 'datum', datumRegel: 'meldingsdatum', label: 'Datum (meldingsdatum)', labelClient: 'Datum van je melding', foutnaam: 'de datum', hint: { tekst: 'Dag-maand-jaar. De termijnen van de gemeente beginnen als zij de melding heeft ontvangen, niet op de dag dat dit formulier is ingevuld.' }, breedte: 'middel', verplicht: true, waarom: { tekst: 'De gemeente onderzoekt binnen 6 weken nadat zij de melding heeft ontvangen, en beslist binnen 2 weken na de aanvraag (Wmo 2015, art. 2.3.2 en 2.3.5).', link: '/route/aanmelden/#de-stappen-bij-de-gemeente' } },
    ],
  },
] as const satisfies readonly Stap[];

export type Vragen = typeof VRAGEN;
