import { datumVoluitDeels } from '../kern/datum.ts';
/**
 * The source documents the portal's facts come from (`shared/seeds`, described in its README).
 * A page cites a document by key; title, publisher and date live here, once.
 */

export interface Brondocument {
  /** Full title as the publisher gives it. */
  titel: string;
  /** Short title for citations on pages. */
  kort: string;
  /** Who published it. */
  uitgever: string;
  /** Publication date as the document gives it; null when the document is undated. */
  datum: string | null;
  /** What kind of document it is. */
  soort: string;
  /** Note on rights or use, when there is one. */
  opmerking?: string;
  /** Public address where the text can be read (public sources beyond the five documents). */
  url?: string;
}

export const BRONDOCUMENTEN = {
  'aanpak-noord-midden-limburg': {
    titel: 'Aanpak safehouses Noord- en Midden-Limburg',
    kort: 'Aanpak safehouses Noord- en Midden-Limburg',
    uitgever: 'Gemeenten in Noord- en Midden-Limburg',
    datum: null,
    soort: 'regionale webpagina',
  },
  'productbeschrijving-achterhoek': {
    titel: 'Productbeschrijving Safehouse',
    kort: 'Productbeschrijving Safehouse Achterhoek',
    uitgever: 'Sociaal Domein Achterhoek',
    datum: '2025-07-07',
    soort: 'productbeschrijving bij het contract',
  },
  'vng-handreiking': {
    titel: 'Handreiking safehouses',
    kort: 'VNG Handreiking safehouses',
    uitgever: 'Vereniging van Nederlandse Gemeenten (VNG)',
    datum: '2022-03',
    soort: 'handreiking over de rollen van gemeenten, safehouses en klinieken',
  },
  'afwegingskader-gooi-vechtstreek': {
    titel: 'Regionaal afwegingskader Safehouses (Bescherming en Opvang)',
    kort: 'Voorstel afwegingskader Gooi en Vechtstreek',
    uitgever: 'Regio Gooi en Vechtstreek',
    datum: '2024-11-11',
    soort: 'voorstel aan het regionale overleg',
  },
  'trimbos-aanpak-middelenproblematiek': {
    titel: 'Gemeentelijke aanpak middelenproblematiek — Bezieling en bereikbaarheid voor mensen met complex middelengebruik (AF1691)',
    kort: 'Trimbos, Gemeentelijke aanpak middelenproblematiek',
    uitgever: 'Trimbos-instituut',
    datum: '2024',
    soort: 'handreiking voor gemeenten',
    opmerking: 'Alle rechten voorbehouden: het portaal neemt feiten over, geen tekst.',
  },
  // Public sources beyond the five documents: law, parliamentary papers and public services.
  // Each was looked up and read for the fact a page takes from it (issue #14); `url` says where.
  'wmo-2015': {
    titel: 'Wet maatschappelijke ondersteuning 2015 (Wmo 2015)',
    kort: 'Wmo 2015',
    uitgever: 'Rijksoverheid (wettekst)',
    datum: null,
    soort: 'wet',
    url: 'https://wetten.legaltools.nl/wet-maatschappelijke-ondersteuning-2015/artikel-232',
  },
  'wmo-aanvraagprocedure': {
    titel: 'Wmo: veranderingen in de aanvraagprocedure',
    kort: 'Schulinck, Wmo-aanvraagprocedure',
    uitgever: 'Schulinck',
    datum: null,
    soort: 'juridische uitleg bij de Wmo 2015 (onderzoek binnen 6 weken, besluit binnen 2 weken na de aanvraag)',
    url: 'https://www.schulinck.nl/opinie/opinie-wmo-veranderingen-in-de-aanvraagprocedure/',
  },
  'awb-bezwaar': {
    titel: 'Algemene wet bestuursrecht, bezwaar (art. 6:7 en 6:8)',
    kort: 'Awb, bezwaartermijn',
    uitgever: 'Informatiepunt Leefomgeving (Infomil), uitleg bij de Awb',
    datum: null,
    soort: 'uitleg bij de wet',
    url: 'https://www.infomil.nl/onderwerpen/ruimte/ruimtelijke/wet-ruimtelijke/bestemmingsplan/pop-ups/pop-ups-awb-wabo/awb-bezwaar-bezwaar/',
  },
  'wgbo-beroepsgeheim': {
    titel: 'Burgerlijk Wetboek Boek 7, artikel 457 (beroepsgeheim, WGBO)',
    kort: 'BW 7:457 (beroepsgeheim)',
    uitgever: 'Sdu, wettekst met commentaar',
    datum: '2018-01-30',
    soort: 'wettekst met commentaar',
    url: 'https://www.sdu.nl/content/commentaar-op-burgerlijk-wetboek-boek-7-art-457-letselschade-en-vermogensrecht',
  },
  'kamerstuk-36288': {
    titel: 'Kamerstuk 36288: Wijziging van de Wmo 2015 in verband met de invoering van het woonplaatsbeginsel voor beschermd wonen',
    kort: 'Kamerstuk 36288 (woonplaatsbeginsel)',
    uitgever: 'Tweede Kamer der Staten-Generaal',
    datum: '2024-03-06',
    soort: 'wetsvoorstel; laatst gelezen stuk: nota naar aanleiding van het verslag (nr. 8)',
    url: 'https://zoek.officielebekendmakingen.nl/kst-36288-8.html',
  },
  'vng-wetsvoorstel-woonplaatsbeginsel': {
    titel: 'Wetsvoorstel invoering woonplaatsbeginsel voor beschermd wonen',
    kort: 'VNG, wetsvoorstel woonplaatsbeginsel',
    uitgever: 'Vereniging van Nederlandse Gemeenten (VNG)',
    datum: null,
    soort: 'overzichtspagina wetsvoorstellen',
    url: 'https://vng.nl/wetsvoorstellen/invoering-woonplaatsbeginsel-voor-beschermd-wonen',
  },
  'vng-clientondersteuning': {
    titel: 'Cliëntondersteuning Wmo en Jeugd',
    kort: 'VNG, cliëntondersteuning',
    uitgever: 'Vereniging van Nederlandse Gemeenten (VNG)',
    datum: null,
    soort: 'informatiepagina',
    url: 'https://vng.nl/rubrieken/onderwerpen/clientondersteuning-wmo-en-jeugd',
  },
  'cak-beschermd-wonen': {
    titel: 'Ik woon of logeer in een instelling voor beschermd wonen',
    kort: 'CAK, eigen bijdrage beschermd wonen',
    uitgever: 'CAK',
    datum: null,
    soort: 'informatiepagina',
    url: 'https://www.hetcak.nl/klantsituaties/ik-woon-in-een-zorginstelling/in-wat-voor-zorginstelling-woont-u/beschermd-wonen',
  },
  'zvw-eigen-risico-ggz': {
    titel: 'Psychologische zorg: wat moet u zelf betalen?',
    kort: 'Univé, eigen risico ggz',
    uitgever: 'Univé (zorgverzekeraar)',
    datum: null,
    soort: 'veelgestelde vragen over de basisverzekering',
    url: 'https://www.unive.nl/faq/zorgverzekering/wat-moet-u-zelf-betalen',
  },
  'nji-18-plus': {
    titel: 'Van jeugd naar volwassenheid: wet- en regelgeving wonen',
    kort: 'NJi, van 18-min naar 18-plus',
    uitgever: 'Nederlands Jeugdinstituut (NJi)',
    datum: null,
    soort: 'kennisdossier',
    url: 'http://nji.nl/nl/Kennis/Dossier/van-jeugd-naar-volwassenheid/Wonen/Wet--en-regelgeving',
  },
  'trimbos-hulp-naasten': {
    titel: 'Hulpaanbod voor naasten',
    kort: 'Trimbos, hulpaanbod voor naasten',
    uitgever: 'Trimbos-instituut, Expertisecentrum Alcohol',
    datum: null,
    soort: 'informatiepagina',
    url: 'https://www.trimbos.nl/kennis/alcohol/alcohol-en-naasten/hulpaanbod-voor-naasten/',
  },
  'al-anon': {
    titel: 'Al-Anon Familie Groepen: voor familie en vrienden van alcoholisten',
    kort: 'Al-Anon',
    uitgever: 'Al-Anon Familie Groepen Nederland',
    datum: null,
    soort: 'website van een zelfhulporganisatie',
    url: 'http://al-anon.nl/groepsavond.html',
  },
  'nar-anon': {
    titel: 'Nar-Anon Familiegroepen',
    kort: 'Nar-Anon',
    uitgever: 'Nar-Anon Nederland',
    datum: null,
    soort: 'website van een zelfhulporganisatie',
    url: 'https://www.naranon.nl/het-blauwe-boekje/',
  },
  'veilig-thuis': {
    titel: 'Wat moet ik doen bij (vermoedens van) huiselijk geweld?',
    kort: 'Rijksoverheid, Veilig Thuis',
    uitgever: 'Rijksoverheid',
    datum: null,
    soort: 'vraag en antwoord',
    url: 'https://www.rijksoverheid.nl/onderwerpen/huiselijk-geweld/vraag-en-antwoord/wat-moet-ik-doen-bij-huiselijk-geweld',
  },
  'overdosis-na-stoppen': {
    titel: 'Preventing overdose deaths during high-risk transition periods',
    kort: 'Penn State, overdosis na een periode zonder gebruik',
    uitgever: 'Evidence-to-Impact Collaborative, Penn State University',
    datum: null,
    soort: 'samenvatting van onderzoek',
    url: 'https://evidence2impact.psu.edu/resources/preventing-overdose-deaths-during-high-risk-transition-periods',
  },
  'referentiedata-gemeenten': {
    titel: "Gemeenten en regio's beschermd wonen (referentiebestand)",
    kort: "Referentiebestand gemeenten en regio's beschermd wonen",
    uitgever: 'Samengesteld voor dit portaal uit openbare bronnen (CBS, gemeentelijke sites, Gemeenteblad)',
    datum: '2026-01-01',
    soort: 'referentiebestand; de regio-indeling is onvolledig en deels afgeleid',
  },
} as const satisfies Record<string, Brondocument>;

export type BrondocumentSleutel = keyof typeof BRONDOCUMENTEN;

export const BRONDOCUMENT_SLEUTELS = Object.keys(BRONDOCUMENTEN) as [BrondocumentSleutel, ...BrondocumentSleutel[]];

/** "2025-07-07" → "7 juli 2025", "2022-03" → "maart 2022", "2024" → "2024", null → "zonder datum". */
export function formatBrondatum(datum: string | null): string {
  if (!datum) return 'zonder datum';
  return datumVoluitDeels(datum);
}
