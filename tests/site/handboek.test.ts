// The handboek: sources per chapter, a stable and unique anchor for every numbered section,
// each (and every other heading with an id) linked from the chapter's table of contents, and a printable page with everything.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { kopAnkers } from '../../src/lib/handboek/ankers.ts';
import { opVolgorde } from '../../src/lib/handboek/volgorde.ts';
import { DIST, gebouwdePaginas } from './browser.ts';

const hoofdstukken = gebouwdePaginas().filter((p) => /^\/handboek\/[^/]+\/$/.test(p) && p !== '/handboek/alles/');
const lees = (pad: string) => readFileSync(join(DIST, pad.slice(1), 'index.html'), 'utf8');
const alles = lees('/handboek/alles/');

/** The numbered section anchors on a page, in order. */
const paragrafen = (html: string) => [...html.matchAll(/<h[2-6] id="(par-[\d-]+)"/g)].map((m) => m[1]!);

describe('handboek', () => {
  it('has nine chapters', () => {
    expect(hoofdstukken).toHaveLength(9);
  });

  it.each(hoofdstukken)('%s names its sources', (pad) => {
    expect(lees(pad)).toMatch(/<section class="bronnen"[\s\S]*?<cite>/);
  });

  it.each(hoofdstukken)('%s: every section has a unique anchor that is in the table of contents', (pad) => {
    const html = lees(pad);
    const ankers = paragrafen(html);
    expect(ankers.length).toBeGreaterThan(2);
    expect(new Set(ankers).size).toBe(ankers.length);
    const nav = html.slice(html.indexOf('class="inhoudsopgave"'), html.indexOf('</nav>', html.indexOf('class="inhoudsopgave"')));
    const gelinkt = [...nav.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
    // Every heading with an id in <main> is in the table of contents, in page order: the numbered
    // sections, the checklists under them and the sources (the TOC's own heading excepted).
    const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
    const koppen = [...main.matchAll(/<h[2-6]\b[^>]*\sid="([^"]+)"/g)].map((m) => m[1]).filter((id) => id !== 'inhoudsopgave-kop');
    expect(koppen).toContain('bronnen-kop');
    expect(gelinkt).toEqual(koppen);
    // All ids on the page are unique.
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('every checklist heading has an anchor from its section and role', () => {
    const gevonden: string[] = [];
    const verkeerd: string[] = [];
    for (const pad of hoofdstukken) {
      let paragraaf = '';
      for (const [, tag, id, tekst] of lees(pad).matchAll(/<(h[2-5]) id="([^"]+)">([^<]*)</g)) {
        if (/^h[23]$/.test(tag!) && id!.startsWith('par-')) paragraaf = id!;
        if (!/^Checklist /.test(tekst!)) continue;
        gevonden.push(id!);
        if (id !== `${paragraaf}-${tekst!.trim().toLowerCase().replace(/\s+/g, '-')}`) verkeerd.push(`${pad} ${id}`);
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
    const erbij = [koppen[0]!, { depth: 4, slug: 'checklist-gemeente', text: 'Checklist gemeente' }, { depth: 4, slug: 'checklist-gemeente-1', text: 'Checklist gemeente' }, koppen[2]!, { ...koppen[3]!, slug: 'checklist-gemeente-2' }];
    expect(kopAnkers(erbij).get('checklist-gemeente-2')).toBe('par-3-3-3-checklist-gemeente');
    expect(new Set(kopAnkers(erbij).values()).size).toBe(3);
  });

  it('the print page holds every chapter with all its sections and sources, and no duplicate ids', () => {
    for (const pad of hoofdstukken) {
      const titel = /<h1>([^<]+)<\/h1>/.exec(lees(pad))![1]!;
      expect(alles).toMatch(new RegExp(`<h2 id="hoofdstuk-[^"]+">\\s*\\d+\\. ${titel.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*</h2>`));
      for (const anker of paragrafen(lees(pad))) expect(alles).toContain(`id="${anker}"`);
    }
    expect(alles.match(/<section class="bronnen"/g)).toHaveLength(hoofdstukken.length);
    const ids = [...alles.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('previous and next, the chapter list and the print page follow one order', () => {
    const nummer = (pad: string) => Number(/Hoofdstuk (\d+) van 9/.exec(lees(pad))?.[1]);
    const volgorde = [...hoofdstukken].sort((a, b) => nummer(a) - nummer(b));
    expect(volgorde.map(nummer)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const link = (pad: string, rel: string) => new RegExp(`<a href="([^"]+)" rel="${rel}"`).exec(lees(pad))?.[1];
    volgorde.forEach((pad, i) => {
      expect(link(pad, 'prev'), `vorige van ${pad}`).toBe(volgorde[i - 1]);
      expect(link(pad, 'next'), `volgende van ${pad}`).toBe(volgorde[i + 1]);
    });
    const index = lees('/handboek/');
    const lijst = index.slice(index.indexOf('<ol>', index.indexOf('<h1>')), index.indexOf('</ol>', index.indexOf('<h1>')));
    expect([...lijst.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1])).toEqual(volgorde);
    const inhoud = alles.slice(alles.indexOf('id="alles-inhoud"'), alles.indexOf('</ol>', alles.indexOf('id="alles-inhoud"')));
    expect([...inhoud.matchAll(/href="#hoofdstuk-([^"]+)"/g)].map((m) => `/handboek/${m[1]}/`)).toEqual(volgorde);
  });

  // "volgende" in a chapter is rejected by the handboek schema (tests/unit/content-controle.test.ts).
  it('the order comes only from "volgorde": no number twice', () => {
    expect(() => opVolgorde([{ id: 'a', data: { volgorde: 3 } }, { id: 'b', data: { volgorde: 3 } }])).toThrow('"a" en "b" hebben allebei volgorde 3');
  });

  it('the print page stays under 80 KB of HTML (gzip)', () => {
    expect(gzipSync(alles).length).toBeLessThanOrEqual(80 * 1024);
  });
});
