// Byte budgets of the build output (deterministic, so they are tests; timings live in
// `npm run bench`). Content pages carry no JavaScript at all, and HTML + CSS stay small.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
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
export const PAGINAS_MET_JS: readonly string[] = [...VERRIJKINGEN, '/melding/', '/zoeken/', '/handboek/sjablonen/werkafspraken/', '/handboek/sjablonen/driepartijenovereenkomst/'];

/** Small progressive enhancements (filters, lookup, self-check, checklists), inline: their script, gzip, at most. */
export const BUDGET_JS_VERRIJKING_GZIP = 4 * 1024;
// The melding island's budget (90 KB gzip before a PDF is asked for) is measured in Chromium:
// tests/site/melding-budget.browser.test.ts follows every script the page really loads.

/** The font files a page preloads (the two basis weights, already compressed woff2), at most. */
export const BUDGET_LETTERTYPEN = 40 * 1024;

/** HTML + CSS of one content page, gzip-compressed, at most (see README, "Budgetten"). */
export const BUDGET_HTML_CSS_GZIP = 24 * 1024;

const html = (pad: string) => readFileSync(join(DIST, pad === '/404.html' ? '404.html' : `${pad.slice(1)}index.html`), 'utf8');
const gz = (tekst: string | Buffer) => gzipSync(tekst, { level: 9 }).length;

const contentPaginas = gebouwdePaginas().filter((p) => !PAGINAS_MET_JS.includes(p));

describe('budget per content page', () => {
  it.each(contentPaginas)('%s loads 0 bytes of JavaScript', (pad) => {
    const bron = html(pad);
    // JSON-LD is data, not code: the only <script> a content page may carry.
    const scripts = (bron.match(/<script\b[^>]*>/g) ?? []).filter((tag) => !tag.includes('type="application/ld+json"'));
    expect(scripts).toEqual([]);
    expect(bron.match(/<link[^>]+rel="modulepreload"[^>]*>/g) ?? []).toEqual([]);
    expect(bron).not.toMatch(/\son[a-z]+="/); // no inline event handlers either
  });

  it.each(contentPaginas)(`%s: HTML + CSS ≤ ${BUDGET_HTML_CSS_GZIP / 1024} KB gzip`, (pad) => {
    const bron = html(pad);
    // Outside stylesheets are the next test's failure; here only the site's own files count.
    const css = [...bron.matchAll(/<link rel="stylesheet" href="(\/[^/"][^"]*)"/g)].map((m) => readFileSync(join(DIST, m[1]!)));
    const totaal = gz(bron) + css.reduce((som, bestand) => som + gz(bestand), 0);
    expect(totaal).toBeLessThanOrEqual(BUDGET_HTML_CSS_GZIP);
  });

  it.each(VERRIJKINGEN)(`%s: JavaScript ≤ ${BUDGET_JS_VERRIJKING_GZIP / 1024} KB gzip`, (pad) => {
    const bron = html(pad);
    const inline = [...bron.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    const extern = [...bron.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => readFileSync(join(DIST, m[1]!)));
    expect(inline.length + extern.length).toBeGreaterThan(0);
    const totaal = [...inline, ...extern].reduce((som, code) => som + gz(code), 0);
    expect(totaal).toBeLessThanOrEqual(BUDGET_JS_VERRIJKING_GZIP);
  });

  it.each(gebouwdePaginas())('%s loads only files from the site itself', (pad) => {
    const bron = html(pad);
    const bronnen = [...bron.matchAll(/<(?:link|script|img|source|iframe)\b[^>]*?\s(?:href|src|srcset)="([^"]+)"/g)].map((m) => m[1]!);
    expect(bronnen.filter((b) => !b.startsWith('/') || b.startsWith('//'))).toEqual([]);
  });

  it.each(gebouwdePaginas())(`%s: fonts ≤ ${BUDGET_LETTERTYPEN / 1024} KB, and the text does not need the extended font files`, (pad) => {
    const bron = html(pad);
    const preloads = [...bron.matchAll(/<link rel="preload" href="([^"]+\.woff2)"/g)].map((m) => m[1]!);
    expect(preloads.length).toBeGreaterThan(0);
    expect(preloads.reduce((som, f) => som + readFileSync(join(DIST, f)).length, 0)).toBeLessThanOrEqual(BUDGET_LETTERTYPEN);
    // A character of the site's own text in an uitgebreid range would make every visitor fetch it.
    const tekst = bron.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' ');
    const uitgebreid = [...new Set(tekst)].filter((t) => WEB_UITGEBREID_BEREIKEN.some(([van, tot]) => t.codePointAt(0)! >= van && t.codePointAt(0)! <= tot));
    expect(uitgebreid).toEqual([]);
  });
});
