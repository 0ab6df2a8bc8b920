// Issue 15, point 1: every PDF the site makes is tagged for PDF/UA-1, read back from the outside
// with pdf.js (the reader of Firefox and of many screen-reader set-ups) and poppler's pdfinfo:
// - marked as tagged, in Dutch, with the title and the PDF/UA identification in the XMP;
// - every piece of text is either in the structure tree or an artifact (the footer);
// - the structure: title H1, sections H2, questions with answers as table rows (TH | TD), lists,
//   and the signature fields as Form elements with an accessible name (TU) on their widget;
// - a bookmark per section, in the order of the headings;
// - the reading order of a melding as a reviewed snapshot (pdfinfo -struct-text).
process.env.TZ = 'Europe/Amsterdam';

import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api';
import { beforeAll, describe, expect, it } from 'vitest';
import { allePdfs } from '../fixtures/alle-pdfs.ts';

interface Knoop {
  role?: string;
  type?: 'content' | 'annotation';
  id?: string;
  children?: Knoop[];
}

interface Element {
  rol: string;
  /** Its own text, in reading order; nested elements' text not included. */
  tekst: string;
  annotaties: string[];
  kinderen: Element[];
}

interface Gelezen {
  doc: PDFDocumentProxy;
  /**
   * Per page, the part of the structure tree pdf.js gives for it: the elements with content on
   * that page and their ancestors (so a row split over two pages shows on both, each with its part).
   */
  paginas: Element[][];
  /** Text outside any structure element: must all be artifacts. */
  losseTekst: { tekst: string; artefact: boolean }[];
  /** Marked-content ids the tree refers to that no text on the page has. */
  zoekgeraakt: string[];
  widgets: { veld: string; naam: string; id: string }[];
}

/** Reads a PDF with pdf.js: per page its structure tree with the text of each marked-content id. */
async function lees(bytes: Uint8Array): Promise<Gelezen> {
  const doc = await getDocument({ data: bytes.slice(), isEvalSupported: false, useSystemFonts: false }).promise;
  const losseTekst: Gelezen['losseTekst'] = [];
  const zoekgeraakt: string[] = [];
  const widgets: Gelezen['widgets'] = [];
  const perPagina: Element[][] = [];
  for (let nummer = 1; nummer <= doc.numPages; nummer++) {
    const pagina = await doc.getPage(nummer);
    const tekstPerId = new Map<string, string>();
    const open: { id: string | null; tag: string }[] = [];
    for (const item of (await pagina.getTextContent({ includeMarkedContent: true })).items) {
      if ('type' in item) {
        // pdf.js gives the tag of a marked-content sequence too, though its types leave it out.
        const { id, tag } = item as { id?: string; tag?: string };
        if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent') open.push({ id: id ?? null, tag: tag ?? '' });
        else if (item.type === 'endMarkedContent') open.pop();
        continue;
      }
      if (!item.str.trim()) continue;
      const binnen = open.at(-1);
      if (binnen?.id) tekstPerId.set(binnen.id, `${tekstPerId.get(binnen.id) ?? ''} ${item.str}`.trim());
      else losseTekst.push({ tekst: item.str, artefact: open.some((m) => m.tag === 'Artifact') });
    }
    const naarElement = (knoop: Knoop): Element => {
      const kinderen = knoop.children ?? [];
      const inhoud = kinderen.filter((k) => k.type === 'content').map((k) => k.id!);
      for (const id of inhoud) if (!tekstPerId.has(id)) zoekgeraakt.push(id);
      return {
        rol: knoop.role ?? '',
        tekst: inhoud.map((id) => tekstPerId.get(id) ?? '').join(' '),
        annotaties: kinderen.filter((k) => k.type === 'annotation').map((k) => k.id!),
        kinderen: kinderen.filter((k) => k.role).map(naarElement),
      };
    };
    const boom = (await pagina.getStructTree()) as Knoop | null;
    perPagina.push(boom ? (boom.children ?? []).map(naarElement) : []);
    for (const a of await pagina.getAnnotations())
      if (a.subtype === 'Widget') widgets.push({ veld: a.fieldName, naam: a.alternativeText ?? '', id: `pdfjs_internal_id_${a.id}` });
  }
  return { doc, paginas: perPagina, losseTekst, zoekgeraakt, widgets };
}

