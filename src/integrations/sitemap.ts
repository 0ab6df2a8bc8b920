import type { AstroIntegration } from 'astro';
import { readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { robotsTxt, sitemapXml } from '../lib/site/sitemap.ts';

/** Writes robots.txt, and sitemap.xml when `site` is configured (SITE_URL at build time). */
export function sitemapIntegratie(): AstroIntegration {
  let site: string | undefined;
  return {
    name: 'safehouse:sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site;
      },
      'astro:build:done': ({ dir }) => {
        const map = fileURLToPath(dir);
        writeFileSync(join(map, 'robots.txt'), robotsTxt(site));
        if (!site) return;
        const paden = readdirSync(map, { recursive: true, withFileTypes: true })
          .filter((d) => d.isFile() && d.name === 'index.html')
          .map((d) => `/${relative(map, d.parentPath).split(sep).join('/')}/`.replace(/^\/\/$/, '/').replace('//', '/'));
        writeFileSync(join(map, 'sitemap.xml'), sitemapXml(site, paden));
      },
    },
  };
}
