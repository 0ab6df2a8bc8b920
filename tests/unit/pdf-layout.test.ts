import { describe, expect, it } from 'vitest';
import { meldingSchema } from '../../src/lib/melding/schema.ts';
import { breekAf } from '../../src/lib/pdf/afbreken.ts';
import { ANTWOORD_X } from '../../src/lib/pdf/blokken.ts';
import { A4, MARGE, TEKSTBREEDTE, type Item, type Layout, type Meter, type TekstItem } from '../../src/lib/pdf/layout.ts';
import { layoutBlanco, layoutMelding, meldingDocument } from '../../src/lib/melding-pdf/melding-layout.ts';
import { metVulling } from '../fixtures/vulling.ts';
import { GEMEENTEN, lang, LANG_WOORD, maximaal, minimaal, PEILDATUM, type MeldingInvoer } from '../fixtures/meldingen.ts';

// Every character 5 pt wide at size 10 (bold 10% wider): widths are easy to reason about.
const nepMeter = (vakje = false): Meter => ({
  breedte: (tekst, grootte, vet) => [...tekst].length * grootte * (vet ? 0.55 : 0.5),
  heeftTeken: (teken) => vakje || teken !== '☐',
});
const tekens = (n: number) => (t: string) => [...t].length * (100 / n); // n characters per 100 pt

const parse = (invoer: MeldingInvoer) => meldingSchema({ peildatum: PEILDATUM, gemeenten: GEMEENTEN }).parse(invoer);
const teksten = (items: readonly Item[]) => items.filter((i): i is TekstItem => i.soort === 'tekst');
const isVoet = (i: Item) => i.y < MARGE.onder + 20;
const inhoud = (layout: Layout) => layout.paginas.map((p) => teksten(p.items.filter((i) => !isVoet(i))));
const zonderWit = (t: string) => t.replace(/\s+/g, '');

describe('breekAf', () => {
  it('breaks at spaces and never beyond the width', () => {
    const regels = breekAf('een twee drie vier vijf zes zeven acht', 100, tekens(10));
    expect(regels).toEqual(['een twee', 'drie vier', 'vijf zes', 'zeven acht']);
    for (const r of regels) expect(tekens(10)(r)).toBeLessThanOrEqual(100);
  });

  it('cuts a word longer than a line between characters, losing nothing', () => {
    const woord = 'x'.repeat(25);
    expect(breekAf(`kort ${woord} ook`, 100, tekens(10))).toEqual(['kort', 'x'.repeat(10), 'x'.repeat(10), 'xxxxx ook']);
  });

  it('keeps a letter with its accent when cutting', () => {
    const woord = 'q\u0303'.repeat(30); // q + combining tilde: no precomposed form, stays two code points
    const regels = breekAf(woord, 55, (t) => [...t].length * 10); // room for 5 code points: 2½ letters
    expect(regels.join('')).toBe(woord);
    for (const r of regels) expect(r.startsWith('\u0303')).toBe(false);
  });

  it('keeps explicit newlines, also empty lines', () => {
    expect(breekAf('een\n\ntwee drie\nvier', 100, tekens(10))).toEqual(['een', '', 'twee drie', 'vier']);
  });
});

