// `npm run controleer`: the check a regional editor runs after changing a file in content/.
// Same rules as the build; prints every problem at once and exits 1 when there is one.
import { formatteerRapport, probleemKop } from '../src/lib/content/controleer.ts';
import { contentMap } from '../src/lib/content/content-map.ts';
import { leesEnControleerContent } from '../src/integrations/lees-content.ts';

const root = process.cwd();
const uitslag = leesEnControleerContent(contentMap(root), root);
for (const w of uitslag.waarschuwingen) console.warn(`Let op: ${w.bestand}, regel ${w.regel}: ${w.bericht}`);
if (uitslag.problemen.length > 0) {
  console.error(formatteerRapport(uitslag.problemen, probleemKop(uitslag.problemen.length)));
  process.exit(1);
}
const aantallen = Object.entries(uitslag.geldig)
  .map(([naam, records]) => `${records.size} ${naam}`)
  .join(', ');
console.log(`De content is in orde (${aantallen}).`);
