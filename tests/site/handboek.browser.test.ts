// Handboek in Chromium: checklists tickable with the keyboard, never stored and printed as
// ticked, every id unique after the scripts ran, both templates filled in completely and found
// back in the PDF, and the templates' error state (title, summary, focus, axe).
import { describe, expect } from 'vitest';
import { foutenPerVeld, SJABLONEN, sjabloonSchema } from '../../src/lib/sjablonen/index.ts';
import type { Sjabloon, SjabloonVeld } from '../../src/lib/sjablonen/types.ts';
import { axe } from './browser.ts';
import { browserSessie } from './sessie.ts';

const { sessie, it } = browserSessie();

describe('checklists in the handboek', () => {
  it('can be ticked with the keyboard and forget everything on reload', async ({ pagina }) => {
    const { page, fouten } = await pagina();
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
  });

  it.for([
    ['/handboek/traject-en-werkafspraken/', 'h4', 'par-3-2-3-checklist-gemeente'],
    ['/handboek/gemeentelijke-aanpak-middelenproblematiek/', 'h4', 'par-8-3-1-checklist-stap-1'],
    ['/handboek/alles/', 'h5', 'par-3-5-3-checklist-safehouse'],
  ])('%s: after the scripts every id is unique and the checklist has a stable anchor', async ([pad, tag, anker], { pagina }) => {
    const { page, fouten } = await pagina();
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
  });

  it('on paper: a ticked item prints ticked, another as an empty box', async ({ pagina }) => {
    const { page, fouten } = await pagina();
    await page.goto(`${sessie.origin}/handboek/traject-en-werkafspraken/`);
    const [aan, uit] = [0, 1].map((i) => page.locator('ul.checklist').first().getByRole('checkbox').nth(i));
    await aan!.check();
    await page.emulateMedia({ media: 'print' });
    const getekend = (vak: typeof aan) =>
      vak!.evaluate((el) => ({ vinkje: getComputedStyle(el, '::before').content, zichtbaar: el.checkVisibility(), breed: el.getBoundingClientRect().width }));
    expect(await getekend(aan)).toEqual({ vinkje: '"✓"', zichtbaar: true, breed: expect.any(Number) });
    expect((await getekend(uit)).vinkje).toBe('none');
    expect((await getekend(aan)).breed).toBeGreaterThan(10);
    // What a printer gets: the two boxes differ in pixels, not just in state.
    expect((await aan!.screenshot()).equals(await uit!.screenshot())).toBe(false);
    // No ☐ next to a real checkbox.
    expect(
      await page
        .locator('ul.checklist > li')
        .first()
        .evaluate((li) => getComputedStyle(li, '::before').content),
    ).toBe('none');
    expect(fouten).toEqual([]);
  });

  it('without JavaScript they are plain lists', async ({ pagina }) => {
    const { page } = await pagina({ javaScript: false });
    await page.goto(`${sessie.origin}/handboek/traject-en-werkafspraken/`);
    expect(await page.locator('ul.checklist').count()).toBe(0);
    expect(await page.locator('h4:has-text("Checklist gemeente") + ul li').count()).toBeGreaterThan(0);
    // On paper each item gets an empty box to tick with a pen.
    await page.emulateMedia({ media: 'print' });
    expect(
      await page
        .locator('h4:has-text("Checklist gemeente") + ul li')
        .first()
        .evaluate((li) => getComputedStyle(li, '::before').content),
    ).toBe('"☐ "');
  });
});

