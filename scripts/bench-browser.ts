// Browser figures for `npm run bench`: the melding (JS before a PDF is asked for, bytes of the
// first PDF, time to make a long melding cold and warm, PDF size) and search (bytes fetched for
// a first query, time to results). Measured in Chromium against dist/, printed, not asserted.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { lang, maximaal } from '../tests/fixtures/meldingen.ts';
import { ZOEKVRAGEN } from '../tests/fixtures/zoekvragen.ts';
import { bewaaktePagina, DIST, startSessie, volgVerzoeken, type Sessie } from '../tests/site/browser.ts';
import { PAGINATYPEN } from './bench-lighthouse.ts';

const gz = (pad: string) => gzipSync(readFileSync(join(DIST, pad)), { level: 9 }).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const mediaan = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function meetInBrowser(): Promise<string[]> {
  const regels: string[] = [];
  const sessie = await startSessie();
  try {
    // Bytes per page type: everything the browser really fetches on load, by kind, as a host
    // sends it (text gzip-compressed; fonts and Pagefind's files are compressed already).
    regels.push('Per paginatype bij het laden (gzip)       HTML     CSS     JS   fonts   (CSS: één bestand, daarna uit de cache; JS inclusief inline)');
    for (const [naam, pad] of PAGINATYPEN) {
      const { page } = await bewaaktePagina(sessie);
      const geladen: string[] = [];
      page.on('requestfinished', (r) => geladen.push(new URL(r.url()).pathname));
      await page.goto(`${sessie.origin}${pad}`, { waitUntil: 'networkidle' });
      const bytes = (test: (p: string) => boolean) => geladen.filter(test).reduce((s, p) => s + gz(p.endsWith('/') ? `${p}index.html` : p), 0);
      // Inline scripts (the small enhancements) are part of the HTML; count them as JS too.
      const inline = await page.evaluate(() =>
        [...document.querySelectorAll('script:not([src]):not([type="application/ld+json"])')].map((s) => s.textContent ?? ''),
      );
      const js = bytes((p) => p.endsWith('.js')) + inline.reduce((s, code) => s + gzipSync(code, { level: 9 }).length, 0);
      const kolom = (n: number, breed: number) => kb(n).padStart(breed);
      regels.push(
        `  ${naam.padEnd(34)} ${kolom(
          bytes((p) => p.endsWith('/') || p.endsWith('.html')),
          9,
        )} ${kolom(
          bytes((p) => p.endsWith('.css')),
          7,
        )} ${kolom(js, 7)} ${kolom(
          bytes((p) => p.endsWith('.woff2')),
          7,
        )}`,
      );
      await page.context().close();
    }
    regels.push(...(await meetMelding(sessie)));

    // Search: bytes for the first query and time to results over the test questions.
    {
      const { page } = await bewaaktePagina(sessie);
      const geladen: string[] = [];
      await page.goto(`${sessie.origin}/zoeken/`, { waitUntil: 'networkidle' });
      page.on('requestfinished', (r) => geladen.push(new URL(r.url()).pathname));
      await page.locator('#zoekterm').fill('kosten');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => /resulta/.test(document.querySelector('#zoekstatus')?.textContent ?? ''));
      await page.waitForLoadState('networkidle');
      const bytes = geladen.reduce((s, p) => s + gz(p), 0);
      regels.push(`Zoeken: eerste zoekvraag haalt ${kb(bytes)} gz op (${geladen.length} bestanden; doel ≤ 100 KB)`);
      const tijden: number[] = [];
      for (const [vraag] of ZOEKVRAGEN) {
        await page.locator('#zoekterm').fill(vraag);
        const start = performance.now();
        await page.keyboard.press('Enter');
        await page.waitForFunction(
          (v) =>
            (document.querySelector('#zoekstatus')?.textContent ?? '').includes(`"`) &&
            !/Bezig/.test(document.querySelector('#zoekstatus')?.textContent ?? '') &&
            (document.querySelector('#zoekstatus')?.textContent ?? '').length > 0 &&
            v.length > 0,
          vraag,
        );
        tijden.push(performance.now() - start);
      }
      regels.push(`Zoeken: tijd tot resultaten over ${ZOEKVRAGEN.length} vragen, mediaan ${mediaan(tijden).toFixed(0)} ms`);
      await page.context().close();
    }
  } finally {
    await sessie.stop();
  }
  return regels;
}

/** The melding figures alone: `npx node scripts/bench-browser.ts` (against the dist/ there is). */
async function meetMelding(sessie: Sessie): Promise<string[]> {
  const regels: string[] = [];
  // Melding: initial JavaScript, then what the first focus loads.
  {
    const { page } = await bewaaktePagina(sessie);
    const geladen: string[] = [];
    page.on('requestfinished', (r) => geladen.push(new URL(r.url()).pathname));
    await page.goto(`${sessie.origin}/melding/`, { waitUntil: 'networkidle' });
    const js = geladen.filter((p) => p.endsWith('.js')).reduce((s, p) => s + gz(p), 0);
    const voor = new Set(geladen);
    const stil = volgVerzoeken(page);
    await page.getByLabel('De cliënt zelf').focus();
    // The first focus starts the download of pdf-lib, fontkit, both PDF fonts and the uitgebreid web fonts.
    await stil();
    const pdf = geladen.filter((p) => !voor.has(p) && /\.(js|ttf|woff2)$/.test(p)).reduce((s, p) => s + gz(p), 0);
    regels.push(
      `Melding: JavaScript bij het laden ${kb(js)} gz (doel ≤ 90 KB); eerste PDF laadt ${kb(pdf)} gz code + lettertypen (doel ≤ 400 KB, liefst ≤ 250 KB)`,
    );
    await page.context().close();
  }
  // Melding: time from click to download, long answers, cold (fresh page) and warm (again).
  const koud: number[] = [];
  const warm: number[] = [];
  let grootte = 0;
  for (let i = 0; i < 5; i++) {
    const { page } = await bewaaktePagina(sessie);
    await page.goto(`${sessie.origin}/melding/`);
    await page.evaluate((waarden) => sessionStorage.setItem('safehouse-melding-concept-v2', JSON.stringify({ waarden, stap: 7, laatstActief: Date.now() })), {
      ...lang,
      invuller: 'verwijzer',
      aanmelder: maximaal.aanmelder,
      plaatsing: { ...lang.plaatsing, onderbouwing: 'Lange onderbouwing.' },
    });
    await page.reload();
    const knop = page.getByRole('button', { name: 'PDF van de melding downloaden' });
    await knop.waitFor();
    for (const lijst of [koud, warm, warm]) {
      const start = performance.now();
      const [download] = await Promise.all([page.waitForEvent('download'), knop.click()]);
      lijst.push(performance.now() - start);
      grootte = readFileSync((await download.path())!).length;
    }
    await page.context().close();
  }
  regels.push(
    `Melding: lange melding als PDF, mediaan koud ${mediaan(koud).toFixed(0)} ms (doel ≤ 400), warm ${mediaan(warm).toFixed(0)} ms (doel ≤ 150); PDF ${kb(grootte)} (doel ≤ 60 KB)`,
  );

  return regels;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sessie = await startSessie();
  try {
    for (const regel of await meetMelding(sessie)) console.log(regel);
  } finally {
    await sessie.stop();
  }
}
