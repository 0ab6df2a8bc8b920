// The melding's draft in real Chromium, with Playwright's clock (the app's own code and the real
// sessionStorage; only time is moved): after 30 minutes without input it is gone, with a warning
// and "Ik ben er nog" before; a draft that comes back with a restored session after that time is
// removed unseen; and with "Ik gebruik een gedeelde computer" nothing is ever written. The rules
// with fixed times: tests/unit/melding-concept.test.ts.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { datumVoorFormulier } from '../../src/lib/kern/datum.ts';
import { CONCEPT_BEDENKTIJD_MINUTEN as BEDENKTIJD, CONCEPT_WAARSCHUWING_MINUTEN as WAARSCHUWING } from '../../src/lib/melding/concept.ts';
import { meldingSchema } from '../../src/lib/melding/schema.ts';
import { STAPPEN } from '../../src/lib/melding/formulier.ts';
import { maakMeldingPdf } from '../../src/lib/melding-pdf/melding-pdf.ts';
import { FORMULIER_TEKST as T } from '../../src/lib/ui-tekst.ts';
import { GEMEENTEN, maximaal } from '../fixtures/meldingen.ts';
import { PDF_FONTS } from '../fixtures/pdf-fonts.ts';
import { axe, isoDag, stapKop } from './browser.ts';
import { browserSessie } from './sessie.ts';

const { sessie, it } = browserSessie();

const CONCEPT = 'safehouse-melding-concept-v2';
const MINUUT = 60_000;
const START_KOP = T.startTitel;
/** Loading pdf-lib and the font can take seconds on a busy machine. */
const LADEN = 20_000;

const opgeslagen = (page: Page) => page.evaluate((k) => sessionStorage.getItem(k), CONCEPT);
/** Everything this origin keeps in the tab's and the browser's storage, as one text. */
const alleOpslag = (page: Page) => page.evaluate(() => JSON.stringify([Object.entries(sessionStorage), Object.entries(localStorage), document.cookie]));
const waarschuwing = (page: Page) => page.locator('.bedenktijd[role="status"]').textContent();

async function clientMetNaam(page: Page, naam: string) {
  await page.goto(`${sessie.origin}/melding/`);
  await page.waitForSelector('#melding-formulier');
  await page.getByLabel('De cliënt zelf').check();
  await page.locator('#melding-volgende').click();
  await expect.poll(() => stapKop(page)).toBe('Cliënt');
  await page.getByLabel(/^Je voornamen/).fill(naam);
}

describe('the draft after a time without input', () => {
  it(`is wiped after ${BEDENKTIJD} minutes, with a warning ${WAARSCHUWING} minutes before and "Ik ben er nog" to keep it`, async ({ pagina }) => {
    const { page, fouten } = await pagina();
    await page.clock.install();
    await clientMetNaam(page, 'Zoë');
    await expect.poll(() => opgeslagen(page)).toContain('Zoë');

    // Just before the warning: nothing yet.
    await page.clock.fastForward((BEDENKTIJD - WAARSCHUWING) * MINUUT - 5000);
    expect(await waarschuwing(page)).toBe('');
    // The warning, in the live region, with its button; the draft is still there.
    await page.clock.fastForward(10_000);
    await expect.poll(() => waarschuwing(page)).toContain(T.bedenktijdWaarschuwing(BEDENKTIJD - WAARSCHUWING, WAARSCHUWING));
    expect(await opgeslagen(page)).toContain('Zoë');
    expect(await axe(page)).toEqual([]);
    // "Ik ben er nog": the warning goes, the time starts again.
    await page.getByRole('button', { name: T.nogHier }).click();
    await expect.poll(() => waarschuwing(page)).toBe('');
    expect(await page.locator('p.status').textContent()).toBe(T.nogHierBevestigd);
    await page.clock.fastForward((BEDENKTIJD - 1) * MINUUT);
    expect(await opgeslagen(page)).toContain('Zoë');
    expect(await page.getByLabel(/^Je voornamen/).inputValue()).toBe('Zoë');

    // No answer to the warning: draft and form wiped, back at the start.
    await page.clock.fastForward(2 * MINUUT);
    await expect.poll(() => opgeslagen(page)).toBeNull();
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    expect(await stapKop(page)).toBe(START_KOP);
    expect(await page.locator('p.status').textContent()).toBe(T.conceptVerlopen(BEDENKTIJD));
    expect(await waarschuwing(page)).toBe('');
    // Nothing of it left on the page, and a reload brings nothing back.
    expect(await page.locator('body').innerText()).not.toContain('Zoë');
    await page.reload();
    await page.waitForSelector('#melding-formulier');
    expect(await stapKop(page)).toBe(START_KOP);
    expect(await alleOpslag(page)).not.toContain('Zoë');
    expect(fouten).toEqual([]);
  });

  it('typing counts as activity: the warning does not come while someone keeps typing', async ({ pagina }) => {
    const { page } = await pagina();
    await page.clock.install();
    await clientMetNaam(page, 'Z');
    for (const letter of 'oë Jansen') {
      await page.clock.fastForward(20 * MINUUT);
      await page.getByLabel(/^Je voornamen/).press('End');
      await page.keyboard.type(letter);
    }
    await page.clock.fastForward(20 * MINUUT);
    expect(await waarschuwing(page)).toBe('');
    expect(await opgeslagen(page)).toContain('Zoë Jansen');
  });

  it('a draft that comes back with the session after the idle time (the browser was closed, then restored) is removed unseen', async ({ pagina }) => {
    const { page, fouten } = await pagina();
    await page.clock.install();
    await clientMetNaam(page, 'Zoë');
    await expect.poll(() => opgeslagen(page)).toContain('Zoë');
    // The browser is closed (the page is gone, so none of its timers run) and the time moves
    // on; the same tab, with its sessionStorage, comes back later.
    await page.goto('about:blank');
    await page.clock.setSystemTime(Date.now() + (BEDENKTIJD + 1) * MINUUT);
    await page.goto(`${sessie.origin}/melding/`);
    await page.waitForSelector('#melding-formulier');
    expect(await stapKop(page)).toBe(START_KOP);
    expect(await page.locator('p.status').textContent()).toBe(T.conceptVerlopen(BEDENKTIJD));
    expect(await opgeslagen(page)).toBeNull();
    expect(await page.locator('body').innerText()).not.toContain('Zoë');
    expect(fouten).toEqual([]);
  });

  it('a draft restored within the idle time comes back', async ({ pagina }) => {
    const { page } = await pagina();
    await page.clock.install();
    await clientMetNaam(page, 'Zoë');
    await expect.poll(() => opgeslagen(page)).toContain('Zoë');
    await page.goto('about:blank');
    await page.clock.setSystemTime(Date.now() + (BEDENKTIJD - 10) * MINUUT);
    await page.goto(`${sessie.origin}/melding/`);
    await expect.poll(() => page.locator('p.status').textContent()).toBe(T.concepthersteld);
    expect(await page.getByLabel(/^Je voornamen/).inputValue()).toBe('Zoë');
  });
});

