import type { AstroIntegration } from 'astro';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BEVEILIGINGSHEADERS } from '../lib/beveiliging.ts';
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
 */
export function headersBestandIntegratie(): AstroIntegration {
  return {
    name: 'safehouse:headers-bestand',
    hooks: {
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