describe('layoutMelding', () => {
  const doc = meldingDocument(parse(lang));
  const layout = layoutMelding(doc, nepMeter());

  it('puts every line of a long answer on a page exactly once', () => {
    expect(layout.paginas.length).toBeGreaterThanOrEqual(4);
    const alles = zonderWit(
      inhoud(layout)
        .flat()
        .map((i) => i.tekst)
        .join(''),
    );
    // The long answers: numbered paragraphs, so each input line is unique.
    const lange = doc.secties.flatMap((s) => s.rijen).filter((r) => r.waarde.length > 1000);
    const regels = lange.flatMap((r) => r.waarde.split('\n')).filter((r) => r.trim());
    expect(regels.length).toBeGreaterThan(50);
    for (const regel of regels) expect(alles.split(zonderWit(regel)).length - 1, regel).toBe(1);
    expect(alles).toContain(LANG_WOORD);
  });

  it('keeps all text inside the margins', () => {
    const meter = nepMeter();
    for (const pagina of inhoud(layout)) {
      for (const t of pagina) {
        expect(t.x).toBeGreaterThanOrEqual(MARGE.links);
        expect(t.x + meter.breedte(t.tekst, t.grootte, t.vet)).toBeLessThanOrEqual(A4.breedte - MARGE.rechts + 0.01);
        expect(t.y).toBeGreaterThan(MARGE.onder + 20);
        expect(t.y + t.grootte).toBeLessThanOrEqual(A4.hoogte - MARGE.boven + 0.01);
      }
    }
  });

  it('has "pagina X van Y" and the name with the birth date in the footer of every page', () => {
    const n = layout.paginas.length;
    layout.paginas.forEach((pagina, i) => {
      const voet = teksten(pagina.items.filter(isVoet)).map((t) => t.tekst);
      expect(voet).toEqual(['Maria Johanna van der Berg · geboren 5 juli 1984', `pagina ${i + 1} van ${n}`]);
    });
  });

  it('folds the empty answers of a section into one grey "Niet ingevuld" line at its end, not a row each', () => {
    const minimaalDoc = meldingDocument(parse(minimaal));
    const items = layoutMelding(minimaalDoc, nepMeter()).paginas.flatMap((p) => teksten(p.items));
    expect(items.filter((i) => i.tekst === 'niet ingevuld')).toEqual([]);
    const gevouwen = items.filter((i) => i.tekst.startsWith('Niet ingevuld: '));
    const metLeeg = minimaalDoc.secties.filter((s) => s.rijen.some((r) => !r.ingevuld));
    expect(metLeeg.length).toBeGreaterThan(4);
    expect(gevouwen).toHaveLength(metLeeg.length);
    expect(gevouwen.every((i) => i.grijs && !i.vet)).toBe(true);
    // At the end of its section: after the last answer of the section, before the next heading.
    const tekst = items.map((i) => i.tekst).join(' ');
    for (const [n, sectie] of minimaalDoc.secties.entries()) {
      const volgende = minimaalDoc.secties[n + 1]?.titel ?? 'Nog aan te leveren';
      const deel = tekst.slice(tekst.indexOf(sectie.titel), tekst.indexOf(volgende, tekst.indexOf(sectie.titel) + sectie.titel.length));
      const leeg = sectie.rijen.filter((r) => !r.ingevuld);
      if (leeg.length)
        expect(deel.slice(deel.indexOf('Niet ingevuld: ')).trim(), sectie.id).toMatch(new RegExp(`${leeg.at(-1)!.label.replace(/[()]/g, '.')}\\.$`));
      else expect(deel).not.toContain('Niet ingevuld');
    }
  });
});

describe('keep with next', () => {
  // Filler of growing length moves every heading and label through every position on the page.
  const basis = meldingDocument(parse(maximaal));
  const koppen = new Set(basis.secties.map((s) => s.titel).concat(['Nog aan te leveren', 'Ondertekening']));
  const labels = new Set(basis.secties.flatMap((s) => s.rijen.map((r) => r.label)));

  it('never ends a page with a heading or a question label', () => {
    let gezien = 0;
    for (let regels = 1; regels <= 60; regels++) {
      const layout = layoutMelding(metVulling(basis, regels), nepMeter());
      for (const pagina of inhoud(layout).slice(0, -1)) {
        const laatste = pagina.at(-1)!;
        expect(laatste.vet && (koppen.has(laatste.tekst) || labels.has(laatste.tekst)), `${regels}: ${laatste.tekst}`).toBe(false);
        gezien++;
      }
    }
    expect(gezien).toBeGreaterThan(60);
  });
});

