import { breekAf } from './afbreken.ts';
import type { StructuurElement } from './structuur.ts';

/**
 * The page model of the PDFs: A4 pages of positioned items, in PDF points with the origin at
 * the bottom left (as pdf-lib draws). Pure: no pdf-lib here, so layout is tested in Node with
 * a fake meter and the drawing adapter (teken.ts) only paints what it is given.
 */
export const A4 = { breedte: 595.28, hoogte: 841.89 } as const;
export const MARGE = { links: 56.7, rechts: 56.7, boven: 42.5, onder: 42.5 } as const;
export const TEKSTBREEDTE = A4.breedte - MARGE.links - MARGE.rechts;
/** Room kept free above the bottom margin for the footer. */
const VOETRUIMTE = 18;
const BOVENKANT = A4.hoogte - MARGE.boven;
const ONDERKANT = MARGE.onder + VOETRUIMTE;

/** Measures text in the font that will draw it; the drawing adapter gives the real one. */
export interface Meter {
  breedte(tekst: string, grootte: number, vet: boolean): number;
  /** Whether the font has a glyph for this character (e.g. "☐"). */
  heeftTeken(teken: string): boolean;
}

/**
 * Where a drawn item belongs in the structure tree (structuur.ts): the index of its element.
 * Without one it is an artifact, decoration a screen reader skips.
 */
interface Getagd {
  element?: number;
}

/** `y` is the baseline. */
export interface TekstItem extends Getagd {
  soort: 'tekst';
  x: number;
  y: number;
  tekst: string;
  grootte: number;
  vet: boolean;
  grijs?: boolean;
  /** Footer text: a pagination artifact, repeated on every page. */
  paginering?: boolean;
}
interface LijnItem extends Getagd {
  soort: 'lijn';
  x1: number;
  x2: number;
  y: number;
  dikte: number;
}
/** An empty tick box drawn as a square (when the font has no "☐"); `y` is its bottom. */
interface VakItem extends Getagd {
  soort: 'vak';
  x: number;
  y: number;
  zijde: number;
}
/** A fillable form field; `y` is the bottom of the box. */
export interface VeldItem extends Getagd {
  soort: 'veld';
  naam: string;
  /** What a screen reader says for the field (its TU), e.g. "Handtekening cliënt". */
  toegankelijkeNaam: string;
  x: number;
  y: number;
  breedte: number;
  hoogte: number;
  standaard?: string;
}
export type Item = TekstItem | LijnItem | VakItem | VeldItem;

interface Pagina {
  items: Item[];
}
export interface Layout {
  breedte: number;
  hoogte: number;
  paginas: Pagina[];
  /** The structure tree the items' `element` point into; element 0 is the root. */
  structuur: readonly StructuurElement[];
}

/**
 * An unbreakable piece of the flow: one line of text, a writing line, or a signature block.
 * Its items' `y` are measured downwards from the top of the piece until it is placed.
 */
export interface Stuk {
  hoogte: number;
  /** Space above; dropped at the top of a page. */
  ruimteVoor: number;
  /** Keep on the same page as the next piece (headings, question labels). */
  bijVolgende: boolean;
  items: Item[];
}

function plaats(item: Item, boven: number): Item {
  return { ...item, y: boven - item.y };
}

/** Height needed for the piece at `i` and the pieces it must stay with, if that fits on one page. */
function benodigd(stukken: readonly Stuk[], i: number, bovenaan: boolean): number {
  const eigen = (bovenaan ? 0 : stukken[i]!.ruimteVoor) + stukken[i]!.hoogte;
  let samen = eigen;
  for (let j = i; stukken[j]!.bijVolgende && j + 1 < stukken.length; j++) samen += stukken[j + 1]!.ruimteVoor + stukken[j + 1]!.hoogte;
  // A chain taller than a page cannot stay together; then only this piece must fit.
  return samen <= BOVENKANT - ONDERKANT ? samen : eigen;
}

export interface Voet {
  /** E.g. "Zoë de Vries · geboren 17 maart 1990". */
  links: string;
}

const VOET_GROOTTE = 8.5;

/**
 * Chains pieces so zetOp keeps them on one page (it splits a chain only when it is taller than a
 * page). For signature sections: a party signing alone on a last page would sign a page that
 * shows none of what is signed, nor the other parties.
 */
export function bijElkaar(stukken: readonly Stuk[]): Stuk[] {
  return stukken.map((s, i) => ({ ...s, bijVolgende: i < stukken.length - 1 }));
}

/** Flows the pieces onto pages, top to bottom, and adds the footer with "pagina X van Y". */
export function zetOp(stukken: readonly Stuk[], voet: Voet, meter: Meter, structuur: readonly StructuurElement[]): Layout {
  const paginas: Pagina[] = [];
  let items: Item[] = [];
  let y = BOVENKANT;
  let bovenaan = true;
  for (let i = 0; i < stukken.length; i++) {
    const stuk = stukken[i]!;
    if (!bovenaan && y - benodigd(stukken, i, false) < ONDERKANT) {
      paginas.push({ items });
      items = [];
      y = BOVENKANT;
      bovenaan = true;
    }
    if (!bovenaan) y -= stuk.ruimteVoor;
    items.push(...stuk.items.map((item) => plaats(item, y)));
    y -= stuk.hoogte;
    bovenaan = false;
  }
  paginas.push({ items });
  paginas.forEach((pagina, i) => pagina.items.push(...voetItems(voet, i + 1, paginas.length, meter)));
  return { breedte: A4.breedte, hoogte: A4.hoogte, paginas, structuur };
}

function paginaTekst(nummer: number, totaal: number): string {
  return `pagina ${nummer} van ${totaal}`;
}

function voetItems(voet: Voet, nummer: number, totaal: number, meter: Meter): Item[] {
  const rechts = paginaTekst(nummer, totaal);
  const rechtsBreedte = meter.breedte(rechts, VOET_GROOTTE, false);
  const rechterrand = A4.breedte - MARGE.rechts;
  const y = MARGE.onder;
  // A long name wraps downwards into the margin rather than running into the page number.
  const regels = breekAf(voet.links, TEKSTBREEDTE - rechtsBreedte - 12, (t) => meter.breedte(t, VOET_GROOTTE, false));
  return [
    { soort: 'lijn', x1: MARGE.links, x2: rechterrand, y: y + 12, dikte: 0.5 },
    ...regels.map((tekst, i): Item => ({ soort: 'tekst', x: MARGE.links, y: y - i * 10.5, tekst, grootte: VOET_GROOTTE, vet: false, paginering: true })),
    { soort: 'tekst', x: rechterrand - rechtsBreedte, y, tekst: rechts, grootte: VOET_GROOTTE, vet: false, paginering: true },
  ];
}
