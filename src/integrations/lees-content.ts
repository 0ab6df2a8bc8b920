import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { COLLECTIES, type CollectieNaam } from '../lib/content/collecties.ts';
import { controleerContent, type ContentBestand, type Uitslag } from '../lib/content/controleer.ts';
import { leesGemeenten } from '../lib/gemeenten/gemeenten.ts';

/** Reads every content file from disk and runs the editors' check on them (Node only). */

function alleBestanden(map: string): string[] {
  if (!existsSync(map)) return [];
  return readdirSync(map, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && /\.(md|mdx)$/i.test(d.name))
    .map((d) => relative(map, join(d.parentPath, d.name)).split(sep).join('/'))
    .sort();
}

export function leesEnControleerContent(contentMap: string, projectRoot: string, vandaag?: Date): Uitslag {
  const bestanden: ContentBestand[] = [];
  for (const [naam, collectie] of Object.entries(COLLECTIES) as [CollectieNaam, (typeof COLLECTIES)[CollectieNaam]][]) {
    const map = join(contentMap, collectie.map);
    for (const pad of alleBestanden(map)) {
      // .mdx is read in every folder, also where only .md counts: the check reports it there.
      bestanden.push({ collectie: naam, pad, tekst: readFileSync(join(map, pad), 'utf8') });
    }
  }
  const gemeenten = leesGemeenten(readFileSync(resolve(projectRoot, 'src/data/gemeenten.csv'), 'utf8'));
  return controleerContent(bestanden, { gemeenteNamen: gemeenten.map((g) => g.naam) }, vandaag);
}
