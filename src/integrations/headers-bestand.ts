import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BEVEILIGINGSHEADERS } from '../lib/beveiliging.ts';

/**
 * Writes dist/_headers after the build: the security headers for every path, and for each
 * page the same Content-Security-Policy Astro put in its <meta> tag (with that page's script
 * and style hashes), plus frame-ancestors, which only works as a header.
 */
export function headersBestandIntegratie(): AstroIntegration {
  return {
    name: 'safehouse:headers-bestand',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const map = fileURLToPath(dir);
        const regels = ['# Gemaakt bij de build (src/integrations/headers-bestand.ts); niet met de hand wijzigen.', '/*'];
        for (const [naam, waarde] of BEVEILIGINGSHEADERS) regels.push(`  ${naam}: ${waarde}`);
        const paginas = readdirSync(map, { recursive: true, withFileTypes: true })
          .filter((d) => d.isFile() && d.name.endsWith('.html'))
          .map((d) => relative(map, join(d.parentPath, d.name)).split(sep).join('/'))
          .sort();
        for (const pagina of paginas) {
          const html = readFileSync(join(map, pagina), 'utf8');
          const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
          if (!csp) throw new Error(`${pagina} heeft geen Content-Security-Policy; staat security.csp aan in astro.config.mjs?`);
          const beleid = `${csp.replace(/\s+/g, ' ').trim().replace(/;$/, '')}; frame-ancestors 'none'`;
          const paden = pagina === '404.html' ? ['/404.html'] : [`/${pagina.replace(/index\.html$/, '')}`];
          for (const pad of paden) regels.push(pad, `  Content-Security-Policy: ${beleid}`);
        }
        writeFileSync(join(map, '_headers'), `${regels.join('\n')}\n`);
      },
    },
  };
}
