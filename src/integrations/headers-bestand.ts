import type { AstroIntegration } from 'astro';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BEVEILIGINGSHEADERS, OPEN_DATA_HEADERS } from '../lib/beveiliging.ts';
import { leesHeadersBestand, vereniCsp } from '../lib/headers-bestand.ts';
import { apacheHtaccess, caddyfile, nginxConfig, vercelJson } from '../lib/host-configuratie.ts';
import { zonderScripts } from '../lib/csp-zonder-scripts.ts';

/**
 * After the build: pages that run no script get `script-src 'none'` in their <meta> CSP (Astro
 * lists every script hash of the site on every page). Then dist/_headers: for every path the
 * security headers and one Content-Security-Policy, the union of the pages' <meta> policies (see
 * vereniCsp), plus frame-ancestors, which only works as a header. The same rules are written for
 * hosts that ignore _headers: dist/.htaccess (Apache), dist/vercel.json, and
 * dist/_hosting/nginx.conf and dist/_hosting/Caddyfile to include in the server's own config.
 * A second rule gives /data/* the CORS header, so other sites (a gemeente's sociale kaart) can
 * fetch the open data from the browser. Two rules, however many pages (Cloudflare Pages reads 100).
 */
export function headersBestandIntegratie(): AstroIntegration {
  return {
    name: 'safehouse:headers-bestand',
    hooks: {
      'astro:config:done': ({ config, logger }) => {
        // Without the public address the open data can only give paths ("/aanbieders/x/"), which
        // another site cannot follow, and HSDS's uri fields are then not absolute.
        if (!config.site) {
          logger.warn(
            'SITE_URL is niet gezet: de open data in dist/data bevat dan relatieve adressen (/aanbieders/…), waar andere sites niets mee kunnen. ' +
              'Bouw voor publicatie met SITE_URL=https://jouw-domein.nl npm run build.',
          );
        }
      },
      'astro:build:done': ({ dir }) => {
        const map = fileURLToPath(dir);
        const policies = readdirSync(map, { recursive: true, withFileTypes: true })
          .filter((d) => d.isFile() && d.name.endsWith('.html'))
          .map((d) => {
            const pagina = relative(map, join(d.parentPath, d.name)).split(sep).join('/');
            const html = readFileSync(join(map, pagina), 'utf8');
            const uitkomst = zonderScripts(html);
            if (!uitkomst) throw new Error(`${pagina} heeft geen Content-Security-Policy; staat security.csp aan in astro.config.mjs?`);
            if (uitkomst.html !== html) writeFileSync(join(map, pagina), uitkomst.html);
            return uitkomst.csp;
          });
        const regels = ['# Gemaakt bij de build (src/integrations/headers-bestand.ts); niet met de hand wijzigen.', '/*'];
        for (const [naam, waarde] of BEVEILIGINGSHEADERS) regels.push(`  ${naam}: ${waarde}`);
        regels.push(`  Content-Security-Policy: ${vereniCsp([...policies, "frame-ancestors 'none'"])}`);
        regels.push('/data/*');
        for (const [naam, waarde] of OPEN_DATA_HEADERS) regels.push(`  ${naam}: ${waarde}`);
        const headersBestand = `${regels.join('\n')}\n`;
        writeFileSync(join(map, '_headers'), headersBestand);
        const headerRegels = leesHeadersBestand(headersBestand);
        writeFileSync(join(map, '.htaccess'), apacheHtaccess(headerRegels));
        writeFileSync(join(map, 'vercel.json'), vercelJson(headerRegels));
        mkdirSync(join(map, '_hosting'), { recursive: true });
        writeFileSync(join(map, '_hosting/nginx.conf'), nginxConfig(headerRegels));
        writeFileSync(join(map, '_hosting/Caddyfile'), caddyfile(headerRegels));
      },
    },
  };
}
