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
  /** A question and its answer; `antwoord: null` on the blank form (the writing space follows). */
  | { soort: 'vraag'; label: string; antwoord: string | null; ingevuld?: boolean; toelichting?: string }
  /** `bijVolgende`: keep on the page of what follows (an introduction to a signature block). */
  | { soort: 'tekst'; tekst: string; stijl: 'gewoon' | 'vet' | 'klein'; bijVolgende?: boolean }
  | { soort: 'opsomming'; punten: readonly string[] }
  /** Empty lines to write on (blank form). */
  | { soort: 'schrijfregels'; aantal: number; breedte?: number }
  /** Choices with an empty tick box each (blank form); `los`: a single tick box that is a question of its own. */
  | { soort: 'keuzes'; opties: readonly string[]; los?: boolean }
  | { soort: 'ondertekening'; wie: string; naam: string | null; handtekeningVeld: string; datumVeld: string; datum: string | null };

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

const X = MARGE.links;
const VAKJE = '☐';

function regelStukken(
  tekst: string,
  stijl: Stijl,
  meter: Meter,
  opties: { x?: number; ruimteVoor?: number; bijVolgende?: boolean; grijs?: boolean; eersteItems?: Item[]; element?: number } = {},
): Stuk[] {
  const x = opties.x ?? X;
  const regels = breekAf(tekst, A4.breedte - MARGE.rechts - x, (t) => meter.breedte(t, stijl.grootte, stijl.vet));
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
function keuzeStuk(optie: string, meter: Meter, ruimteVoor: number, element: number): Stuk[] {
  if (meter.heeftTeken(VAKJE)) return regelStukken(`${VAKJE} ${optie}`, GEWOON, meter, { ruimteVoor, element });
  // No "☐" in the font: draw the box as a small square, the text beside it.
  const zijde = 8.5;
  return regelStukken(optie, GEWOON, meter, {
    x: X + zijde + 6,
    ruimteVoor,
    element,
    eersteItems: [{ soort: 'vak', x: X, y: GEWOON.grootte, zijde }],
  });
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
      const stukken = regelStukken(blok.tekst, KOP, meter, { ruimteVoor: 18, bijVolgende: true, element: s.voegToe('H2', undefined, blok.tekst) });
      const laatste = stukken.at(-1);
      // A rule under the heading marks where a section starts (decoration: no element).
      laatste?.items.push({ soort: 'lijn', x1: X, x2: A4.breedte - MARGE.rechts, y: KOP.regel + 1, dikte: 0.75 });
      if (laatste) laatste.hoogte += 5;
      return stukken;
    }
    case 'vraag': {
      // With an answer: a table row, question and explanation as its header. Without (the
      // blank form): the question is a paragraph, the writing lines or choices follow it.
      const rij = blok.antwoord === null ? null : s.tabelRij();
      const vraag = rij?.th ?? s.voegToe('P');
      const label = regelStukken(blok.label, LABEL, meter, { ruimteVoor: 8, bijVolgende: true, element: vraag });
      const toelichting = blok.toelichting ? regelStukken(blok.toelichting, KLEIN, meter, { bijVolgende: true, grijs: true, element: vraag }) : [];
      if (blok.antwoord === null || !rij) return [...label, ...toelichting];
      const antwoord = regelStukken(blok.antwoord, GEWOON, meter, { ruimteVoor: 1, grijs: blok.ingevuld === false, element: rij.td });
      return [...label, ...toelichting, ...antwoord];
    }
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
          ruimteVoor: 3,
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
      const lijst = s.voegToe('L');
      return blok.opties.flatMap((optie) => keuzeStuk(optie, meter, blok.los ? 10 : 3, s.voegToe('LBody', s.voegToe('LI', lijst))));
    }
    case 'ondertekening':
      return [ondertekeningStuk(blok, meter, s)];
  }
}

/** Lays out the blocks, with the signature section kept on one page (see bijElkaar). */
export function zetBlokkenOp(blokken: readonly Blok[], ondertekening: readonly Blok[], voet: Voet, meter: Meter): Layout {
  const structuur = new StructuurBouwer();
  const stukken = (b: readonly Blok[]) => b.flatMap((blok) => naarStukken(blok, meter, structuur));
  const inhoud = stukken(blokken);
  return zetOp([...inhoud, ...bijElkaar(stukken(ondertekening))], voet, meter, structuur.elementen);
}
