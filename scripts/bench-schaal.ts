// Growth with the number of providers: builds the site with fictitious content
// (scripts/genereer-content.ts) in a temporary folder and reports build time, ms per page, peak
// memory, files written and the size of /aanbieders/. Used by `npm run bench`, or alone:
//   node scripts/bench-schaal.ts                 → 2, 200 and 2000 providers
//   node scripts/bench-schaal.ts 2000 20000      → the given counts (BENCH_AANBIEDERS=… works too)
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { genereerContent } from './genereer-content.ts';

const root = join(import.meta.dirname, '..');
const TIJD = '/usr/bin/time';

export interface SchaalMeting {
  aanbieders: number;
  ms: number;
  paginas: number;
  bestanden: number;
  /** Peak resident memory of the build process in MB, when /usr/bin/time is there. */
  piekMb: number | null;
  aanbiedersGzKb: number;
  headersRegels: number;
}

/**
 * `npm run build` (with its heap limit, see package.json) into outDir, under /usr/bin/time when
 * present so the peak memory is known: the build as a user runs it.
 */
export function bouwMet(extra: { contentMap?: string; outDir?: string; force?: boolean } = {}): { ms: number; piekMb: number | null } {
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...(extra.contentMap ? { SAFEHOUSE_CONTENT_DIR: extra.contentMap } : {}) };
  const argumenten = ['run', 'build', '--', ...(extra.outDir ? ['--outDir', extra.outDir] : []), ...(extra.force ? ['--force'] : [])];
  const metTijd = existsSync(TIJD);
  const start = performance.now();
  // %M: the largest maximum resident set size in KB among the processes (npm, the build) (Linux GNU time).
  const uitkomst = metTijd
    ? spawnSync(TIJD, ['-f', 'PIEK_KB=%M', 'npm', ...argumenten], { cwd: root, env, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 28 })
    : spawnSync('npm', argumenten, { cwd: root, env, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 28 });
  const ms = performance.now() - start;
  if (uitkomst.status !== 0) throw new Error(`npm run build mislukte:\n${uitkomst.stderr.slice(-3000)}`);
  const piek = /PIEK_KB=(\d+)/.exec(uitkomst.stderr)?.[1];
  return { ms, piekMb: piek ? Number(piek) / 1024 : null };
}

export function meetSchaal(aantal: number): SchaalMeting {
  const contentMap = genereerContent(aantal, root);
  const outDir = join(tmpdir(), `safehouse-bench-${aantal}`);
  try {
    // --force: a fresh content cache, or the build still points at the previous (deleted) folder.
    const { ms, piekMb } = bouwMet({ contentMap, outDir, force: true });
    const bestanden = readdirSync(outDir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile());
    const headers = readFileSync(join(outDir, '_headers'), 'utf8');
    return {
      aanbieders: aantal,
      ms,
      paginas: bestanden.filter((d) => d.name.endsWith('.html')).length,
      bestanden: bestanden.length,
      piekMb,
      aanbiedersGzKb: gzipSync(readFileSync(join(outDir, 'aanbieders/index.html'))).length / 1024,
      headersRegels: headers.split('\n').filter((r) => r.startsWith('/')).length,
    };
  } finally {
    rmSync(contentMap, { recursive: true, force: true });
    rmSync(outDir, { recursive: true, force: true });
  }
}

/** Measures each count and prints a line as soon as it is known (a 20,000 build takes minutes). */
export function schaalRegels(aantallen: readonly number[]): string[] {
  const regels = ["aanbieders    build   pagina's  bestanden  ms/pagina   piekgeheugen  /aanbieders/ gz  _headers"];
  console.log(regels[0]);
  for (const aantal of aantallen) {
    const m = meetSchaal(aantal);
    regels.push(
      [
        String(m.aanbieders).padStart(10),
        `${(m.ms / 1000).toFixed(1)} s`.padStart(9),
        String(m.paginas).padStart(10),
        String(m.bestanden).padStart(10),
        (m.ms / m.paginas).toFixed(1).padStart(10),
        (m.piekMb === null ? 'onbekend' : `${m.piekMb.toFixed(0)} MB`).padStart(14),
        `${m.aanbiedersGzKb.toFixed(1)} KB`.padStart(16),
        `${m.headersRegels} regel(s)`.padStart(11),
      ].join(''),
    );
    console.log(regels.at(-1));
  }
  return regels;
}

/** The counts to measure: the arguments, else BENCH_AANBIEDERS ("2,200,2000,20000"), else 2, 200 and 2000. */
export function aantallenUit(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): number[] {
  const bron = argv.length > 0 ? argv.join(',') : (env.BENCH_AANBIEDERS ?? '2,200,2000');
  return bron
    .split(',')
    .map((s) => Number(s.trim()))
    .filter((n) => Number.isInteger(n) && n > 0);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  schaalRegels(aantallenUit(process.argv.slice(2)));
  // The scale builds leave Astro's content cache pointing at their deleted temporary folders.
  bouwMet({ force: true });
}
