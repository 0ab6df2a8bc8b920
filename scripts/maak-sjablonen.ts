// `npm run sjablonen`: writes the _sjabloon.md files from the schemas' field descriptions.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SJABLONEN } from '../src/lib/content/sjablonen.ts';

for (const [pad, tekst] of Object.entries(SJABLONEN)) {
  writeFileSync(join(process.cwd(), pad), tekst());
  console.log(`Geschreven: ${pad}`);
}
