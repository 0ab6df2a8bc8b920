import { breekAf } from './afbreken.ts';
import { A4, bijElkaar, MARGE, TEKSTBREEDTE, zetOp, type Item, type Layout, type Meter, type Stuk, type Voet } from './layout.ts';
import { StructuurBouwer } from './structuur.ts';

/**
 * The building blocks of both PDFs (the melding and the blank form) and their typography:
 * each block becomes pieces (Stuk) that layout.ts flows onto pages, and elements of the
 * structure tree (structuur.ts) its text is tagged with: title H1, section heading H2, a
 * question with its answer a table row (question as row header), a question without answer
 * (the blank form) a paragraph, lists L/LI, a signature block a Div with a Form per field.
 */
export type Blok =
  | { soort: 'titel'; tekst: string }
  /** Section heading; never the last line on a page. */
  | { soort: 'kop'; tekst: string }
  /**
   * A question and its answer, as a row: the label (and its toelichting) in the left column, the
   * answer beside it in the right one. On the blank form `antwoord` is null: then `ruimte` is the
   * room to write beside the label, or without it the label runs across the page and the writing
   * space follows as blocks of its own.
   */
  | { soort: 'vraag'; label: string; antwoord: string | null; toelichting?: string; ruimte?: Schrijfruimte }
  /** The questions of a section left unanswered, folded into one line at its end ("Niet ingevuld: …"). */
  | { soort: 'nietIngevuld'; labels: readonly string[] }
  /** `bijVolgende`: keep on the page of what follows (an introduction to a signature block). */
  | { soort: 'tekst'; tekst: string; stijl: 'gewoon' | 'vet' | 'klein'; bijVolgende?: boolean }
  | { soort: 'opsomming'; punten: readonly string[] }
  /** Empty lines to write on (blank form). */
  | { soort: 'schrijfregels'; aantal: number; breedte?: number }
  /** Choices with an empty tick box each (blank form); `los`: a single tick box that is a question of its own. */
  | { soort: 'keuzes'; opties: readonly string[]; los?: boolean }
  | { soort: 'ondertekening'; wie: string; naam: string | null; handtekeningVeld: string; datumVeld: string; datum: string | null };

/**
 * Questions with their answers (null: left empty): the answered ones as rows, the others named
 * together in one "Niet ingevuld" line after them, so a reader sees answers, not rows of blanks.
 */
export function antwoordRijen(rijen: readonly { label: string; antwoord: string | null }[]): Blok[] {
  const leeg = rijen.filter((r) => r.antwoord === null).map((r) => r.label);
  return [
    ...rijen.flatMap((r): Blok[] => (r.antwoord === null ? [] : [{ soort: 'vraag', label: r.label, antwoord: r.antwoord }])),
    ...(leeg.length ? [{ soort: 'nietIngevuld', labels: leeg } as const] : []),
  ];
}

/** Room for a handwritten date (dd-mm-jjjj): a short line. */
const DATUMREGEL = 160;

/**
 * A question of a blank form with room to write. A short answer gets a line beside its label (a
 * date a short one), as a filled-in form has its answers; a long one keeps the label across the
 * page with four full-width lines under it: handwriting needs the whole line.
 */
export function schrijfVraag(vraag: { label: string; toelichting?: string }, lengte: 'kort' | 'datum' | 'lang'): Blok[] {
  const blok = { soort: 'vraag', label: vraag.label, antwoord: null, ...(vraag.toelichting ? { toelichting: vraag.toelichting } : {}) } as const;
  if (lengte === 'lang') return [blok, { soort: 'schrijfregels', aantal: 4 }];
  return [{ ...blok, ruimte: { soort: 'regels', aantal: 1, ...(lengte === 'datum' ? { breedte: DATUMREGEL } : {}) } }];
}

/** Room to write beside a question's label on the blank form: lines, or a box per choice. */
type Schrijfruimte = { soort: 'regels'; aantal: number; breedte?: number } | { soort: 'keuzes'; opties: readonly string[] };

interface Stijl {
  grootte: number;
  vet: boolean;
  /** Line height. */
  regel: number;
}

const TITEL: Stijl = { grootte: 18, vet: true, regel: 23 };
const KOP: Stijl = { grootte: 13, vet: true, regel: 17 };
const LABEL: Stijl = { grootte: 9.5, vet: true, regel: 12.5 };
const GEWOON: Stijl = { grootte: 10.5, vet: false, regel: 14 };
const VET: Stijl = { grootte: 11.5, vet: true, regel: 15 };
const KLEIN: Stijl = { grootte: 9, vet: false, regel: 12 };
/** An answer beside its label: a little tighter than running text, as a table is. */
const ANTWOORD: Stijl = { grootte: 10.5, vet: false, regel: 13 };