describe('filling in the sjablonen', () => {
  // Names from the PDF font's range (Polish, Vietnamese, Turkish, Serbo-Croatian, Dutch), one per field.
  const NAMEN = ['Łukasz Nguyễn', 'Zoë Đorđe', 'Ğül de Vries', 'Nguyễn Văn An', 'Łódź-Noord', 'Đorđe Łukasz'];
  const invoer = (sjabloon: Sjabloon) =>
    sjabloon.velden.map((veld, i) => ({
      veld,
      waarde:
        veld.soort === 'datum'
          ? `${String(i + 1).padStart(2, '0')}-03-2027`
          : veld.soort === 'tekstvlak'
            ? `Evaluatie elke 3 maanden.\nTime-outs meldt ${NAMEN[i % NAMEN.length]} dezelfde dag.`
            : `${NAMEN[i % NAMEN.length]} ${veld.id}`,
    }));

  it.for(Object.values(SJABLONEN).map((s) => [s.id, s] as const))(
    '%s: fill every field, fix an error, download with Enter: everything filled in is in the PDF',
    async ([id, sjabloon], { pagina }) => {
      const { execFileSync } = await import('node:child_process');
      const { page, fouten, externeVerzoeken } = await pagina();
      await page.goto(`${sessie.origin}/handboek/sjablonen/${id}/`);
      const veldVoor = (veld: SjabloonVeld) => page.getByRole('textbox', { name: `${veld.label} (niet verplicht)`, exact: true });
      const velden = invoer(sjabloon);
      for (const { veld, waarde } of velden) await veldVoor(veld).fill(waarde);
      const datum = velden.find((v) => v.veld.soort === 'datum')!;
      await veldVoor(datum.veld).fill('31-02-2027');
      await page.getByRole('button', { name: 'PDF downloaden' }).press('Enter');
      await expect.poll(() => page.getByRole('alert').textContent()).toContain('bestaande datum');
      expect(await veldVoor(datum.veld).getAttribute('aria-invalid')).toBe('true');
      await veldVoor(datum.veld).fill(datum.waarde);
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'PDF downloaden' }).press('Enter')]);
      const tekst = execFileSync('pdftotext', [(await download.path())!, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
      const ontbreekt = velden.filter(({ waarde }) => !tekst.includes(waarde.replace(/\s+/g, ''))).map(({ veld }) => veld.id);
      expect(ontbreekt).toEqual([]);
      expect(tekst).toContain('ŁukaszNguyễn');
      expect(externeVerzoeken).toEqual([]);
      expect(fouten).toEqual([]);
    },
  );

  it('with errors: "Fout: " in the title, one link per field in the summary, focus on it, axe finds nothing', async ({ pagina }) => {
    const sjabloon = SJABLONEN.driepartijenovereenkomst!;
    const { page, fouten } = await pagina();
    await page.goto(`${sessie.origin}/handboek/sjablonen/${sjabloon.id}/`);
    const titel = await page.title();
    // Two errors in one field (too long and Cyrillic) and a date that does not exist.
    const waarden = { huurder: 'Дмитрий '.repeat(30).trim(), geboortedatum: '31-02-1990' };
    const verwacht = foutenPerVeld(sjabloon.velden, sjabloonSchema(sjabloon).safeParse(waarden).error!.issues);
    for (const [id, waarde] of Object.entries(waarden)) await page.locator(`#sjabloon-${id}`).fill(waarde);
    await page.getByRole('button', { name: 'PDF downloaden' }).click();
    await expect.poll(() => page.title()).toBe(`Fout: ${titel}`);
    const links = page.getByRole('alert').getByRole('link');
    expect(await links.evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.textContent]))).toEqual(
      verwacht.map((p) => [`#sjabloon-${p.pad}`, p.bericht]),
    );
    expect(verwacht.map((p) => p.pad)).toEqual(['huurder', 'geboortedatum']);
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('foutsamenvatting');
    expect(await axe(page)).toEqual([]);
    await links.first().click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('sjabloon-huurder');
    await page.locator('#sjabloon-huurder').fill('Dmitri');
    await page.locator('#sjabloon-geboortedatum').fill('28-02-1990');
    await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'PDF downloaden' }).click()]);
    expect(await page.title()).toBe(titel);
    expect(fouten).toEqual([]);
  });
});
