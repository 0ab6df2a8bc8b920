import { normaliseerTekst } from '../kern/tekens.ts';

/**
 * Every name a gemeente can be known by, in one place: the official CBS name, an everyday name
 * ("Den Bosch"), and the names of former gemeenten that merged into it or were split over it.
 * Every gemeente input reads this module — the melding's gemeente van herkomst, the invulhulp,
 * "Welke regio hoort bij mijn gemeente?" and the content check — so a name that works in one
 * works in all, and a dissolved gemeente gets the same explanation everywhere.
 */

/**
 * Everyday names people type (the CBS list uses the official ones). Only names that are in
 * general use and unambiguous; "Bergen" or "Nuenen" need no alias: they match the start of the
 * CBS name already.
 */
export const ALIASSEN: Readonly<Record<string, string>> = {
  "'s-Gravenhage": 'Den Haag',
  "'s-Hertogenbosch": 'Den Bosch',
};

export interface VoormaligeGemeente {
  naam: string;
  /** CBS names of the gemeenten it is part of now: one after a merger, more after a split. */
  nuDeelVan: readonly string[];
  /** Date it ended, as people read it. */
  sinds: string;
  /** The region beschermd wonen it belonged to before, when the reference data says so. */
  regioVoorheen?: string;
  /** Key of the source document (content/bronnen/) that records the change. */
  bron: string;
}

/**
 * Former gemeenten since 2021. 2022–2023: the reference data (src/data/README.md, "Most recent
 * changes found"; the Weesp note is from the Amsterdam row and the Gooi en Vechtstreek section).
 * 2021 and 2022: the CBS counts of those years (content/bronnen/herindelingen-2021.md, -2022.md).
 * Older mergers are not listed: a name from before 2021 gets "Controleer de spelling".
 */
export const VOORMALIGE_GEMEENTEN: readonly VoormaligeGemeente[] = [
  ...['Appingedam', 'Delfzijl', 'Loppersum'].map((naam) => ({ naam, nuDeelVan: ['Eemsdelta'], sinds: '1 januari 2021', bron: 'herindelingen-2021' })),
  { naam: 'Haaren', nuDeelVan: ['Boxtel', 'Oisterwijk', 'Tilburg', 'Vught'], sinds: '1 januari 2021', bron: 'herindelingen-2021' },
  ...['Heerhugowaard', 'Langedijk'].map((naam) => ({ naam, nuDeelVan: ['Dijk en Waard'], sinds: '1 januari 2022', bron: 'herindelingen-2022' })),
  ...['Landerd', 'Uden'].map((naam) => ({ naam, nuDeelVan: ['Maashorst'], sinds: '1 januari 2022', bron: 'herindelingen-2022' })),
  ...['Boxmeer', 'Cuijk', 'Grave', 'Mill en Sint Hubert', 'Sint Anthonis'].map((naam) => ({
    naam,
    nuDeelVan: ['Land van Cuijk'],
    sinds: '1 januari 2022',
    bron: 'herindelingen-2022',
  })),
  { naam: 'Beemster', nuDeelVan: ['Purmerend'], sinds: '1 januari 2022', bron: 'herindelingen-2022' },
  { naam: 'Weesp', nuDeelVan: ['Amsterdam'], sinds: '24 maart 2022', regioVoorheen: 'Gooi en Vechtstreek', bron: 'referentiedata-gemeenten' },
  ...['Brielle', 'Hellevoetsluis', 'Westvoorne'].map((naam) => ({
    naam,
    nuDeelVan: ['Voorne aan Zee'],
    sinds: '1 januari 2023',
    bron: 'referentiedata-gemeenten',
  })),
];

/**
 * Lower case without accents or punctuation, so "den haag", "Súdwest" and "sudwest" match; a
 * pasted invisible character (soft hyphen) is dropped first, as in every form field.
 */