const alle = (elementen: Element[]): Element[] => elementen.flatMap((e) => [e, ...alle(e.kinderen)]);
/** Every element of every page, in page order and tree order within a page. */
const overal = (g: Gelezen) => g.paginas.flatMap(alle);
const tekstVan = (e: Element): string => [e.tekst, ...e.kinderen.map(tekstVan)].filter(Boolean).join(' ');

let pdfs: Map<string, Uint8Array>;
const gelezen = new Map<string, Gelezen>();
beforeAll(async () => {
  pdfs = await allePdfs();
  for (const [naam, bytes] of pdfs) gelezen.set(naam, await lees(bytes));
}, 120_000);

/** The roles each kind of PDF must have (more may occur). */
const ROLLEN = {
  melding: ['Document', 'H1', 'H2', 'P', 'Table', 'TR', 'TH', 'TD', 'L', 'LI', 'Lbl', 'LBody', 'Div', 'Form'],
  blanco: ['Document', 'H1', 'H2', 'P', 'L', 'LI', 'LBody', 'Div', 'Form'],
  sjabloon: ['Document', 'H1', 'H2', 'P', 'Table', 'TR', 'TH', 'TD', 'Div', 'Form'],
  sjabloonBlanco: ['Document', 'H1', 'H2', 'P', 'Div', 'Form'],
};
const soort = (naam: string) =>
  naam === 'melding-blanco' ? 'blanco' : naam.startsWith('melding-') ? 'melding' : naam.endsWith('-blanco') ? 'sjabloonBlanco' : 'sjabloon';

