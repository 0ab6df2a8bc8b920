// Every term from the begrippenlijst is explained where a route page first uses it: the first
// time a begrip occurs in the body text of a route page, that occurrence is a link to
// /begrippen/#<id>. Reads the built HTML (run after a fresh build).
//
// Not scanned: the title, the summary and headings (no links there), the timeline on the
// step-by-step page (a summary of the sections below it, which link the terms themselves), the
// help bar, "Volgende stap" and the sources.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HTMLElement, parse, TextNode, type Node } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { DIST, gebouwdePaginas } from './browser.ts';

const lees = (pad: string) => readFileSync(join(DIST, pad.slice(1), 'index.html'), 'utf8');

const begrippen = parse(lees('/begrippen/'))
  .querySelectorAll('section.begrip[id]')
  .map((sectie) => ({ id: sectie.id, term: sectie.querySelector('h2')?.text.trim() ?? '' }));

/** Other spellings of a term, as regular expressions (the term itself is always included). */
const VARIANTEN: Record<string, string[]> = {
  'blaas-en-urinetest': ['blaas- (?:en|of) urinetests?', 'blaastests?', 'urinetests?', 'urinecontroles?'],
  'minnesota-model': ['Minnesota[- ]?model'],
  lotgenoot: ['lotgenoten'],
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A term matches as a whole word, with an optional plural ending (naasten, beschikkingen). */
function patroonVoor(id: string, term: string): RegExp {
  const vormen = [`${escape(term)}(?:s|n|en)?`, ...(VARIANTEN[id] ?? [])];
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${vormen.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
}

/** Left out of the scanned part (see the top of this file); each counts as a space. */
const NIET_GESCAND = 'script, h1, h2, h3, h4, h5, h6, aside[class^="hulp-nu"], ol.route-tijdlijn, p.volgende-stap';
/** Elements that separate words: a space before and after them. */
const BLOK = new Set(['p', 'li', 'dd', 'dt', 'td', 'th', 'div', 'ul', 'ol', 'section', 'br']);

/**
 * The scanned part of a page as plain text, with for every character the link it sits in: what
 * lies after the summary and before the sources, in document order.
 */
function tekstMetLinks(html: string): { tekst: string; link: (string | null)[] } {
  let tekst = '';
  const link: (string | null)[] = [];
  let gestart = false;
  let klaar = false;
  const schrijf = (stuk: string, doel: string | null) => {
    tekst += stuk;
    for (let i = 0; i < stuk.length; i++) link.push(doel);
  };
  function loop(node: Node, doel: string | null) {
    if (klaar) return;
    if (node instanceof TextNode) {
      if (gestart) schrijf(node.text.replace(/\s+/g, ' '), doel);
      return;
    }
    if (!(node instanceof HTMLElement)) return;
    if (node.matches('section.bronnen')) {
      klaar = true;
      return;
    }
    if (node.matches('p.samenvatting')) {
      gestart = true;
      return;
    }
    if (gestart && node.matches(NIET_GESCAND)) return schrijf(' ', doel);
    const tag = node.tagName?.toLowerCase() ?? '';
    const blok = gestart && BLOK.has(tag);
    if (blok) schrijf(' ', null);
    const binnen = tag === 'a' ? (node.getAttribute('href') ?? '') : doel;
    for (const kind of node.childNodes) loop(kind, binnen);
    if (blok) schrijf(' ', null);
  }
  loop(parse(html), null);
  return { tekst, link };
}

/** Terms whose first occurrence on the page is not a link to their anchor. */
function ongelinkteBegrippen(html: string): string[] {
  const { tekst, link } = tekstMetLinks(html);
  const fout: string[] = [];
  for (const { id, term } of begrippen) {
    const m = patroonVoor(id, term).exec(tekst);
    if (!m) continue;
    const doel = link[m.index];
    if (doel !== `/begrippen/#${id}`)
      fout.push(
        `"${m[0]}" (eerste keer ${doel ? `gelinkt naar ${doel}` : 'zonder link'}; verwacht /begrippen/#${id}): …${tekst.slice(Math.max(0, m.index - 40), m.index + 40)}…`,
      );
  }
  return fout;
}

describe('terms on route pages', () => {
  const route = gebouwdePaginas().filter((p) => /^\/route\/[^/]+\/$/.test(p));

  it('the list of terms was read', () => {
    expect(begrippen.length).toBeGreaterThanOrEqual(40);
    expect(route).toHaveLength(11);
  });

  it('recognises an unlinked term, and a link to the wrong anchor', () => {
    const pagina = (body: string) => `<p class="samenvatting">x</p>${body}<section class="bronnen"></section>`;
    expect(ongelinkteBegrippen(pagina('<p>Je doet een <a href="/begrippen/#melding">melding</a>. Daarna nog een melding.</p>'))).toEqual([]);
    expect(ongelinkteBegrippen(pagina('<p>Je doet een melding. Daarna een <a href="/begrippen/#melding">melding</a>.</p>'))).toHaveLength(1);
    expect(ongelinkteBegrippen(pagina('<p>Lees <a href="/melding/">Melding maken</a>.</p>'))[0]).toContain('gelinkt naar /melding/');
    expect(ongelinkteBegrippen(pagina('<p>Je <a href="/begrippen/#naaste">naasten</a> en een blaastest.</p>'))).toEqual([
      expect.stringContaining('"blaastest"'),
    ]);
    expect(ongelinkteBegrippen(pagina('<h2>De melding</h2><p>Een <a href="/begrippen/#melding">melding</a>.</p>'))).toEqual([]);
  });

  it.each(route)('%s: every term is a link to the glossary the first time', (pad) => {
    expect(ongelinkteBegrippen(lees(pad))).toEqual([]);
  });
});
