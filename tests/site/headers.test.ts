// dist/_headers is what Netlify, Cloudflare Pages and similar hosts send with every file. The
// browser tests are served with it too, so a missing or wrong rule would pass unnoticed there:
// this test reads the file itself and checks it against every built page.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { BEVEILIGINGSHEADERS } from '../../src/lib/beveiliging.ts';
import { headersVoor, leesCsp, leesHeadersBestand } from '../../src/lib/headers-bestand.ts';
import { draaitScripts } from '../../src/lib/csp-zonder-scripts.ts';
import { DIST } from './browser.ts';

const regels = leesHeadersBestand(readFileSync(join(DIST, '_headers'), 'utf8'));
const paginas = readdirSync(DIST, { recursive: true, withFileTypes: true })
  .filter((d) => d.isFile() && d.name.endsWith('.html'))
  .map((d) => relative(DIST, join(d.parentPath, d.name)).split(sep).join('/'));
const urlVan = (pagina: string) => (pagina === '404.html' ? '/404.html' : `/${pagina.replace(/index\.html$/, '')}`);
const metaCsp = (pagina: string) =>
  parse(readFileSync(join(DIST, pagina), 'utf8'))
    .querySelector('meta[http-equiv="content-security-policy"]')
    ?.getAttribute('content') ?? '';
const cspVan = (pad: string) =>
  headersVoor(regels, pad)
    .filter(([naam]) => naam === 'Content-Security-Policy')
    .map(([, waarde]) => waarde);

describe('dist/_headers', () => {
  it('is one rule for all paths and one for the open data, however many pages there are (hosts limit the number of rules)', () => {
    expect(regels.map((r) => r.patroon)).toEqual(['/*', '/data/*']);
  });

  it('lets any origin read /data/* (CORS), and nothing else', () => {
    for (const pad of ['/data/aanbieders.json', '/data/hsds/organizations/1.json', '/data/hsds/csv/organizations.csv']) {
      expect(headersVoor(regels, pad)).toContainEqual(['Access-Control-Allow-Origin', '*']);
    }
    for (const pad of ['/', '/aanbieders/', '/_astro/iets.js'])
      expect(headersVoor(regels, pad).map(([naam]) => naam)).not.toContain('Access-Control-Allow-Origin');
  });

  it('gives every file the security headers and exactly one CSP with frame-ancestors', () => {
    for (const pad of ['/', '/_astro/iets.js', '/melding/lege-melding.pdf', '/pagefind/pagefind.js', '/bestaat-niet/']) {
      const headers = headersVoor(regels, pad);
      for (const [naam, waarde] of BEVEILIGINGSHEADERS) expect(headers, `${pad}: ${naam}`).toContainEqual([naam, waarde]);
      // Exactly one: two CSP headers would both apply, and the stricter one could block scripts.
      expect(cspVan(pad)).toHaveLength(1);
      expect(leesCsp(cspVan(pad)[0]!).get('frame-ancestors')).toEqual(new Set(["'none'"]));
    }
  });

  it.each(paginas)("%s: the host's CSP allows everything the page itself allows", (pagina) => {
    const pagina_ = leesCsp(metaCsp(pagina));
    expect(pagina_.size, 'CSP in de <meta>-tag').toBeGreaterThan(0);
    const host = leesCsp(cspVan(urlVan(pagina))[0]!);
    // 'none' allows nothing, so any host source list covers it.
    for (const [naam, bronnen] of pagina_)
      expect(
        [...bronnen].filter((b) => b !== "'none'" && !host.get(naam)?.has(b)),
        naam,
      ).toEqual([]);
  });

  it.each(paginas)("%s: script-src 'none' exactly when the page runs no script", (pagina) => {
    const html = readFileSync(join(DIST, pagina), 'utf8');
    const scriptSrc = leesCsp(metaCsp(pagina)).get('script-src');
    expect(scriptSrc?.has("'none'"), 'script-src').toBe(!draaitScripts(html));
  });

  it('the pages without script are most of the site, and the melding keeps its scripts', () => {
    const zonder = paginas.filter((p) => leesCsp(metaCsp(p)).get('script-src')?.has("'none'"));
    expect(zonder.length).toBeGreaterThan(paginas.length / 2);
    expect(zonder).toContain('route/kosten/index.html');
    expect(zonder).not.toContain('melding/index.html');
  });

  it("the host's CSP allows nothing that no page allows", () => {
    const alle = paginas.map((p) => leesCsp(metaCsp(p)));
    const host = leesCsp(cspVan('/')[0]!);
    for (const [naam, bronnen] of host) {
      if (naam === 'frame-ancestors') continue;
      expect(
        [...bronnen].filter((b) => !alle.some((p) => p.get(naam)?.has(b))),
        naam,
      ).toEqual([]);
    }
  });
});