const X = MARGE.links;
const VAKJE = '☐';

function regelStukken(
  tekst: string,
  stijl: Stijl,
  meter: Meter,
  opties: { x?: number; breedte?: number; ruimteVoor?: number; bijVolgende?: boolean; grijs?: boolean; eersteItems?: Item[]; element?: number } = {},
): Stuk[] {
  const x = opties.x ?? X;
  const regels = breekAf(tekst, opties.breedte ?? A4.breedte - MARGE.rechts - x, (t) => meter.breedte(t, stijl.grootte, stijl.vet));
  return regels.map((regel, i) => ({
    hoogte: stijl.regel,
    ruimteVoor: i === 0 ? (opties.ruimteVoor ?? 0) : 0,
    bijVolgende: opties.bijVolgende ?? false,
    items: [
      ...(i === 0 ? (opties.eersteItems ?? []) : []),
      // Empty lines take their height but draw nothing.
      ...(regel
        ? [
            {
              soort: 'tekst',
              x,
              y: stijl.grootte,
              tekst: regel,
              grootte: stijl.grootte,
              vet: stijl.vet,
              grijs: opties.grijs ?? false,
              ...(opties.element === undefined ? {} : { element: opties.element }),
            } as const,
          ]
        : []),
    ],
  }));
}

/** A choice of the blank form: its text is the list item's body; a drawn box is decoration. */
function keuzeStuk(optie: string, meter: Meter, ruimteVoor: number, element: number, x: number = X): Stuk[] {
  if (meter.heeftTeken(VAKJE)) return regelStukken(`${VAKJE} ${optie}`, GEWOON, meter, { x, ruimteVoor, element });
  // No "☐" in the font: draw the box as a small square, the text beside it.
  const zijde = 8.5;
  return regelStukken(optie, GEWOON, meter, {
    x: x + zijde + 6,
    ruimteVoor,
    element,
    eersteItems: [{ soort: 'vak', x, y: GEWOON.grootte, zijde }],
  });
}

/**
 * The two columns of a question row. The label column is wide enough for most labels on one or
 * two lines; the answer column keeps about 60 characters a line, a comfortable measure to read.
 */
const LABELBREEDTE = Math.round(TEKSTBREEDTE * 0.38);
const KOLOMWIT = 12;
export const ANTWOORD_X = X + LABELBREEDTE + KOLOMWIT;
const ANTWOORDBREEDTE = A4.breedte - MARGE.rechts - ANTWOORD_X;
/** Space above a question row. */
const RIJ_RUIMTE = 2;
/** A writing line on the blank form: its height, and where the line lies from its top. */
const SCHRIJFREGEL = { hoogte: 22, lijn: 20 } as const;

/** One line of a column in a question row; `basis` is where its text sits (the baseline) from its top. */
interface Cel {
  hoogte: number;
  basis: number;
  items: Item[];
}

function tekstCellen(tekst: string, stijl: Stijl, meter: Meter, x: number, breedte: number, element: number, grijs = false): Cel[] {
  return regelStukken(tekst, stijl, meter, { x, breedte, grijs, element }).map((s) => ({ hoogte: s.hoogte, basis: stijl.grootte, items: s.items }));
}

/** The writing space beside a label: lines are decoration, choices a list (structure `s`). */
function ruimteCellen(ruimte: Schrijfruimte, meter: Meter, s: StructuurBouwer): Cel[] {
  if (ruimte.soort === 'regels') {
    const x2 = ANTWOORD_X + Math.min(ruimte.breedte ?? ANTWOORDBREEDTE, ANTWOORDBREEDTE);
    return Array.from({ length: ruimte.aantal }, () => ({
      hoogte: SCHRIJFREGEL.hoogte,
      basis: SCHRIJFREGEL.lijn,
      items: [{ soort: 'lijn', x1: ANTWOORD_X, x2, y: SCHRIJFREGEL.lijn, dikte: 0.5 }],
    }));
  }
  const lichamen = s.lijst(ruimte.opties.length);
  return ruimte.opties.flatMap((optie, i) =>
    keuzeStuk(optie, meter, i === 0 ? 0 : 3, lichamen[i]!, ANTWOORD_X).map((s) => ({
      hoogte: s.ruimteVoor + s.hoogte,
      basis: s.ruimteVoor + GEWOON.grootte,
      items: s.items.map((item) => ({ ...item, y: item.y + s.ruimteVoor })),
    })),
  );
}

