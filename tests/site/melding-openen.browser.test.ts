// "Melding openen" with crafted files, in real Chromium: the file is read in a worker with a
// size and time limit, so every file gets its Dutch message within seconds, the tab stays
// responsive, and what was typed stays in the form. The bounds themselves: tests/unit/melding-openen.test.ts.
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { MAX_OPEN_BYTES, OPEN_FOUTBERICHTEN, OPEN_TIJDSLIMIET_S } from '../../src/lib/melding/melding-json.ts';
import { FORMULIER_TEKST as T } from '../../src/lib/ui-tekst.ts';
import { groteJson, inflatiebomPdf, kringPdf, objectstroomPdf, veelObjectenPdf, zelfverwijzendePdf } from '../fixtures/vijandige-pdf.ts';
import { stapKop, volgVerzoeken } from './browser.ts';
import { browserSessie } from './sessie.ts';

const { sessie, it } = browserSessie();

/** How long a crafted file may take to get its message, on two busy cores: the bounds answer in well under this. */
const SNEL_MS = 5000;

/** The form with a first answer typed, as someone would have it when they choose a wrong file. */
async function ingevuld(page: Page) {
  await page.goto(`${sessie.origin}/melding/`);
  await page.getByLabel('De cliënt zelf').check();
  await page.locator('#melding-volgende').click();
  await expect.poll(() => stapKop(page)).toBe('Cliënt');
  await page.getByLabel(/^Je voornamen/).fill('Zoë');
  // A click on "Melding openen" focuses it first, which starts the worker: as a person would.
  const stil = volgVerzoeken(page);
  await page.locator('#melding-openen').focus();
  await stil();
}

/** Chooses the file, says "Ja" over the filled form, and returns the message and how long it took. */
async function open(page: Page, naam: string, mimeType: string, buffer: Uint8Array): Promise<[string, number]> {
  await page.getByLabel(T.openen).setInputFiles({ name: naam, mimeType, buffer: Buffer.from(buffer) });
  await page.locator('#openen-vraag-ja').waitFor();
  const begin = Date.now();
  await page.locator('#openen-vraag-ja').click();
  // While the file is read, the page answers at once: nothing runs on its main thread.
  const rondje = Date.now();
  await page.evaluate(() => new Promise((klaar) => requestAnimationFrame(klaar)));
  expect(Date.now() - rondje).toBeLessThan(1000);
  await expect.poll(() => page.locator('p.status').textContent(), { timeout: (OPEN_TIJDSLIMIET_S + 10) * 1000 }).not.toBe(T.openenBezig);
  return [(await page.locator('p.status').textContent()) ?? '', Date.now() - begin];
}

async function blijftStaan(page: Page) {
  expect(await stapKop(page)).toBe('Cliënt');
  expect(await page.getByLabel(/^Je voornamen/).inputValue()).toBe('Zoë');
}

describe('"Melding openen" with crafted files', () => {
  it.for([
    ['a PDF whose attachment list is its own child, 32 times over', 'melding.pdf', () => zelfverwijzendePdf(), OPEN_FOUTBERICHTEN['geen-melding']],
    ['a PDF whose attachment tree is a cycle of two nodes', 'melding.pdf', () => kringPdf(), OPEN_FOUTBERICHTEN['geen-melding']],
    ['an inflation bomb: 1 MB that unpacks to 1 GiB', 'melding.pdf', () => inflatiebomPdf(), OPEN_FOUTBERICHTEN['bijlage-te-groot']],
    ['a PDF with 100,000 objects', 'melding.pdf', () => veelObjectenPdf(100_000), OPEN_FOUTBERICHTEN['geen-melding']],
    ['a JSON file of 10 MB', 'melding.json', () => groteJson(10), OPEN_FOUTBERICHTEN['te-groot']],
  ] as const)('%s: its Dutch message within seconds, the typed answers stay', async ([, naam, maak, bericht], { pagina }) => {
    const { page, fouten } = await pagina();
    await ingevuld(page);
    const bestand = await maak();
    const [tekst, ms] = await open(page, naam, naam.endsWith('.json') ? 'application/json' : 'application/pdf', bestand);
    expect(tekst).toBe(bericht);
    expect(ms).toBeLessThan(SNEL_MS);
    await blijftStaan(page);
    expect(fouten).toEqual([]);
  });

  it('a PDF whose object stream holds a million objects: the worker is stopped at the time limit, and the next file opens', async ({ pagina }) => {
    const { page, fouten } = await pagina();
    await ingevuld(page);
    const bestand = objectstroomPdf(1_000_000);
    expect(bestand.length).toBeLessThan(MAX_OPEN_BYTES); // past the size check: only the time limit stops it
    const [tekst, ms] = await open(page, 'melding.pdf', 'application/pdf', bestand);
    expect(tekst).toBe(OPEN_FOUTBERICHTEN['te-lang']);
    expect(ms).toBeGreaterThanOrEqual(OPEN_TIJDSLIMIET_S * 1000);
    expect(ms).toBeLessThan(OPEN_TIJDSLIMIET_S * 1000 + 2000);
    await blijftStaan(page);
    // A fresh worker for the next file.
    const [daarna] = await open(page, 'melding.pdf', 'application/pdf', kringPdf());
    expect(daarna).toBe(OPEN_FOUTBERICHTEN['geen-melding']);
    await blijftStaan(page);
    expect(fouten).toEqual([]);
  }, 60_000);
});
