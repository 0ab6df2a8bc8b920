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
    titel:
      'Gemeentelijke aanpak middelenproblematiek — Bezieling en bereikbaarheid voor mensen met complex middelengebruik (AF1691)',
    kort: 'Trimbos, Gemeentelijke aanpak middelenproblematiek',
    uitgever: 'Trimbos-instituut',
    datum: '2024',
    soort: 'handreiking voor gemeenten',
    opmerking: 'Alle rechten voorbehouden: het portaal neemt feiten over, geen tekst.',
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

export const BRONDOCUMENT_SLEUTELS = Object.keys(BRONDOCUMENTEN) as [
  BrondocumentSleutel,
  ...BrondocumentSleutel[],
];

/** "2025-07-07" → "7 juli 2025", "2022-03" → "maart 2022", "2024" → "2024", null → "zonder datum". */
export function formatBrondatum(datum: string | null): string {
  if (!datum) return 'zonder datum';
  return datumVoluitDeels(datum);
}
