// Issue 16 in real Chromium: what is pasted or typed reaches the check page, the PDF and melding.json as
// the person meant it (no soft hyphen as a gap, no e-mail domain rewritten to punycode, no 300-character
// address); the calendar file has neutral titles and a fresh UID; and the form keeps page translation and
// the browser's writing aids away from the answers.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { datumVoorFormulier } from '../../src/lib/kern/datum.ts';
import { maximaal } from '../fixtures/meldingen.ts';
import { isoDag, stapKop } from './browser.ts';
import { browserSessie } from './sessie.ts';

const map = mkdtempSync(join(tmpdir(), 'invoer-'));
const { sessie, it } = browserSessie();
const CONCEPT = 'safehouse-melding-concept-v2';

/** The full fixture as a draft at step 1 (Cliënt), dates around today. */
async function opStapEen(page: Page) {
  const waarden = structuredClone(maximaal) as typeof maximaal;
  waarden.toestemming.datum = datumVoorFormulier(isoDag());
  waarden.plaatsing.gewensteStartdatum = datumVoorFormulier(isoDag(30));
  await page.goto(`${sessie.origin}/melding/`);
  await page.evaluate(([k, w]) => sessionStorage.setItem(k!, w!), [CONCEPT, JSON.stringify({ waarden, stap: 0, laatstActief: Date.now() })]);
  await page.reload();
  await expect.poll(() => stapKop(page)).toBe('Cliënt');
}

/** Pastes text into a field as the clipboard would: one insertText, invisible characters and all. */
async function plak(page: Page, label: RegExp, tekst: string) {
  const veld = page.getByLabel(label).first();
  await veld.click();
  await veld.press('ControlOrMeta+a');
  await page.keyboard.insertText(tekst);
}

async function naarControleren(page: Page) {
  for (let i = 0; i < 8 && (await stapKop(page)) !== 'Controleren'; i++) {
    const voor = await stapKop(page);
    await page.locator('#melding-volgende').click();
    await expect.poll(() => stapKop(page)).not.toBe(voor);
  }
  expect(await stapKop(page)).toBe('Controleren');
}

