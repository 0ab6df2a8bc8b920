import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { formatteerRapport, probleemKop } from '../lib/content/controleer.ts';
import { contentMap } from './content-map.ts';
import { leesEnControleerContent } from './lees-content.ts';

/**
 * Runs the editors' content check before Astro loads any content, so a broken file stops
 * the build with every problem listed in Dutch (Astro's own check would stop at the first
 * file, in English).
 */
export function controleerContentIntegratie(): AstroIntegration {
  return {
    name: 'safehouse:controleer-content',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        const uitslag = leesEnControleerContent(contentMap(root), root);
        for (const w of uitslag.waarschuwingen) logger.warn(`${w.bestand}, regel ${w.regel}: ${w.melding}`);
        if (uitslag.problemen.length > 0) {
          const fout = new Error(formatteerRapport(uitslag.problemen, probleemKop(uitslag.problemen.length)));
          fout.name = 'ContentFout';
          throw fout;
        }
      },
    },
  };
}
