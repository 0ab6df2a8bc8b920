import { VOORMALIGE_GEMEENTEN } from './regio-antwoord.ts';

/**
 * Gemeenten that no longer exist, so the content check can say "opgeheven per …, nu onderdeel
 * van …" instead of guessing a look-alike ("Haaren" is not "Baarn"). The mergers come from the
 * reference data (VOORMALIGE_GEMEENTEN, src/data/README.md). The reference data holds no
 * split-up gemeenten; Haaren is added with its source: VNG, "Herindeling gemeenten Haaren,
 * Boxtel, Oisterwijk, Tilburg en Vught 2021"
 * (https://vng.nl/praktijkvoorbeelden/herindeling-gemeenten-haaren-boxtel-oisterwijk-tilburg-en-vught-2021)
 * and gemeente Oisterwijk, "Traject herindeling Haaren"
 * (https://www.oisterwijk.nl/oisterwijk-moergestel-heukelom-en-haaren/traject-herindeling-haaren).
 */
interface OpgehevenGemeente {
  naam: string;
  /** As people read it, e.g. "1 januari 2021". */
  sinds: string;
  /** The gemeenten (CBS names) it is part of now. */
  nuOnderdeelVan: readonly string[];
}

const GESPLITST: readonly OpgehevenGemeente[] = [{ naam: 'Haaren', sinds: '1 januari 2021', nuOnderdeelVan: ['Boxtel', 'Oisterwijk', 'Tilburg', 'Vught'] }];

const OPGEHEVEN_GEMEENTEN: readonly OpgehevenGemeente[] = [
  ...VOORMALIGE_GEMEENTEN.map((v) => ({ naam: v.naam, sinds: v.sinds, nuOnderdeelVan: [v.opgegaanIn] })),
  ...GESPLITST,
];

const opzoeken = new Map(OPGEHEVEN_GEMEENTEN.map((g) => [g.naam.toLowerCase(), g]));
export const opgehevenGemeente = (naam: string) => opzoeken.get(naam.trim().toLowerCase());

/** "Boxtel, Oisterwijk, Tilburg en Vught" */
export const opsomming = (namen: readonly string[]) => (namen.length <= 1 ? (namen[0] ?? '') : `${namen.slice(0, -1).join(', ')} en ${namen.at(-1)}`);