describe('pasted and typed input, through the form', () => {
  it('a soft hyphen from Word and an internationalised e-mail domain reach the check page and PDF as meant', async ({ pagina }) => {
    const { page, fouten } = await pagina();
    await opStapEen(page);
    await plak(page, /^Voornamen/, 'Ma\u00adria\u00a0Jo\u200bhanna');
    await plak(page, /^Achternaam/, '\ufeffBerg\u00ad');
    await plak(page, /^BSN/, '111\u00ad222\u200b333');
    await plak(page, /^E-mailadres/, 'jan@bücher.nl');
    // The field itself keeps what was typed (Chromium's type="email" would give xn--bcher-kva.nl).
    expect(await page.getByLabel(/^E-mailadres/).inputValue()).toBe('jan@bücher.nl');
    await naarControleren(page);

    const controle = (await page.locator('.controleren').textContent())!;
    expect(controle).toContain('Maria Johanna');
    expect(controle).toContain('jan@bücher.nl');
    expect(controle).not.toContain('xn--');
    expect(controle).not.toMatch(/[\u00ad\u200b\ufeff\u00a0]/);

    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#melding-pdf').click()]);
    const pdfPad = join(map, 'melding.pdf');
    await download.saveAs(pdfPad);
    const tekst = execFileSync('pdftotext', [pdfPad, '-'], { encoding: 'utf8' });
    expect(tekst).toContain('Maria Johanna');
    expect(tekst).toContain('jan@bücher.nl');
    expect(tekst).not.toContain('xn--');
    expect(tekst).not.toMatch(/Ma\s+ria|Jo\s+hanna|[\u00ad\u200b\ufeff]/);
    // The answers inside the PDF (melding.json), read back by pdfdetach.
    execFileSync('pdfdetach', ['-save', '1', '-o', join(map, 'melding.json'), pdfPad]);
    const json = readFileSync(join(map, 'melding.json'), 'utf8');
    expect(JSON.parse(json).melding.client).toMatchObject({ voornamen: 'Maria Johanna', achternaam: 'Berg', bsn: '111222333', email: 'jan@bücher.nl' });
    expect(fouten).toEqual([]);
  }, 120_000);

  it('the calendar file: neutral titles unless the box is ticked, a new UID every time', async ({ pagina }) => {
    const { page, fouten } = await pagina();
    await opStapEen(page);
    await naarControleren(page);
    const agenda = async () => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#melding-ics').click()]);
      const pad = join(map, `${Math.random()}.ics`);
      await download.saveAs(pad);
      return readFileSync(pad, 'utf8').replace(/\r\n /g, '');
    };
    const uids = (ics: string) => ics.match(/^UID:.*$/gm) ?? [];
    const neutraal = await agenda();
    expect(neutraal.match(/^SUMMARY:.*$/gm)).toHaveLength(3);
    expect(neutraal).not.toMatch(/kliniek|ontslag|safehouse|beschermd/i);
    await page.getByLabel(/^Uitgebreide titels in de agenda/).check();
    const uitgebreid = await agenda();
    expect(uitgebreid).toContain('SUMMARY:Verwachte ontslagdatum kliniek');
    expect(new Set([...uids(neutraal), ...uids(uitgebreid)]).size).toBe(6);
    expect(fouten).toEqual([]);
  }, 120_000);

  it('an e-mail address of 300 characters: a Dutch message at the field', async ({ pagina }) => {
    const { page, fouten } = await pagina();
    await opStapEen(page);
    await plak(page, /^E-mailadres/, `${'a'.repeat(40)}@${'b'.repeat(256)}.nl`);
    await page.locator('#melding-volgende').click();
    const bericht =
      'Het e-mailadres bij het e-mailadres is te lang: een e-mailadres heeft hoogstens 254 tekens, en vóór de @ hoogstens 64. Controleer of er niets dubbel is geplakt.';
    await expect.poll(() => page.locator('#veld-client-email-fout').textContent()).toBe(`Fout: ${bericht}`);
    expect(await page.getByRole('alert').getByRole('link').allTextContents()).toEqual([bericht]);
    expect(fouten).toEqual([]);
  });

  it('no page translation, no writing suggestions; no spelling check on health answers, but on the hulpvraag', async ({ pagina }) => {
    const { page, fouten } = await pagina();
    await opStapEen(page);
    const formulier = page.locator('#melding-formulier');
    expect(await formulier.getAttribute('translate')).toBe('no');
    expect(await formulier.getAttribute('writingsuggestions')).toBe('false');
    // What the browser itself makes of it, for a field inside the form.
    expect(
      await page
        .getByLabel(/^Voornamen/)
        .evaluate((e) => [(e as HTMLElement).translate, (e as HTMLElement & { writingSuggestions?: string }).writingSuggestions]),
    ).toEqual([false, 'false']);
    expect(await page.getByLabel(/^Geboortedatum/).evaluate((e) => (e as HTMLElement).spellcheck)).toBe(false);
    // Leefgebieden (step 5): health answers without spelling check.
    for (let i = 0; i < 4; i++) await page.locator('#melding-volgende').click();
    await expect.poll(() => stapKop(page)).toBe('Leefgebieden');
    expect(await page.getByLabel(/^Psychische gezondheid/).evaluate((e) => (e as HTMLElement).spellcheck)).toBe(false);
    expect(await page.getByLabel(/^Justitie/).evaluate((e) => (e as HTMLElement).spellcheck)).toBe(false);
    expect(await page.getByLabel(/^Wonen nu/).evaluate((e) => (e as HTMLElement).spellcheck)).toBe(true);
    await page.locator('#melding-volgende').click();
    await expect.poll(() => stapKop(page)).toBe('Hulpvraag en plaatsing');
    expect(await page.getByLabel(/^Hulpvraag en doelen/).evaluate((e) => (e as HTMLElement).spellcheck)).toBe(true);
    // The check page: the answers as text, not to be translated either.
    await naarControleren(page);
    expect(await page.locator('.controleren').evaluate((e) => (e as HTMLElement).translate)).toBe(false);
    expect(fouten).toEqual([]);
  }, 120_000);
});
