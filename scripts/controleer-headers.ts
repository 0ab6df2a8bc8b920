// `npm run controleer-headers -- https://jouw-domein.nl`: asks a deployed copy of the site for a
// few kinds of path (a page, the melding, open data, a script, a missing page) and checks that
// the host sends every header of dist/_headers with the right value. Exit code 1 when not.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { leesHeadersBestand } from '../src/lib/headers-bestand.ts';
import { headerProblemen, verwachteHeaders } from '../src/lib/headers-controle.ts';

const argumenten = process.argv.slice(2);
const distVlag = argumenten.indexOf('--dist');
const dist = distVlag === -1 ? join(import.meta.dirname, '../dist') : argumenten[distVlag + 1]!;
const adres = argumenten.find((a, i) => !a.startsWith('--') && argumenten[i - 1] !== '--dist');

if (!adres || !/^https?:\/\//.test(adres)) {
  console.error('Gebruik: npm run controleer-headers -- https://jouw-domein.nl  (het adres waar de site staat)');
  process.exit(2);
}
if (!existsSync(join(dist, '_headers'))) {
  console.error(`${join(dist, '_headers')} ontbreekt: draai eerst npm run build.`);
  process.exit(2);
}

const regels = leesHeadersBestand(readFileSync(join(dist, '_headers'), 'utf8'));
const bestanden = readdirSync(dist, { recursive: true, withFileTypes: true })
  .filter((d) => d.isFile())
  .map((d) => `/${relative(dist, join(d.parentPath, d.name)).split(sep).join('/')}`);
const eerste = (test: (pad: string) => boolean) => bestanden.filter(test).sort()[0];
const paden = [
  '/',
  '/melding/',
  eerste((p) => p.startsWith('/data/') && p.endsWith('.json')),
  eerste((p) => p.startsWith('/_astro/') && p.endsWith('.js')),
  `/bestaat-niet-${Date.now()}/`,
].filter((p): p is string => Boolean(p));

let fout = 0;
console.log(`Headers van ${adres} vergeleken met ${join(dist, '_headers')}:`);
for (const pad of paden) {
  const url = new URL(pad, adres);
  let antwoord: Response;
  try {
    antwoord = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(15_000) });
  } catch (e) {
    fout += 1;
    console.log(`✗ ${pad}: geen antwoord (${(e as Error).message})`);
    continue;
  }
  const problemen = headerProblemen(verwachteHeaders(regels, pad), antwoord.headers);
  if (problemen.length) fout += 1;
  console.log(problemen.length ? `✗ ${pad} (${antwoord.status}): ${problemen.join('; ')}` : `✓ ${pad} (${antwoord.status})`);
}
console.log(
  fout
    ? `${fout} van ${paden.length} adressen missen headers. Zie README, "Publiceren op een statische host".`
    : `Alle ${paden.length} adressen sturen de headers van dist/_headers.`,
);
process.exit(fout ? 1 : 0);
