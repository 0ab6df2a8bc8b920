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
}

export const ROUTE_STAPPEN: readonly RouteStap[] = [
  { titel: 'Aanmelding', wie: 'jij met je behandelaar in de kliniek, of met de gemeentelijke toegang', anker: 'stap-1-aanmelding' },
  { titel: 'Melding bij de gemeente van herkomst', wie: 'jij, met hulp van de kliniek of het safehouse', anker: 'stap-2-melding-bij-de-gemeente-van-herkomst' },
  { titel: 'Onderzoek en beschikking', wie: 'de gemeente', anker: 'stap-3-onderzoek-en-beschikking', duur: 'hoogstens 8 weken na de melding' },
  { titel: 'Intake', wie: 'jij en het safehouse', anker: 'stap-4-intake' },
  { titel: 'Wonen en werken aan je doelen', wie: 'jij en je begeleiders', anker: 'stap-5-wonen-en-werken-aan-je-doelen', duur: 'ongeveer 1 jaar; per regio 1 of hoogstens 2 jaar' },
  { titel: 'Uitstroom', wie: 'jij, het safehouse en de gemeente', anker: 'stap-6-uitstroom' },
  { titel: 'Nazorg', wie: 'jij, je nieuwe begeleider en de gemeente', anker: 'stap-7-nazorg' },
];
