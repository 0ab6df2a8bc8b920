import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { formatteerRapport, probleemKop } from '../lib/content/controleer.ts';
import { contentMap } from '../lib/content/content-map.ts';
import { leesEnControleerContent } from './lees-content.ts';

/**
 * Runs the editors' content check before Astro loads any content, so a broken file stops
 * the build with every problem listed in Dutch and nothing else (Astro's own check would stop
 * at the first file, in English).
 */
export function controleerContentIntegratie(): AstroIntegration {
  return {
    name: 'safehouse:controleer-content',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        const uitslag = leesEnControleerContent(contentMap(root), root);
        for (const w of uitslag.waarschuwingen) logger.warn(`${w.bestand}, regel ${w.regel}: ${w.bericht}`);
        if (uitslag.problemen.length > 0) {
          // Only the Dutch report, then stop: a thrown error would be wrapped by Astro in an
          // English message with a stack trace (issue 12). tests/build/kapotte-content.test.ts.
          process.stderr.write(`${formatteerRapport(uitslag.problemen, probleemKop(uitslag.problemen.length))}\n`);
          process.exit(1);
        }
      },
    },
  };
}
