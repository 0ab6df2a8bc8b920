import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { telWoorden } from '../lib/zoeken/verbeter.ts';

/**
 * After the build: the Pagefind index of the pages marked data-pagefind-body (route, handboek,
 * regio's, aanbieders, begrippen), as Dutch, in dist/pagefind/; and the vocabulary of those
 * pages (dist/pagefind/woorden.json) for correcting typos in the browser.
 */
export function zoekindexIntegratie(): AstroIntegration {
  return {
    name: 'safehouse:zoekindex',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const map = fileURLToPath(dir);
        const pagefind = await import('pagefind');
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nl' });
        if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
        const toegevoegd = await index.addDirectory({ path: map });
        if (toegevoegd.errors.length) throw new Error(`Pagefind: ${toegevoegd.errors.join('; ')}`);
        await index.writeFiles({ outputPath: join(map, 'pagefind') });
        await pagefind.close();

        const teksten: string[] = [];
        for (const d of readdirSync(map, { recursive: true, withFileTypes: true })) {
          if (!d.isFile() || !d.name.endsWith('.html')) continue;
          const html = readFileSync(join(d.parentPath, d.name), 'utf8');
          if (!html.includes('data-pagefind-body')) continue;
          const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
          teksten.push(
            main
              .replace(/<section class="bronnen"[\s\S]*?<\/section>/g, ' ')
              .replace(/<[^>]+>/g, ' ')
              .replace(/&[a-z#0-9]+;/g, ' '),
          );
        }
        writeFileSync(join(map, 'pagefind', 'woorden.json'), JSON.stringify(telWoorden(teksten)));
        logger.info(`Zoekindex: ${toegevoegd.page_count} pagina's.`);
      },
    },
  };
}
