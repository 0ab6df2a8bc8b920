// `npm run bench`: figures for this machine, printed, not asserted (byte budgets are tests;
// timings are not). Builds the site three times, then reports: Lighthouse per page type; in
// Chromium the bytes each page type loads, the melding and search figures; and build time with
// 2, 200 and 2000 fictitious providers (and 20,000 with BENCH_AANBIEDERS=2,200,2000,20000 or
// `npm run bench -- 2 200 2000 20000`), to show how it grows.
import { cpus } from 'node:os';
import { meetInBrowser } from './bench-browser.ts';
import { lighthouseScores } from './bench-lighthouse.ts';
import { aantallenUit, bouwMet, schaalRegels } from './bench-schaal.ts';

const bouw = (extra: { force?: boolean } = {}) => bouwMet(extra).ms;

const tijden = [bouw(), bouw(), bouw()].sort((a, b) => a - b);

console.log(`Machine: ${cpus().length} kernen, ${cpus()[0]?.model ?? 'onbekend'}; Node ${process.version}`);
console.log(`Build (3×): mediaan ${(tijden[1]! / 1000).toFixed(2)} s, snelste ${(tijden[0]! / 1000).toFixed(2)} s`);

console.log('\nLighthouse            perf  a11y  best  seo');
for (const regel of await lighthouseScores()) console.log(regel);

console.log('\nIn Chromium');
for (const regel of await meetInBrowser()) console.log(`  ${regel}`);

// Growth with the number of providers (BENCH_AANBIEDERS=2,200,2000,20000 adds the big one).
console.log('\nSchaal (fictieve aanbieders, tijdelijke map)');
schaalRegels(aantallenUit(process.argv.slice(2)));

// The scale builds leave Astro's content cache pointing at their deleted temporary folders:
// rebuild the real site from scratch, so dist/ and the cache are the site's own again.
bouw({ force: true });
