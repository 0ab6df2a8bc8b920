// `npm run bench`: figures for this machine, printed, not asserted (byte budgets are tests;
// timings are not). Builds the site, then reports build time and the bytes each page type
// sends (gzip). Later issues add the melding, search and content-scale figures.
import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = join(import.meta.dirname, '..');
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const astro = join(root, 'node_modules/astro/bin/astro.mjs');

function bouw(): number {
  const start = performance.now();
  const uitkomst = spawnSync(process.execPath, [astro, 'build'], { cwd: root, env, stdio: 'ignore' });
  if (uitkomst.status !== 0) throw new Error('astro build mislukte');
  return performance.now() - start;
}

const tijden = [bouw(), bouw(), bouw()].sort((a, b) => a - b);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const gz = (b: Buffer | string) => gzipSync(b, { level: 9 }).length;

const PAGINATYPEN: [string, string][] = [
  ['home', 'index.html'],
  ['route-pagina', 'route/wat-is-een-safehouse/index.html'],
  ['handboekhoofdstuk', 'handboek/verslavingszorg-en-safehouses/index.html'],
  ['aanbiederslijst', 'aanbieders/index.html'],
  ['aanbieder', 'aanbieders/confidence-twende/index.html'],
  ['regio', 'regios/achterhoek/index.html'],
  ['melding', 'melding/index.html'],
  ['zoeken', 'zoeken/index.html'],
];

console.log(`Machine: ${cpus().length} kernen, ${cpus()[0]?.model ?? 'onbekend'}; Node ${process.version}`);
console.log(`Build (3×): mediaan ${(tijden[1]! / 1000).toFixed(2)} s, snelste ${(tijden[0]! / 1000).toFixed(2)} s`);
console.log('\nPaginatype            HTML gz   CSS gz    JS gz');
for (const [naam, pad] of PAGINATYPEN) {
  const html = readFileSync(join(root, 'dist', pad), 'utf8');
  const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].reduce((s, m) => s + gz(readFileSync(join(root, 'dist', m[1]!))), 0);
  const js = [...html.matchAll(/<script[^>]+src="([^"]+)"/g), ...html.matchAll(/<link rel="modulepreload" href="([^"]+)"/g)]
    .reduce((s, m) => s + gz(readFileSync(join(root, 'dist', m[1]!))), 0);
  console.log(`${naam.padEnd(20)} ${kb(gz(html)).padStart(8)} ${kb(css).padStart(8)} ${kb(js).padStart(8)}`);
}
