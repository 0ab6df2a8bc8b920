// Byte budgets of the build output (deterministic, so they are tests; timings live in
// `npm run bench`). Content pages carry no JavaScript at all, and HTML + CSS stay small.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { WEB_UITGEBREID_BEREIKEN } from '../../src/lib/lettertype/web.ts';
import { DIST, gebouwdePaginas } from './browser.ts';

/** Pages that may load JavaScript: small enhancements and the melding island. Everything else is a content page. */
export const VERRIJKINGEN = [
  '/aanbieders/',
  '/regios/mijn-gemeente/',
  '/route/is-een-safehouse-iets-voor-mij/',
  '/handboek/traject-en-werkafspraken/',
  '/handboek/gemeentelijke-aanpak-middelenproblematiek/',
  '/handboek/alles/',
];
export const PAGINAS_MET_JS: readonly string[] = [
  ...VERRIJKINGEN,
  '/melding/',
  '/zoeken/',
  '/regios/publiceren/',
  '/handboek/sjablonen/werkafspraken/',
  '/handboek/sjablonen/driepartijenovereenkomst/',
];

/** Small progressive enhancements (filters, lookup, self-check, checklists), inline: their script, gzip, at most. */
export const BUDGET_JS_VERRIJKING_GZIP = 4 * 1024;
// The melding island's budget (90 KB gzip before a PDF is asked for) is measured in Chromium:
// tests/site/melding-budget.browser.test.ts follows every script the page really loads.

/**
 * What the first PDF on /melding/ fetches, gzip as a host sends it, at most: the PDF code the page
 * has not loaded yet (pdf-lib and fontkit, slimmed by src/integrations/pdf-code-afslanken.ts),
 * both PDF fonts and the web font's uitgebreid files (issue #15: ≤ 400 KB, moonshot 250 KB).
 * tests/site/melding-budget.browser.test.ts measures the same in Chromium.
 */
const BUDGET_EERSTE_PDF_GZIP = 400 * 1024;

/** The font files a page preloads (the two basis weights, already compressed woff2), at most. */
export const BUDGET_LETTERTYPEN = 40 * 1024;

/** HTML + CSS of one content page, gzip-compressed, at most (see README, "Budgetten"). */
export const BUDGET_HTML_CSS_GZIP = 24 * 1024;

const html = (pad: string) => readFileSync(join(DIST, pad === '/404.html' ? '404.html' : `${pad.slice(1)}index.html`), 'utf8');
const pagina = (pad: string) => parse(html(pad));
const gz = (tekst: string | Buffer) => gzipSync(tekst, { level: 9 }).length;

