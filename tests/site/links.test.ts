// No broken internal links on the whole built site: every href to a page or file of the site
// exists, and every #anchor exists on its target page.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HTMLElement, parse, TextNode } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { DIST, gebouwdePaginas } from './browser.ts';

const bestandVoor = (pad: string) => (pad === '/404.html' ? '404.html' : `${pad.slice(1)}index.html`);
const html = new Map(gebouwdePaginas().map((p) => [p, parse(readFileSync(join(DIST, bestandVoor(p)), 'utf8'))]));
const idsVan = (pagina: HTMLElement) => new Set(pagina.querySelectorAll('[id]').map((element) => element.id));
const hrefs = (pagina: HTMLElement, selector: string) => pagina.querySelectorAll(selector).map((element) => element.getAttribute('href')!);

function doelBestaat(pad: string): boolean {
  if (pad.endsWith('/')) return existsSync(join(DIST, pad.slice(1), 'index.html'));
  return existsSync(join(DIST, decodeURIComponent(pad.slice(1))));
}

describe('internal links', () => {
  it.each([...html.keys()])('%s: every internal link and anchor exists', (pad) => {
    const kapot: string[] = [];
    for (const href of hrefs(html.get(pad)!, 'a[href]')) {
      if (/^(https?:|mailto:|tel:)/.test(href)) continue;
      const url = new URL(href, `http://site${pad}`);
      const doel = url.pathname;
      if (!doelBestaat(doel)) {
        kapot.push(`${href} (pagina of bestand bestaat niet)`);
        continue;
      }
      if (url.hash && url.hash.length > 1) {
        const doelHtml = html.get(doel);
        if (!doelHtml || !idsVan(doelHtml).has(decodeURIComponent(url.hash.slice(1)))) kapot.push(`${href} (anker bestaat niet)`);
      }
    }
    expect(kapot).toEqual([]);
  });
});

describe('text around links', () => {
  it.each([...html.keys()])('%s: no word glued to a link', (pad) => {
    // A link's neighbours in the same parent: text right against it means no space between.
    const geplakt = html
      .get(pad)!
      .querySelectorAll('a')
      .filter((a) => {
        const broers = a.parentNode?.childNodes ?? [];
        const i = broers.indexOf(a);
        const voor = broers[i - 1];
        const na = broers[i + 1];
        return (voor instanceof TextNode && /[\p{L}\p{N},:;]$/u.test(voor.text)) || (na instanceof TextNode && /^[\p{L}\p{N}]/u.test(na.text));
      })
      .map((a) => (a.parentNode ?? a).text.trim());
    expect(geplakt).toEqual([]);
  });
});

describe('route pages', () => {
  const route = [...html.entries()].filter(([p]) => /^\/route\/[^/]+\/$/.test(p));

  it('are all there: eleven pages', () => {
    expect(route.map(([p]) => p)).toHaveLength(11);
  });

  it.each(route.map(([p]) => p))('%s has a title, a summary, sources and a link onward', (pad) => {
    const pagina = html.get(pad)!;
    expect(pagina.querySelector('h1')?.text.trim()).toBeTruthy();
    expect(pagina.querySelector('p.samenvatting')?.text.trim().length).toBeGreaterThanOrEqual(20);
    expect(pagina.querySelector('section.bronnen li > cite')).not.toBeNull();
    const main = pagina.querySelector('main')!;
    const verder = hrefs(main, '[href]').filter((h) => /^\/(?:route|regios|melding|aanbieders|handboek)\/[^#]*$/.test(h) && h !== pad);
    expect(verder.length).toBeGreaterThan(0);
    if (pad !== '/route/hulp-nu-nodig/') expect(hrefs(main, '[href]')).toContain('/route/hulp-nu-nodig/');
  });

  it.each(route.map(([p]) => p))('%s ends with a "Volgende stap" to another existing page', (pad) => {
    const volgende = html.get(pad)!.querySelector('main p.volgende-stap a[href]')?.getAttribute('href');
    expect(volgende, 'geen .volgende-stap-link').toBeDefined();
    expect(volgende).not.toBe(pad);
    expect(html.has(volgende!), `${volgende} bestaat niet`).toBe(true);
  });

  it('the help page is called "Hulp nu nodig?" everywhere', () => {
    expect(html.get('/route/hulp-nu-nodig/')!.querySelector('h1')?.text).toBe('Hulp nu nodig?');
    const namen = [...html.values()].flatMap((p) => p.querySelectorAll('a[href="/route/hulp-nu-nodig/"]').map((a) => a.text.trim()));
    const alsTitel = namen.filter((t) => /nodig\?$/.test(t)); // the page named as a title, not "Meer hulp bij …"
    expect(alsTitel.length).toBeGreaterThan(0);
    expect(new Set(alsTitel)).toEqual(new Set(['Hulp nu nodig?']));
  });
});

describe('glossary (begrippenlijst)', () => {
  const begrippen = html.get('/begrippen/')!;
  it('every term has its own anchor, and every anchor the site links to exists', () => {
    const ankers = begrippen.querySelectorAll('section.begrip[id]').map((sectie) => sectie.id);
    expect(ankers.length).toBeGreaterThanOrEqual(14);
    for (const verplicht of [
      'wmo',
      'beschermd-wonen',
      'melding',
      'beschikking',
      'centrumgemeente',
      'toegang',
      'abstinentie',
      'ervaringsdeskundige',
      'minnesota-model',
      'warme-overdracht',
      'uitstroomadres',
      'vmr',
      'cak',
      'pgb',
    ]) {
      expect(ankers).toContain(verplicht);
    }
    const gelinkt = new Set([...html.values()].flatMap((p) => hrefs(p, '[href^="/begrippen/#"]').map((href) => href.slice('/begrippen/#'.length))));
    expect(gelinkt.size).toBeGreaterThan(10);
    for (const anker of gelinkt) expect(ankers).toContain(anker);
  });
});

describe('titles and descriptions', () => {
  const titels = new Map<string, string>();
  it.each([...html.keys()])('%s has its own title, a description and Open Graph', (pad) => {
    const pagina = html.get(pad)!;
    const titel = pagina.querySelector('title')?.text ?? '';
    expect(titel).toMatch(/ \| Safehouse-portaal$/);
    expect(pagina.querySelector('meta[name="description"]')?.getAttribute('content')?.length).toBeGreaterThanOrEqual(30);
    expect(pagina.querySelector('meta[property="og:title"]')).not.toBeNull();
    expect(pagina.querySelector('meta[property="og:locale"]')?.getAttribute('content')).toBe('nl_NL');
    const eerder = [...titels.entries()].find(([, t]) => t === titel);
    expect(eerder?.[0]).toBeUndefined();
    titels.set(pad, titel);
  });

  it('robots.txt is next to the pages', () => {
    expect(existsSync(join(DIST, 'robots.txt'))).toBe(true);
  });
});
