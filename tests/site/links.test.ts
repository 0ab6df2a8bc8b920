// No broken internal links on the whole built site: every href to a page or file of the site
// exists, and every #anchor exists on its target page.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, gebouwdePaginas } from './browser.ts';

const bestandVoor = (pad: string) => (pad === '/404.html' ? '404.html' : `${pad.slice(1)}index.html`);
const html = new Map(gebouwdePaginas().map((p) => [p, readFileSync(join(DIST, bestandVoor(p)), 'utf8')]));
const idsVan = (bron: string) => new Set([...bron.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));

function doelBestaat(pad: string): boolean {
  if (pad.endsWith('/')) return existsSync(join(DIST, pad.slice(1), 'index.html'));
  return existsSync(join(DIST, decodeURIComponent(pad.slice(1))));
}

describe('internal links', () => {
  it.each([...html.keys()])('%s: every internal link and anchor exists', (pad) => {
    const bron = html.get(pad)!;
    const kapot: string[] = [];
    for (const [, href] of bron.matchAll(/<a\b[^>]*?\shref="([^"]+)"/g)) {
      if (/^(https?:|mailto:|tel:)/.test(href!)) continue;
      const url = new URL(href!.replaceAll('&amp;', '&'), `http://site${pad}`);
      const doel = url.pathname;
      if (!doelBestaat(doel)) {
        kapot.push(`${href} (pagina of bestand bestaat niet)`);
        continue;
      }
      if (url.hash && url.hash.length > 1) {
        const doelHtml = doel === pad ? bron : html.get(doel);
        if (!doelHtml || !idsVan(doelHtml).has(decodeURIComponent(url.hash.slice(1)))) kapot.push(`${href} (anker bestaat niet)`);
      }
    }
    expect(kapot).toEqual([]);
  });
});

describe('text around links', () => {
  it.each([...html.keys()])('%s: no word glued to a link', (pad) => {
    const main = html.get(pad)!.replace(/<script[\s\S]*?<\/script>/g, '');
    const geplakt = [...main.matchAll(/[\p{L}\p{N},:;]<a\s[^>]*>[^<]*<\/a>|<a\s[^>]*>[^<]*<\/a>[\p{L}\p{N}]/gu)].map((m) => m[0]);
    expect(geplakt).toEqual([]);
  });
});

describe('route pages', () => {
  const route = [...html.entries()].filter(([p]) => /^\/route\/[^/]+\/$/.test(p));

  it('are all there: eleven pages', () => {
    expect(route.map(([p]) => p)).toHaveLength(11);
  });

  it.each(route.map(([p]) => p))('%s has a title, a summary, sources and a link onward', (pad) => {
    const bron = html.get(pad)!;
    expect(bron).toMatch(/<h1>[^<]+<\/h1>/);
    expect(bron).toMatch(/<p class="samenvatting">[^<]{20,}<\/p>/);
    expect(bron).toMatch(/<section class="bronnen"[\s\S]*<li>\s*<cite>/);
    const main = bron.slice(bron.indexOf('<main'), bron.indexOf('</main>'));
    const verder = [...main.matchAll(/href="(\/(?:route|regios|melding|aanbieders|handboek)\/[^"#]*)"/g)].map((m) => m[1]).filter((h) => h !== pad);
    expect(verder.length).toBeGreaterThan(0);
    if (pad !== '/route/hulp-nu-nodig/') expect(main).toContain('href="/route/hulp-nu-nodig/"');
  });

  it.each(route.map(([p]) => p))('%s ends with a "Volgende stap" to another existing page', (pad) => {
    const main = html.get(pad)!.slice(html.get(pad)!.indexOf('<main'));
    const volgende = /<p class="volgende-stap">[\s\S]*?<a href="([^"]+)"/.exec(main)?.[1];
    expect(volgende, 'geen .volgende-stap-link').toBeDefined();
    expect(volgende).not.toBe(pad);
    expect(html.has(volgende!), `${volgende} bestaat niet`).toBe(true);
  });

  it('the help page is called "Hulp nu nodig?" everywhere', () => {
    expect(html.get('/route/hulp-nu-nodig/')).toMatch(/<h1>Hulp nu nodig\?<\/h1>/);
    const namen = [...html.values()].flatMap((b) => [...b.matchAll(/<a\b[^>]*href="\/route\/hulp-nu-nodig\/"[^>]*>([^<]*)<\/a>/g)].map((m) => m[1]!.trim()));
    const alsTitel = namen.filter((t) => /nodig\?$/.test(t)); // the page named as a title, not "Meer hulp bij …"
    expect(alsTitel.length).toBeGreaterThan(0);
    expect(new Set(alsTitel)).toEqual(new Set(['Hulp nu nodig?']));
  });
});

describe('glossary (begrippenlijst)', () => {
  const begrippen = html.get('/begrippen/')!;
  it('every term has its own anchor, and every anchor the site links to exists', () => {
    const ankers = [...begrippen.matchAll(/<section id="([^"]+)" class="begrip"/g)].map((m) => m[1]!);
    expect(ankers.length).toBeGreaterThanOrEqual(14);
    for (const verplicht of ['wmo', 'beschermd-wonen', 'melding', 'beschikking', 'centrumgemeente', 'toegang', 'abstinentie', 'ervaringsdeskundige', 'minnesota-model', 'warme-overdracht', 'uitstroomadres', 'vmr', 'cak', 'pgb']) {
      expect(ankers).toContain(verplicht);
    }
    const gelinkt = new Set([...html.values()].flatMap((b) => [...b.matchAll(/href="\/begrippen\/#([^"]+)"/g)].map((m) => m[1]!)));
    expect(gelinkt.size).toBeGreaterThan(10);
    for (const anker of gelinkt) expect(ankers).toContain(anker);
  });
});

describe('titles and descriptions', () => {
  const titels = new Map<string, string>();
  it.each([...html.keys()])('%s has its own title, a description and Open Graph', (pad) => {
    const bron = html.get(pad)!;
    const titel = /<title>([^<]+)<\/title>/.exec(bron)?.[1] ?? '';
    expect(titel).toMatch(/ \| Safehouse-portaal$/);
    expect(/<meta name="description" content="([^"]{30,})"/.test(bron)).toBe(true);
    expect(bron).toContain('<meta property="og:title"');
    expect(bron).toContain('<meta property="og:locale" content="nl_NL"');
    const eerder = [...titels.entries()].find(([, t]) => t === titel);
    expect(eerder?.[0]).toBeUndefined();
    titels.set(pad, titel);
  });

  it('robots.txt is next to the pages', () => {
    expect(existsSync(join(DIST, 'robots.txt'))).toBe(true);
  });
});
