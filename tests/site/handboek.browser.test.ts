// Handboek checklists in Chromium: tickable with the keyboard, never stored beyond the page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bewaaktePagina, startSessie, type Sessie } from './browser.ts';

let sessie: Sessie;
beforeAll(async () => {
  sessie = await startSessie();
});
afterAll(async () => {
  await sessie?.stop();
});

describe('checklists in het handboek', () => {
  it('zijn af te vinken met het toetsenbord en vergeten alles bij herladen', async () => {
    const { page, fouten } = await bewaaktePagina(sessie);
    await page.goto(`${sessie.origin}/handboek/traject-en-werkafspraken/`);
    const lijsten = page.locator('ul.checklist');
    expect(await lijsten.count()).toBe(12);
    const eerste = lijsten.first().getByRole('checkbox').first();
    expect(await eerste.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent?.length ?? 0)).toBeGreaterThan(5);
    await eerste.focus();
    await page.keyboard.press('Space');
    expect(await eerste.isChecked()).toBe(true);
    expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
    await page.reload();
    expect(await page.locator('ul.checklist').first().getByRole('checkbox').first().isChecked()).toBe(false);
    expect(fouten).toEqual([]);
    await page.context().close();
  });

  it.each([
    ['/handboek/traject-en-werkafspraken/', 'h4', 'par-3-2-3-checklist-gemeente'],
    ['/handboek/gemeentelijke-aanpak-middelenproblematiek/', 'h4', 'par-8-3-1-checklist-stap-1'],
    ['/handboek/alles/', 'h5', 'par-3-5-3-checklist-safehouse'],
  ])('%s: na de scripts is elk id uniek en heeft de checklist een vast anker', async (pad, tag, anker) => {
    const { page, fouten } = await bewaaktePagina(sessie);
    await page.goto(`${sessie.origin}${pad}`);
    await page.locator('ul.checklist input[type="checkbox"]').first().waitFor({ state: 'attached' });
    const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((el) => el.id));
    expect(await page.locator('ul.checklist input[type="checkbox"]').count()).toBeGreaterThan(10);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    // The anchor a consulent cites: derived from its section and role, not its position.
    const kop = page.locator(`${tag}#${anker}`);
    expect(await kop.textContent()).toMatch(/^Checklist /);
    expect(await page.locator(`ul.checklist[aria-label="${(await kop.textContent())!.trim()}"]`).count()).toBeGreaterThan(0);
    expect(fouten).toEqual([]);
    await page.context().close();
  });

  it('zonder JavaScript zijn het gewone lijsten', async () => {
    const context = await sessie.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${sessie.origin}/handboek/traject-en-werkafspraken/`);
    expect(await page.locator('ul.checklist').count()).toBe(0);
    expect(await page.locator('h4:has-text("Checklist gemeente") + ul li').count()).toBeGreaterThan(0);
    await context.close();
  });
});

describe('sjablonen invullen', () => {
  it.each([
    ['werkafspraken', 'Naam van het safehouse', 'Huis Łukasz'],
    ['driepartijenovereenkomst', 'A. Huurder: naam', 'Nguyễn Văn An'],
  ])('%s: invullen met het toetsenbord, fout herstellen, PDF met de ingevulde tekst', async (id, label, waarde) => {
    const { execFileSync } = await import('node:child_process');
    const { page, fouten, externeVerzoeken } = await bewaaktePagina(sessie);
    await page.goto(`${sessie.origin}/handboek/sjablonen/${id}/`);
    await page.getByLabel(label).fill(waarde);
    const datum = page.getByLabel(/datum/i).first();
    await datum.fill('31-02-2027');
    await page.getByRole('button', { name: 'PDF downloaden' }).press('Enter');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('bestaande datum');
    expect(await datum.getAttribute('aria-invalid')).toBe('true');
    await datum.fill('01-03-2027');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'PDF downloaden' }).press('Enter')]);
    const tekst = execFileSync('pdftotext', [(await download.path())!, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(tekst).toContain(waarde.replace(/\s+/g, ''));
    expect(tekst).toContain('01-03-2027');
    expect(externeVerzoeken).toEqual([]);
    expect(fouten).toEqual([]);
    await page.context().close();
  });
});