describe('signature blocks', () => {
  const velden = (layout: Layout) => layout.paginas.flatMap((p) => p.items).filter((i) => i.soort === 'veld');

  it('a verwijzer and the cliënt each get a signature field and a date field with the meldingsdatum', () => {
    expect(velden(layoutMelding(meldingDocument(parse(maximaal)), nepMeter()))).toMatchObject([
      { naam: 'handtekening-client' },
      { naam: 'datum-client', standaard: '22-11-2026' },
      { naam: 'handtekening-aanmelder' },
      { naam: 'datum-aanmelder', standaard: '22-11-2026' },
    ]);
  });

  it('a cliënt who reports themself signs once', () => {
    expect(velden(layoutMelding(meldingDocument(parse(minimaal)), nepMeter())).map((v) => v.naam)).toEqual(['handtekening-client', 'datum-client']);
  });

  it('the whole signature section (heading, instruction, every signer) stays on one page, wherever it falls', () => {
    const basis = meldingDocument(parse(maximaal));
    let gezien = 0;
    for (let regels = 1; regels <= 60; regels++) {
      const paginas = layoutMelding(metVulling(basis, regels), nepMeter()).paginas;
      const metVeld = paginas.flatMap((p, i) => (p.items.some((it) => it.soort === 'veld') ? [i] : []));
      const metKop = paginas.flatMap((p, i) => (teksten(p.items).some((t) => t.vet && t.tekst === 'Ondertekening') ? [i] : []));
      expect(metVeld, `${regels} regels vulling`).toEqual(metKop);
      expect(metVeld).toHaveLength(1);
      gezien++;
    }
    expect(gezien).toBe(60);
  });

  it('the signature block stays whole on one page', () => {
    for (const pagina of layoutMelding(meldingDocument(parse(lang)), nepMeter()).paginas) {
      const namen = pagina.items.flatMap((i) => (i.soort === 'veld' ? [i.naam] : []));
      expect(namen.length % 2).toBe(0);
    }
  });
});

describe('layoutBlanco', () => {
  it('draws a square next to each choice when the font has no ☐', () => {
    const items = layoutBlanco(nepMeter(false)).paginas.flatMap((p) => p.items);
    expect(items.some((i) => i.soort === 'tekst' && i.tekst.includes('☐'))).toBe(false);
    const vakken = items.filter((i) => i.soort === 'vak');
    const naast = (v: Item) => items.find((t) => t.soort === 'tekst' && t.tekst === 'Weet ik niet' && Math.abs(t.y - v.y) < 0.01);
    expect(vakken.length).toBeGreaterThan(30);
    expect(vakken.some(naast)).toBe(true);
  });

  it('writes "☐ option" when the font has the glyph', () => {
    const items = layoutBlanco(nepMeter(true)).paginas.flatMap((p) => teksten(p.items));
    expect(items.some((i) => i.tekst === '☐ Weet ik niet')).toBe(true);
    expect(
      layoutBlanco(nepMeter(true))
        .paginas.flatMap((p) => p.items)
        .some((i) => i.soort === 'vak'),
    ).toBe(false);
  });

  it('puts the writing line of a short answer beside its label, and full-width lines under the label of a long one', () => {
    const items = layoutBlanco(nepMeter()).paginas.flatMap((p) => p.items);
    const lijnen = items.filter((i) => i.soort === 'lijn' && i.dikte === 0.5 && i.x1 > MARGE.links && i.y > MARGE.onder + 20);
    const naLabel = (tekst: string) => {
      const label = teksten(items).find((t) => t.tekst.startsWith(tekst))!;
      return items.filter((i) => i.soort === 'lijn' && i.dikte === 0.5 && i.y < label.y && i.y > label.y - 30);
    };
    // Voornamen: one line, to the right of the label column, just below the label's baseline.
    const voornamen = teksten(items).find((t) => t.tekst.startsWith('Voornamen'))!;
    const naast = lijnen.filter((l) => l.soort === 'lijn' && Math.abs(l.y - voornamen.y) < 3);
    expect(naast).toHaveLength(1);
    expect(naast[0]).toMatchObject({ x1: ANTWOORD_X, x2: A4.breedte - MARGE.rechts });
    // Behandeladvies (a text area): lines from the left margin across the page, under the label.
    const onder = naLabel('Behandeladvies');
    expect(onder.length).toBeGreaterThan(0);
    expect(onder.every((l) => l.soort === 'lijn' && l.x1 === MARGE.links && l.x2 - l.x1 === TEKSTBREEDTE)).toBe(true);
  });
});