/**
 * A question row: line i of the left column beside line i of the right one, their baselines
 * aligned, one piece per line so a long answer breaks over pages line by line. The whole left
 * column stays on one page with the first line of the answer (never a label alone at the bottom
 * of a page); an answer of up to three lines stays whole, a longer one leaves at least two lines
 * at the bottom of a page and takes at least two to the next.
 */
function rij(links: readonly Cel[], rechts: readonly Cel[]): Stuk[] {
  const n = Math.max(links.length, rechts.length);
  const bijVolgende = (i: number) => i < n - 1 && (i < links.length - 1 || n <= 3 || i === 0 || i === n - 2);
  return Array.from({ length: n }, (_, i): Stuk => {
    const cellen = [links[i], rechts[i]].filter((c): c is Cel => c !== undefined);
    const basis = Math.max(...cellen.map((c) => c.basis));
    return {
      hoogte: Math.max(...cellen.map((c) => c.hoogte + basis - c.basis)),
      ruimteVoor: i === 0 ? RIJ_RUIMTE : 0,
      bijVolgende: bijVolgende(i),
      items: cellen.flatMap((c) => c.items.map((item) => ({ ...item, y: item.y + basis - c.basis }))),
    };
  });
}

/**
 * Tagged as a table row (question as row header, answer as cell) when there is an answer; on the
 * blank form the question is a paragraph and its choices a list.
 */
function vraagStukken(blok: Extract<Blok, { soort: 'vraag' }>, meter: Meter, s: StructuurBouwer): Stuk[] {
  const linkerKolom = (vraag: number) => [
    ...tekstCellen(blok.label, LABEL, meter, X, LABELBREEDTE, vraag),
    ...(blok.toelichting ? tekstCellen(blok.toelichting, KLEIN, meter, X, LABELBREEDTE, vraag, true) : []),
  ];
  if (blok.antwoord !== null) {
    const { th, td } = s.tabelRij();
    return rij(linkerKolom(th), tekstCellen(blok.antwoord, ANTWOORD, meter, ANTWOORD_X, ANTWOORDBREEDTE, td));
  }
  const vraag = s.voegToe('P');
  if (blok.ruimte) return rij(linkerKolom(vraag), ruimteCellen(blok.ruimte, meter, s));
  // The label across the page; the writing space follows as blocks of its own.
  const label = regelStukken(blok.label, LABEL, meter, { ruimteVoor: 8, bijVolgende: true, element: vraag });
  const toelichting = blok.toelichting ? regelStukken(blok.toelichting, KLEIN, meter, { bijVolgende: true, grijs: true, element: vraag }) : [];
  return [...label, ...toelichting];
}

/**
 * The unanswered questions of a section in one paragraph at its end, across the page, small and
 * grey: "Niet ingevuld: A; B; C." Semicolons, as a label may hold a comma.
 */
function nietIngevuldStukken(labels: readonly string[], meter: Meter, s: StructuurBouwer): Stuk[] {
  if (!labels.length) return [];
  return regelStukken(`Niet ingevuld: ${labels.join('; ')}.`, KLEIN, meter, { ruimteVoor: RIJ_RUIMTE + 1, grijs: true, element: s.voegToe('P') });
}

