/**
 * The steps of the route to a safehouse, for the timeline on /route/de-route-stap-voor-stap/.
 * Each links to its section on that page (the heading "Stap N: …"); the details and sources
 * are on the page itself (VNG-handreiking §3.2 and §6; the regional documents).
 */
export interface RouteStap {
  titel: string;
  /** Who does what, in a few words. */
  wie: string;
  /** Anchor of the section on the page. */
  anker: string;
  /** A time indication, when the sources give one. */
  duur?: string;
  /** Also show each region's maximum stay (from the region files), linked to the region page. */
  duurPerRegio?: boolean;
  /** Ids of begrippen (anchors on /begrippen/) that belong to this step. */
  begrippen?: readonly string[];
}

export const ROUTE_STAPPEN: readonly RouteStap[] = [
  {
    titel: 'Aanmelding',
    wie: 'jij met je behandelaar in de kliniek; in Noord- en Midden-Limburg jij met de gemeentelijke toegang',
    anker: 'stap-1-aanmelding',
    begrippen: ['verslavingskliniek', 'toegang'],
  },
  {
    titel: 'Melding bij de gemeente van herkomst',
    wie: 'jij, of iemand namens jou, zoals een naaste, de kliniek of het safehouse',
    anker: 'stap-2-melding-bij-de-gemeente-van-herkomst',
    begrippen: ['melding', 'gemeente-van-herkomst'],
  },
  {
    titel: 'Onderzoek en beschikking',
    wie: 'de gemeente',
    anker: 'stap-3-onderzoek-en-beschikking',
    duur: 'onderzoek binnen 6 weken na de melding, besluit binnen 2 weken na de aanvraag',
    begrippen: ['beschikking'],
  },
  { titel: 'Intake', wie: 'jij en het safehouse', anker: 'stap-4-intake', begrippen: ['intake'] },
  {
    titel: 'Wonen en werken aan je doelen',
    wie: 'jij en je begeleiders',
    anker: 'stap-5-wonen-en-werken-aan-je-doelen',
    duur: 'ongeveer 1 jaar volgens de landelijke handreiking',
    duurPerRegio: true,
    begrippen: ['begeleidingsplan'],
  },
  { titel: 'Uitstroom', wie: 'jij, het safehouse en de gemeente', anker: 'stap-6-uitstroom', begrippen: ['uitstroom', 'uitstroomplan'] },
  { titel: 'Nazorg', wie: 'jij, je nieuwe begeleider en de gemeente', anker: 'stap-7-nazorg', begrippen: ['nazorg', 'ambulante-begeleiding'] },
];
