// The handboek: sources per chapter, a stable and unique anchor for every numbered section,
// each (and every other heading with an id) linked from the chapter's table of contents, and a printable page with everything.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { kopAnkers } from '../../src/lib/handboek/ankers.ts';
import { opVolgorde } from '../../src/lib/handboek/volgorde.ts';
import { DIST, gebouwdePaginas } from './browser.ts';

const hoofdstukken = gebouwdePaginas().filter((p) => /^\/handboek\/[^/]+\/$/.test(p) && p !== '/handboek/alles/');
const lees = (pad: string) => readFileSync(join(DIST, pad.slice(1), 'index.html'), 'utf8');
const dom = (pad: string) => parse(lees(pad));
const alles = lees('/handboek/alles/');
const allesDom = parse(alles);

const KOPPEN = 'h2, h3, h4, h5, h6';
/** The numbered section anchors on a page, in order. */
const paragrafen = (pagina: HTMLElement) =>
  pagina
    .querySelectorAll(KOPPEN)
    .map((kop) => kop.id)
    .filter((id) => /^par-[\d-]+$/.test(id));
const idsVan = (pagina: HTMLElement) => pagina.querySelectorAll('[id]').map((element) => element.id);
const hrefs = (pagina: HTMLElement, selector: string) => pagina.querySelectorAll(selector).map((element) => element.getAttribute('href')!);

describe('handboek', () => {
  it('has nine chapters', () => {
    expect(hoofdstukken).toHaveLength(9);
  });

  it.each(hoofdstukken)('%s names its sources', (pad) => {
    expect(dom(pad).querySelector('section.bronnen cite')).not.toBeNull();
  });

  it.each(hoofdstukken)('%s: every section has a unique anchor that is in the table of contents', (pad) => {
    const pagina = dom(pad);
    const ankers = paragrafen(pagina);
    expect(ankers.length).toBeGreaterThan(2);
    expect(new Set(ankers).size).toBe(ankers.length);
    const gelinkt = hrefs(pagina, '.inhoudsopgave [href^="#"]').map((href) => href.slice(1));
    // Every heading with an id in <main> is in the table of contents, in page order: the numbered
    // sections, the checklists under them and the sources (the TOC's own heading excepted).
    const koppen = pagina
      .querySelector('main')!
      .querySelectorAll(KOPPEN)
      .map((kop) => kop.id)
      .filter((id) => id && id !== 'inhoudsopgave-kop');
    expect(koppen).toContain('bronnen-kop');
    expect(gelinkt).toEqual(koppen);
    // All ids on the page are unique.
    const ids = idsVan(pagina);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('every checklist heading has an anchor from its section and role', () => {
    const gevonden: string[] = [];
    const verkeerd: string[] = [];
    for (const pad of hoofdstukken) {
      let paragraaf = '';
      for (const kop of dom(pad).querySelectorAll('h2[id], h3[id], h4[id], h5[id]')) {
        const { id, text: tekst } = kop;
        if (/^h[23]$/i.test(kop.tagName) && id.startsWith('par-')) paragraaf = id;
        if (!/^Checklist /.test(tekst)) continue;
        gevonden.push(id);
        if (id !== `${paragraaf}-${tekst.trim().toLowerCase().replace(/\s+/g, '-')}`) verkeerd.push(`${pad} ${id}`);
      }
    }
    expect(gevonden).toHaveLength(17); // 12 in chapter 3, 5 in chapter 8 (its own five steps since #14)
    expect(gevonden).toContain('par-3-2-3-checklist-gemeente');
    expect(verkeerd).toEqual([]);
  });

  it('checklist anchors do not depend on their position: adding a checklist leaves the others alone', () => {
    const koppen = [
      { depth: 3, slug: 'par-3-2-3', text: '3.2.3 Checklists bij instroom' },
      { depth: 4, slug: 'checklist-gemeente', text: 'Checklist gemeente' },
      { depth: 3, slug: 'par-3-3-3', text: '3.3.3 Checklists tijdens het verblijf' },
      { depth: 4, slug: 'checklist-gemeente-1', text: 'Checklist gemeente' },
    ];
    expect([...kopAnkers(koppen).values()]).toEqual(['par-3-2-3-checklist-gemeente', 'par-3-3-3-checklist-gemeente']);
    // A new first checklist shifts Astro's numbering ("-1" becomes "-2"), not our anchors.
    const erbij = [
      koppen[0]!,
      { depth: 4, slug: 'checklist-gemeente', text: 'Checklist gemeente' },
      { depth: 4, slug: 'checklist-gemeente-1', text: 'Checklist gemeente' },
      koppen[2]!,
      { ...koppen[3]!, slug: 'checklist-gemeente-2' },
    ];
    expect(kopAnkers(erbij).get('checklist-gemeente-2')).toBe('par-3-3-3-checklist-gemeente');
    expect(new Set(kopAnkers(erbij).values()).size).toBe(3);
  });

  it('the print page holds every chapter with all its sections and sources, and no duplicate ids', () => {
    // Each chapter's title as a numbered h2 ("3. Het traject …") with its own anchor.
    const hoofdstukKoppen = allesDom.querySelectorAll('h2[id^="hoofdstuk-"]').map((kop) => kop.text.trim());
    expect(hoofdstukKoppen.filter((kop) => !/^\d+\. /.test(kop))).toEqual([]);
    const allesIds = new Set(idsVan(allesDom));
    for (const pad of hoofdstukken) {
      const pagina = dom(pad);
      expect(hoofdstukKoppen.map((kop) => kop.replace(/^\d+\. /, ''))).toContain(pagina.querySelector('h1')!.text.trim());
      for (const anker of paragrafen(pagina)) expect(allesIds).toContain(anker);
    }
    expect(allesDom.querySelectorAll('section.bronnen')).toHaveLength(hoofdstukken.length);
    const ids = idsVan(allesDom);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('previous and next, the chapter list and the print page follow one order', () => {
    const nummer = (pad: string) => Number(/Hoofdstuk (\d+) van 9/.exec(dom(pad).text)?.[1]);
    const volgorde = [...hoofdstukken].sort((a, b) => nummer(a) - nummer(b));
    expect(volgorde.map(nummer)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const link = (pad: string, rel: string) => dom(pad).querySelector(`a[rel="${rel}"]`)?.getAttribute('href');
    volgorde.forEach((pad, i) => {
      expect(link(pad, 'prev'), `vorige van ${pad}`).toBe(volgorde[i - 1]);
      expect(link(pad, 'next'), `volgende van ${pad}`).toBe(volgorde[i + 1]);
    });
    // The chapter list: the first list after the page's heading.
    const lijst = dom('/handboek/').querySelector('h1 ~ ol')!;
    expect(hrefs(lijst, 'a[href]')).toEqual(volgorde);
    const inhoud = hrefs(allesDom, 'nav[aria-labelledby="alles-inhoud"] [href^="#hoofdstuk-"]');
    expect(inhoud.map((href) => `/handboek/${href.slice('#hoofdstuk-'.length)}/`)).toEqual(volgorde);
  });

  // "volgende" in a chapter is rejected by the handboek schema (tests/unit/content-controle.test.ts).
  it('the order comes only from "volgorde": no number twice', () => {
    expect(() =>
      opVolgorde([
        { id: 'a', data: { volgorde: 3 } },
        { id: 'b', data: { volgorde: 3 } },
      ]),
    ).toThrow('"a" en "b" hebben allebei volgorde 3');
  });

  it('the print page stays under 80 KB of HTML (gzip)', () => {
    expect(gzipSync(alles).length).toBeLessThanOrEqual(80 * 1024);
  });
});
