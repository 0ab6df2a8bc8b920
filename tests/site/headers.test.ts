// dist/_headers is what Netlify, Cloudflare Pages and similar hosts send with every file. The
// browser tests are served with it too, so a missing or wrong rule would pass unnoticed there:
// this test reads the file itself and checks it page by page against the built HTML.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BEVEILIGINGSHEADERS } from '../../src/lib/beveiliging.ts';
import { headersVoor, leesHeadersBestand } from '../../src/lib/headers-bestand.ts';
import { DIST } from './browser.ts';

const regels = leesHeadersBestand(readFileSync(join(DIST, '_headers'), 'utf8'));
const paginas = readdirSync(DIST, { recursive: true, withFileTypes: true })
  .filter((d) => d.isFile() && d.name.endsWith('.html'))
  .map((d) => relative(DIST, join(d.parentPath, d.name)).split(sep).join('/'));
const urlVan = (pagina: string) => (pagina === '404.html' ? '/404.html' : `/${pagina.replace(/index\.html$/, '')}`);
const metaCsp = (html: string) => /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];

describe('dist/_headers', () => {
  it('geeft elk bestand de beveiligingsheaders', () => {
    for (const pad of ['/', '/_astro/iets.js', '/melding/lege-melding.pdf', '/pagefind/pagefind.js']) {
      const headers = headersVoor(regels, pad);
      for (const [naam, waarde] of BEVEILIGINGSHEADERS) expect(headers, `${pad}: ${naam}`).toContainEqual([naam, waarde]);
    }
  });

  it.each(paginas)('%s: dezelfde CSP als in de pagina, plus frame-ancestors', (pagina) => {
    const meta = metaCsp(readFileSync(join(DIST, pagina), 'utf8'));
    expect(meta, 'CSP in de <meta>-tag').toBeTruthy();
    const csp = headersVoor(regels, urlVan(pagina)).filter(([naam]) => naam === 'Content-Security-Policy');
    // Exactly one: two CSP headers would both apply, and the stricter one could block scripts.
    expect(csp).toHaveLength(1);
    const normaal = (s: string) => s.split(';').map((d) => d.trim().replace(/\s+/g, ' ')).filter(Boolean);
    expect(normaal(csp[0]![1])).toEqual([...normaal(meta!), "frame-ancestors 'none'"]);
  });
});