describe('PDF/UA-1 tagging, read back with pdf.js', () => {
  it('covers every kind of PDF the site makes', () => {
    expect(new Set([...gelezen.keys()].map(soort))).toEqual(new Set(Object.keys(ROLLEN)));
  });

  it('tagged, Dutch, the title shown, PDF/UA-1 and PDF/A-3 in the XMP', async () => {
    for (const [naam, { doc }] of gelezen) {
      expect((await doc.getMarkInfo())?.Marked, naam).toBe(true);
      const { info: infoObject, metadata } = await doc.getMetadata();
      const info = infoObject as Record<string, string>;
      expect(info.Language, naam).toBe('nl-NL');
      expect(metadata.get('dc:title'), naam).toBe(info.Title);
      expect(metadata.get('pdfuaid:part'), naam).toBe('1');
      expect(metadata.get('pdfaid:part'), naam).toBe('3');
      expect(((await doc.getViewerPreferences()) as { DisplayDocTitle?: boolean } | null)?.DisplayDocTitle, naam).toBe(true);
    }
  });

  it('every text is in the structure tree or an artifact; the footer is an artifact; the tree points at no missing content', () => {
    for (const [naam, g] of gelezen) {
      expect(
        g.losseTekst.filter((t) => !t.artefact),
        naam,
      ).toEqual([]);
      expect(g.zoekgeraakt, naam).toEqual([]);
      const paginas = g.doc.numPages;
      expect(g.losseTekst.filter((t) => /^pagina \d+ van \d+$/.test(t.tekst)).length, naam).toBe(paginas);
    }
  });

  it('has the structure elements of its kind, one H1, and headings in order', () => {
    for (const [naam, g] of gelezen) {
      const rollen = new Set(overal(g).map((e) => e.rol));
      for (const rol of ROLLEN[soort(naam)]) expect(rollen, `${naam} mist ${rol}`).toContain(rol);
      expect(
        overal(g).filter((e) => e.rol === 'H1'),
        naam,
      ).toHaveLength(1);
      expect(g.paginas[0]![0]!.kinderen[0]!.rol, `${naam}: de titel komt eerst`).toBe('H1');
    }
  });

  it('questions with answers are table rows: the question heads the row, the answer is its cell', () => {
    for (const [naam, g] of gelezen) {
      // A row split over two pages has its header on one and (part of) its cell on the next.
      for (const rij of overal(g).filter((e) => e.rol === 'TR')) expect(['TH,TD', 'TH', 'TD'], naam).toContain(rij.kinderen.map((k) => k.rol).join());
      for (const tabel of overal(g).filter((e) => e.rol === 'Table')) expect(new Set(tabel.kinderen.map((k) => k.rol)), naam).toEqual(new Set(['TR']));
    }
    const rijen = overal(gelezen.get('melding-minimaal')!).filter((e) => e.rol === 'TR' && e.kinderen.length === 2);
    const paren = rijen.map((rij) => [tekstVan(rij.kinderen[0]!), tekstVan(rij.kinderen[1]!)]);
    expect(paren).toContainEqual(['Meldingsdatum', '22 november 2026']);
    expect(paren).toContainEqual(['Achternaam', 'Jansen']);
  });

  it('the "Nog aan te leveren" points are a list with a label and a body per item', () => {
    const lijst = overal(gelezen.get('melding-minimaal')!).find((e) => e.rol === 'L' && e.kinderen.some((li) => li.kinderen.some((k) => k.rol === 'Lbl')))!;
    expect(lijst.kinderen.length).toBeGreaterThan(2);
    for (const li of lijst.kinderen) {
      expect(li.kinderen.map((k) => k.rol)).toEqual(['Lbl', 'LBody']);
      expect(tekstVan(li.kinderen[0]!)).toBe('•');
    }
  });

  it('every form field has an accessible name on its widget and sits in a Form element', () => {
    for (const [naam, g] of gelezen) {
      expect(g.widgets.length, naam).toBeGreaterThan(0);
      const inForm = new Set(
        overal(g)
          .filter((e) => e.rol === 'Form')
          .flatMap((e) => e.annotaties),
      );
      for (const widget of g.widgets) {
        expect(widget.naam, `${naam}: ${widget.veld}`).not.toBe('');
        expect(inForm.has(widget.id), `${naam}: ${widget.veld} niet in een Form-element`).toBe(true);
      }
    }
    expect(gelezen.get('melding-minimaal')!.widgets.map((w) => [w.veld, w.naam])).toEqual([
      ['handtekening-client', 'Cliënt: handtekening'],
      ['datum-client', 'Cliënt: datum van ondertekening (dd-mm-jjjj)'],
    ]);
  });

  it('has a bookmark per section, in the order of the H2 headings, each to a page', async () => {
    for (const [naam, g] of gelezen) {
      const koppen = overal(g)
        .filter((e) => e.rol === 'H2' && e.tekst)
        .map(tekstVan);
      const bladwijzers = (await g.doc.getOutline()) ?? [];
      expect(
        bladwijzers.map((b) => b.title),
        naam,
      ).toEqual(koppen);
      for (const b of bladwijzers) expect(await g.doc.getPageIndex((b.dest as [{ num: number; gen: number }])[0])).toBeGreaterThanOrEqual(0);
    }
  });
});

describe('reading order, as poppler reads it', () => {
  it('pdfinfo -struct-text of the minimal melding matches the reviewed snapshot', async () => {
    const pad = join(mkdtempSync(join(tmpdir(), 'pdfua-')), 'melding-minimaal.pdf');
    writeFileSync(pad, pdfs.get('melding-minimaal')!);
    const tekst = execFileSync('pdfinfo', ['-struct-text', pad], { encoding: 'utf8' });
    await expect(tekst).toMatchFileSnapshot('../fixtures/pdf-structuur/melding-minimaal.txt');
  });
});