/** `start` and every chunk it imports statically (`from"./x.js"`), as paths in dist/. */
function metStatischeImports(start: readonly string[]): Set<string> {
  const gezien = new Set<string>();
  const rij = [...start];
  while (rij.length) {
    const chunk = rij.pop()!;
    if (gezien.has(chunk)) continue;
    gezien.add(chunk);
    for (const [, naam] of readFileSync(join(DIST, chunk), 'utf8').matchAll(/\bfrom\s*["']\.\/([\w.-]+\.js)["']/g)) rij.push(`_astro/${naam}`);
  }
  return gezien;
}

const contentPaginas = gebouwdePaginas().filter((p) => !PAGINAS_MET_JS.includes(p));

describe('budget per content page', () => {
  it.each(contentPaginas)('%s loads 0 bytes of JavaScript', (pad) => {
    const dom = pagina(pad);
    const begin = (element: { outerHTML: string }) => element.outerHTML.slice(0, 120);
    // JSON-LD is data, not code: the only <script> a content page may carry.
    expect(dom.querySelectorAll('script:not([type="application/ld+json"])').map(begin)).toEqual([]);
    expect(dom.querySelectorAll('link[rel="modulepreload"]').map(begin)).toEqual([]);
    // No inline event handlers either.
    const handlers = dom.querySelectorAll('*').flatMap((element) => Object.keys(element.attributes).filter((naam) => /^on/i.test(naam)));
    expect(handlers).toEqual([]);
  });

  it.each(contentPaginas)(`%s: HTML + CSS ≤ ${BUDGET_HTML_CSS_GZIP / 1024} KB gzip`, (pad) => {
    const bron = html(pad);
    // Outside stylesheets are the next test's failure; here only the site's own files count.
    const css = parse(bron)
      .querySelectorAll('link[rel="stylesheet"][href^="/"]:not([href^="//"])')
      .map((link) => readFileSync(join(DIST, link.getAttribute('href')!)));
    const totaal = gz(bron) + css.reduce((som, bestand) => som + gz(bestand), 0);
    expect(totaal).toBeLessThanOrEqual(BUDGET_HTML_CSS_GZIP);
  });

  it.each(VERRIJKINGEN)(`%s: JavaScript ≤ ${BUDGET_JS_VERRIJKING_GZIP / 1024} KB gzip`, (pad) => {
    const dom = pagina(pad);
    const inline = dom.querySelectorAll('script[type="module"]:not([src])').map((script) => script.rawText);
    const extern = dom.querySelectorAll('script[src]').map((script) => readFileSync(join(DIST, script.getAttribute('src')!)));
    expect(inline.length + extern.length).toBeGreaterThan(0);
    const totaal = [...inline, ...extern].reduce((som, code) => som + gz(code), 0);
    expect(totaal).toBeLessThanOrEqual(BUDGET_JS_VERRIJKING_GZIP);
  });

  it.each(gebouwdePaginas())('%s loads only files from the site itself', (pad) => {
    const bronnen = pagina(pad)
      .querySelectorAll('link, script, img, source, iframe')
      .flatMap((element) => ['href', 'src', 'srcset'].map((naam) => element.getAttribute(naam)).filter((waarde) => waarde !== undefined));
    expect(bronnen.filter((b) => !b.startsWith('/') || b.startsWith('//'))).toEqual([]);
  });

  it.each(gebouwdePaginas())(`%s: fonts ≤ ${BUDGET_LETTERTYPEN / 1024} KB, and the text does not need the extended font files`, (pad) => {
    const dom = pagina(pad);
    const preloads = dom.querySelectorAll('link[rel="preload"][href$=".woff2"]').map((link) => link.getAttribute('href')!);
    expect(preloads.length).toBeGreaterThan(0);
    expect(preloads.reduce((som, f) => som + readFileSync(join(DIST, f)).length, 0)).toBeLessThanOrEqual(BUDGET_LETTERTYPEN);
    // A character of the site's own text in an uitgebreid range would make every visitor fetch it.
    for (const code of dom.querySelectorAll('script, style')) code.remove();
    const tekst = dom.text;
    const uitgebreid = [...new Set(tekst)].filter((t) => WEB_UITGEBREID_BEREIKEN.some(([van, tot]) => t.codePointAt(0)! >= van && t.codePointAt(0)! <= tot));
    expect(uitgebreid).toEqual([]);
  });
});

describe('budget of the first PDF on /melding/', () => {
  it(`code and fonts ≤ ${BUDGET_EERSTE_PDF_GZIP / 1024} KB gzip`, () => {
    // Loaded with the page: the island and its renderer, with their static imports.
    const eiland = pagina('/melding/')
      .querySelectorAll('astro-island')
      .flatMap((e) => [e.getAttribute('component-url'), e.getAttribute('renderer-url')])
      .filter((url) => url !== undefined)
      .map((url) => url.slice(1));
    expect(eiland.length).toBeGreaterThan(0);
    const alGeladen = metStatischeImports(eiland);
    // The first focus imports src/lib/melding-pdf/melding-pdf.ts, whose chunk is named after it.
    const pdfChunks = readdirSync(join(DIST, '_astro')).filter((f) => /^melding-pdf\.[\w-]+\.js$/.test(f));
    expect(pdfChunks).toHaveLength(1);
    const code = [...metStatischeImports([`_astro/${pdfChunks[0]}`])].filter((chunk) => !alGeladen.has(chunk));
    // pdf-lib and fontkit are in there (the chunk of src/lib/pdf/teken.ts), not yet on the page.
    expect(code.filter((chunk) => /^_astro\/teken\.[\w-]+\.js$/.test(chunk))).toHaveLength(1);
    const fonts = ['Regular', 'Bold'].flatMap((gewicht) => [`fonts/SafehouseSansPDF-${gewicht}.ttf`, `fonts/SafehouseSans-${gewicht}-uitgebreid.woff2`]);
    const totaal = [...code, ...fonts].reduce((som, bestand) => som + gz(readFileSync(join(DIST, bestand))), 0);
    expect(totaal).toBeLessThanOrEqual(BUDGET_EERSTE_PDF_GZIP);
  });
});
