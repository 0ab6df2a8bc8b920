// `npm run bench`: figures for this machine, printed, not asserted (byte budgets are tests;
// timings are not). Builds the site three times, then reports: Lighthouse per page type; in
// Chromium the bytes each page type loads, the melding and search figures; and build time with
// 2, 200 and 2000 fictitious providers, to show how it grows.
import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { meetInBrowser } from './bench-browser.ts';
import { lighthouseScores } from './bench-lighthouse.ts';
import { genereerContent } from './genereer-content.ts';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const astro = join(root, 'node_modules/astro/bin/astro.mjs');

function bouw(extra: { contentMap?: string; outDir?: string; force?: boolean } = {}): number {
  const start = performance.now();
  const argumenten = [astro, 'build', ...(extra.outDir ? ['--outDir', extra.outDir] : []), ...(extra.force ? ['--force'] : [])];
  const omgeving = extra.contentMap ? { ...env, SAFEHOUSE_CONTENT_DIR: extra.contentMap } : env;
  const uitkomst = spawnSync(process.execPath, argumenten, { cwd: root, env: omgeving, stdio: 'ignore' });
  if (uitkomst.status !== 0) throw new Error('astro build mislukte');
  return performance.now() - start;
}

const telPaginas = (map: string) =>
  readdirSync(map, { recursive: true, withFileTypes: true }).filter((d) => d.isFile() && d.name.endsWith('.html')).length;

const tijden = [bouw(), bouw(), bouw()].sort((a, b) => a - b);

console.log(`Machine: ${cpus().length} kernen, ${cpus()[0]?.model ?? 'onbekend'}; Node ${process.version}`);
console.log(`Build (3×): mediaan ${(tijden[1]! / 1000).toFixed(2)} s, snelste ${(tijden[0]! / 1000).toFixed(2)} s`);

console.log('\nLighthouse            perf  a11y  best  seo');
for (const regel of await lighthouseScores()) console.log(regel);

console.log('\nIn Chromium');
for (const regel of await meetInBrowser()) console.log(`  ${regel}`);

// Growth with the number of providers: fictitious content in a temporary folder.
console.log('\nSchaal (fictieve aanbieders, tijdelijke map)   build      pagina\'s   per pagina');
let vorige: { ms: number; paginas: number } | undefined;
for (const aantal of [2, 200, 2000]) {
  const contentMap = genereerContent(aantal, root);
  const outDir = join(tmpdir(), `safehouse-bench-${aantal}`);
  const ms = bouw({ contentMap, outDir });
  const paginas = telPaginas(outDir);
  const headers = readFileSync(join(outDir, '_headers'), 'utf8');
  const headersRegels = headers.split('\n').filter((r) => r.startsWith('/')).length;
  const extra = `   _headers: ${headersRegels} regel(s), ${(headers.length / 1024).toFixed(1)} KB` + (vorige ? `   (+${((ms - vorige.ms) / (paginas - vorige.paginas)).toFixed(1)} ms per extra pagina)` : '');
  console.log(`${String(aantal).padStart(5)} aanbieders${''.padEnd(31)}${(ms / 1000).toFixed(1).padStart(6)} s ${String(paginas).padStart(9)} ${(ms / paginas).toFixed(1).padStart(9)} ms${extra}`);
  vorige = { ms, paginas };
  rmSync(contentMap, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
}

// The scale builds leave Astro's content cache pointing at their deleted temporary folders:
// rebuild the real site from scratch, so dist/ and the cache are the site's own again.
bouw({ force: true });