export function zoekvorm(tekst: string): string {
  return normaliseerTekst(tekst)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Does any of the names match what someone typed? Matches the start of any word. */
export function pastBijZoekterm(namen: readonly string[], zoekterm: string): boolean {
  const term = zoekvorm(zoekterm);
  if (!term) return true;
  return namen.some((naam) => {
    const vorm = zoekvorm(naam);
    return vorm.startsWith(term) || vorm.includes(` ${term}`);
  });
}

const voormaligOpNaam = new Map(VOORMALIGE_GEMEENTEN.map((v) => [zoekvorm(v.naam), v]));

/** The former gemeente of this name, also when typed in lower case or without accents. */
export const voormaligeGemeente = (naam: string): VoormaligeGemeente | undefined => voormaligOpNaam.get(zoekvorm(naam));

/** The former gemeenten that are (partly) in this one now. */
export const voormaligIn = (gemeente: string): VoormaligeGemeente[] => VOORMALIGE_GEMEENTEN.filter((v) => v.nuDeelVan.includes(gemeente));

/** "Boxtel, Oisterwijk, Tilburg en Vught" */
const opsomming = (namen: readonly string[]) => (namen.length <= 1 ? (namen[0] ?? '') : `${namen.slice(0, -1).join(', ')} en ${namen.at(-1)}`);

/** One sentence on a former gemeente, the same on every page and in every message. */
export const opgehevenZin = (v: VoormaligeGemeente) => `De gemeente ${v.naam} is opgeheven per ${v.sinds}, nu onderdeel van ${opsomming(v.nuDeelVan)}.`;

export type Herkenning =
  /** One gemeente: by its CBS name, an everyday name, or the single gemeente a former one merged into. */
  | { soort: 'gemeente'; naam: string }
  /** A former gemeente split over several: the typist must choose. */
  | { soort: 'gesplitst'; voormalig: VoormaligeGemeente }
  | { soort: 'onbekend' };

const indexen = new WeakMap<ReadonlySet<string>, Map<string, string>>();

function index(gemeenten: ReadonlySet<string>): Map<string, string> {
  let kaart = indexen.get(gemeenten);
  if (!kaart) {
    kaart = new Map([...gemeenten].map((naam) => [zoekvorm(naam), naam]));
    for (const [officieel, alias] of Object.entries(ALIASSEN)) {
      if (gemeenten.has(officieel) && !kaart.has(zoekvorm(alias))) kaart.set(zoekvorm(alias), officieel);
    }
    for (const { naam, nuDeelVan } of VOORMALIGE_GEMEENTEN) {
      const [enige] = nuDeelVan;
      if (nuDeelVan.length === 1 && enige && gemeenten.has(enige) && !kaart.has(zoekvorm(naam))) kaart.set(zoekvorm(naam), enige);
    }
    indexen.set(gemeenten, kaart);
  }
  return kaart;
}

/**
 * A gemeente as typed → what it is today. Case, accents and punctuation do not matter
 * ("venlo", "sudwest fryslan"); "Den Bosch" → "'s-Hertogenbosch"; "Weesp" → "Amsterdam".
 */
export function herkenGemeente(invoer: string, gemeenten: ReadonlySet<string>): Herkenning {
  const vorm = zoekvorm(invoer);
  const naam = vorm ? index(gemeenten).get(vorm) : undefined;
  if (naam) return { soort: 'gemeente', naam };
  const voormalig = vorm ? voormaligOpNaam.get(vorm) : undefined;
  if (voormalig && voormalig.nuDeelVan.length > 1) return { soort: 'gesplitst', voormalig };
  return { soort: 'onbekend' };
}

/** The official CBS name of what was typed, or null (also for a split gemeente: that needs a choice). */
export function officieleGemeente(invoer: string, gemeenten: ReadonlySet<string>): string | null {
  const h = herkenGemeente(invoer, gemeenten);
  return h.soort === 'gemeente' ? h.naam : null;
}

/** An option of a gemeente picker: the CBS name, plus the other names it can be found by. */
export interface GemeenteOptie {
  waarde: string;
  /** Other names to match on, each with how to show it: "Den Bosch", "voorheen Weesp". */
  ookBekendAls?: readonly { naam: string; label: string }[];
}

/** Every gemeente as an option of a picker, with its everyday and former names. */
export function gemeenteOpties(gemeenten: readonly string[]): GemeenteOptie[] {
  return gemeenten.map((waarde) => {
    const ook = [
      ...(ALIASSEN[waarde] ? [{ naam: ALIASSEN[waarde], label: ALIASSEN[waarde] }] : []),
      ...voormaligIn(waarde).map((v) => ({ naam: v.naam, label: `${v.nuDeelVan.length > 1 ? 'deels ' : ''}voorheen ${v.naam}` })),
    ];
    return ook.length ? { waarde, ookBekendAls: ook } : { waarde };
  });
}

/** The names an option matches on. */
export const optieNamen = (optie: GemeenteOptie): string[] => [optie.waarde, ...(optie.ookBekendAls ?? []).map((a) => a.naam)];

/**
 * How an option reads for what was typed: "'s-Hertogenbosch (Den Bosch)" always, "Amsterdam
 * (voorheen Weesp)" only when it was found by that name.
 */
export function optieLabel(optie: GemeenteOptie, zoekterm: string): string {
  const alias = ALIASSEN[optie.waarde];
  const gevonden = pastBijZoekterm([optie.waarde], zoekterm)
    ? undefined
    : optie.ookBekendAls?.find((a) => pastBijZoekterm([a.naam], zoekterm) && a.naam !== alias);
  const extra = gevonden?.label ?? alias;
  return extra ? `${optie.waarde} (${extra})` : optie.waarde;
}