describe('"Ik gebruik een gedeelde computer"', () => {
  it('removes an existing draft and writes nothing, whatever is typed in every step, opened or downloaded; the checklist after the download', async ({
    pagina,
  }) => {
    const invoer = structuredClone(maximaal);
    invoer.toestemming.datum = datumVoorFormulier(isoDag());
    invoer.plaatsing.gewensteStartdatum = datumVoorFormulier(isoDag(30));
    const melding = meldingSchema({ peildatum: isoDag(), gemeenten: GEMEENTEN }).parse(invoer);
    const pad = join(mkdtempSync(join(tmpdir(), 'melding-gedeeld-')), 'melding.pdf');
    writeFileSync(pad, await maakMeldingPdf(melding, { fonts: PDF_FONTS, gemaaktOp: new Date() }));

    const { page, fouten } = await pagina();
    // A draft from before the choice is removed when it is made.
    await clientMetNaam(page, 'Zoë');
    await expect.poll(() => opgeslagen(page)).toContain('Zoë');
    await page.getByRole('button', { name: T.vorige }).click();
    await expect.poll(() => stapKop(page)).toBe(START_KOP);
    await page.getByLabel(T.gedeeld).check();
    expect(await alleOpslag(page)).toBe('[[],[],""]');
    expect(await page.locator('.melding-extra').textContent()).toContain(T.gedeeldAan);

    // A whole melding opened from its PDF, then every step visited and typed in.
    await page.getByLabel(T.openen).setInputFiles({ name: 'melding.pdf', mimeType: 'application/pdf', buffer: readFileSync(pad) });
    await page.locator('#openen-vraag-ja').click();
    await expect.poll(() => page.locator('p.status').textContent(), { timeout: LADEN }).toBe(T.openenGelukt);
    expect(await alleOpslag(page)).toBe('[[],[],""]');
    let getypt = 0;
    await page.locator('.stappenlijst').getByRole('button', { name: STAPPEN[0]!.titel, exact: true }).click();
    for (const [i, stap] of STAPPEN.entries()) {
      await expect.poll(() => stapKop(page)).toBe(stap.titel);
      const velden = page.locator('#melding-formulier').locator('input[type="text"], input:not([type]), textarea');
      for (let j = 0; j < (await velden.count()); j++) {
        await velden.nth(j).focus();
        await page.keyboard.press('End');
        await page.keyboard.type('x');
        await page.keyboard.press('Backspace');
        getypt++;
      }
      expect(await alleOpslag(page), stap.titel).toBe('[[],[],""]');
      await page.locator('#melding-volgende').click();
      await expect.poll(() => stapKop(page)).toBe(STAPPEN[i + 1]?.titel ?? T.controlerenTitel);
    }
    expect(getypt).toBeGreaterThan(20);

    // The PDF download, then the checklist; still nothing kept.
    expect(await page.locator('.nazorg').count()).toBe(0);
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: LADEN }), page.locator('#melding-pdf').click()]);
    expect(await download.failure()).toBeNull();
    await expect.poll(() => page.locator('.nazorg h3').textContent()).toBe(T.nazorgKop);
    expect(await page.locator('.nazorg li').allTextContents()).toEqual(T.nazorg);
    expect(await axe(page)).toEqual([]);
    expect(await alleOpslag(page)).toBe('[[],[],""]');

    // A reload keeps nothing: the form is empty.
    await page.reload();
    await page.waitForSelector('#melding-formulier');
    expect(await stapKop(page)).toBe(START_KOP);
    expect(await page.locator('p.status').textContent()).toBe('');
    expect(await alleOpslag(page)).toBe('[[],[],""]');
    expect(fouten).toEqual([]);
  }, 180_000);
});
