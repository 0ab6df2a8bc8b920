import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BEVEILIGINGSHEADERS } from '../lib/beveiliging.ts';
import { vereniCsp } from '../lib/headers-bestand.ts';

/**
 * Writes dist/_headers after the build: for every path the security headers and one
 * Content-Security-Policy, the union of the policies Astro put in the pages' <meta> tags (see
 * vereniCsp), plus frame-ancestors, which only works as a header.
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
            const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(readFileSync(join(map, pagina), 'utf8'))?.[1];
            if (!csp) throw new Error(`${pagina} heeft geen Content-Security-Policy; staat security.csp aan in astro.config.mjs?`);
            return csp;
          });
        const regels = ['# Gemaakt bij de build (src/integrations/headers-bestand.ts); niet met de hand wijzigen.', '/*'];
        for (const [naam, waarde] of BEVEILIGINGSHEADERS) regels.push(`  ${naam}: ${waarde}`);
        regels.push(`  Content-Security-Policy: ${vereniCsp([...policies, "frame-ancestors 'none'"])}`);
        writeFileSync(join(map, '_headers'), `${regels.join('\n')}\n`);
      },
    },
  };
}