function ondertekeningStuk(blok: Extract<Blok, { soort: 'ondertekening' }>, meter: Meter, s: StructuurBouwer): Stuk {
  // Reading order: who signs, the name, then each label with its field.
  const div = s.voegToe('Div');
  const wie = s.voegToe('P', div);
  const naam = s.voegToe('P', div);
  const handtekeningLabel = s.voegToe('P', div);
  const handtekeningVeld = s.voegToe('Form', div);
  const datumLabel = s.voegToe('P', div);
  const datumVeld = s.voegToe('Form', div);
  const items: Item[] = [{ soort: 'tekst', x: X, y: VET.grootte, tekst: blok.wie, grootte: VET.grootte, vet: true, element: wie }];
  let y = VET.regel + 2;
  if (blok.naam !== null) {
    for (const regel of breekAf(`Naam: ${blok.naam}`, TEKSTBREEDTE, (t) => meter.breedte(t, GEWOON.grootte, false))) {
      items.push({ soort: 'tekst', x: X, y: y + GEWOON.grootte, tekst: regel, grootte: GEWOON.grootte, vet: false, element: naam });
      y += GEWOON.regel;
    }
  } else {
    const label = 'Naam:';
    items.push({ soort: 'tekst', x: X, y: y + GEWOON.grootte, tekst: label, grootte: GEWOON.grootte, vet: false, element: naam });
    items.push({ soort: 'lijn', x1: X + meter.breedte(label, GEWOON.grootte, false) + 6, x2: X + 300, y: y + GEWOON.grootte + 2, dikte: 0.5 });
    y += GEWOON.regel + 8;
  }
  y += 6;
  const datumX = X + 300;
  items.push({ soort: 'tekst', x: X, y: y + LABEL.grootte, tekst: 'Handtekening', grootte: LABEL.grootte, vet: true, element: handtekeningLabel });
  items.push({ soort: 'tekst', x: datumX, y: y + LABEL.grootte, tekst: 'Datum (dd-mm-jjjj)', grootte: LABEL.grootte, vet: true, element: datumLabel });
  y += LABEL.regel + 3;
  const handtekening = { breedte: 270, hoogte: 50 };
  items.push({
    soort: 'veld',
    naam: blok.handtekeningVeld,
    toegankelijkeNaam: `${blok.wie}: handtekening`,
    element: handtekeningVeld,
    x: X,
    y: y + handtekening.hoogte,
    ...handtekening,
  });
  items.push({
    soort: 'veld',
    naam: blok.datumVeld,
    toegankelijkeNaam: `${blok.wie}: datum van ondertekening (dd-mm-jjjj)`,
    element: datumVeld,
    x: datumX,
    y: y + 22,
    breedte: 110,
    hoogte: 22,
    ...(blok.datum !== null ? { standaard: blok.datum } : {}),
  });
  return { hoogte: y + handtekening.hoogte + 4, ruimteVoor: 14, bijVolgende: false, items };
}

function naarStukken(blok: Blok, meter: Meter, s: StructuurBouwer): Stuk[] {
  switch (blok.soort) {
    case 'titel':
      return regelStukken(blok.tekst, TITEL, meter, { bijVolgende: true, element: s.voegToe('H1') });
    case 'kop': {
      const stukken = regelStukken(blok.tekst, KOP, meter, { ruimteVoor: 12, bijVolgende: true, element: s.voegToe('H2', undefined, blok.tekst) });
      const laatste = stukken.at(-1);
      // A rule under the heading marks where a section starts (decoration: no element).
      laatste?.items.push({ soort: 'lijn', x1: X, x2: A4.breedte - MARGE.rechts, y: KOP.regel + 1, dikte: 0.75 });
      if (laatste) laatste.hoogte += 5;
      return stukken;
    }
    case 'vraag':
      return vraagStukken(blok, meter, s);
    case 'nietIngevuld':
      return nietIngevuldStukken(blok.labels, meter, s);
    case 'tekst':
      return regelStukken(blok.tekst, { gewoon: GEWOON, vet: VET, klein: KLEIN }[blok.stijl], meter, {
        ruimteVoor: 4,
        bijVolgende: blok.bijVolgende ?? false,
        element: s.voegToe('P'),
      });
    case 'opsomming': {
      const lijst = s.voegToe('L');
      return blok.punten.flatMap((punt) => {
        const item = s.voegToe('LI', lijst);
        const lbl = s.voegToe('Lbl', item);
        return regelStukken(punt, GEWOON, meter, {
          x: X + 12,
          ruimteVoor: 1,
          element: s.voegToe('LBody', item),
          eersteItems: [{ soort: 'tekst', x: X + 2, y: GEWOON.grootte, tekst: '•', grootte: GEWOON.grootte, vet: false, element: lbl }],
        });
      });
    }
    case 'schrijfregels':
      return Array.from({ length: blok.aantal }, () => ({
        hoogte: 22,
        ruimteVoor: 0,
        bijVolgende: false,
        items: [{ soort: 'lijn', x1: X, x2: X + (blok.breedte ?? TEKSTBREEDTE), y: 20, dikte: 0.5 }],
      }));
    case 'keuzes': {
      const lichamen = s.lijst(blok.opties.length);
      return blok.opties.flatMap((optie, i) => keuzeStuk(optie, meter, blok.los ? 10 : 3, lichamen[i]!));
    }
    case 'ondertekening':
      return [ondertekeningStuk(blok, meter, s)];
  }
}

/** Lays out the blocks, with the signature section kept on one page (see bijElkaar). */
export function zetBlokkenOp(blokken: readonly Blok[], ondertekening: readonly Blok[], voet: Voet, meter: Meter): Layout {
  const structuur = new StructuurBouwer();
  const stukken = (b: readonly Blok[]) => b.flatMap((blok) => naarStukken(blok, meter, structuur));
  return zetOp([...stukken(blokken), ...bijElkaar(stukken(ondertekening))], voet, meter, structuur.elementen);
}
