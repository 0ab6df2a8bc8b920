// Search in real Chromium: Dutch questions in people's own words, typos and place names find
// the right page in the top 3; results are announced, keyboard-reachable and axe-clean; the
// query never leaves the site; without JavaScript the page offers the overviews.
import { describe, expect } from 'vitest';
import { ZOEKVRAGEN } from '../fixtures/zoekvragen.ts';
import { axe } from './browser.ts';
import { browserSessie } from './sessie.ts';

const { sessie, it } = browserSessie();

describe('search', () => {
  it.for(ZOEKVRAGEN)('"%s" finds %s among the first three', async ([vraag, verwacht], { pagina }) => {
    const { page, externeVerzoeken, fouten } = await pagina();
    await page.goto(`${sessie.origin}/zoeken/?q=${encodeURIComponent(vraag)}`);
    await expect.poll(() => page.locator('#zoekstatus').textContent(), { timeout: 20_000 }).toMatch(/resultaten|resultaat|Niets gevonden/);
    const links = await page.locator('#zoekresultaten h2 a').evaluateAll((as) => as.slice(0, 3).map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(links).toContain(verwacht);
    expect(externeVerzoeken).toEqual([]);
    expect(fouten).toEqual([]);
  });

  it('from the search field in the header, with the keyboard, with filters, read out and axe-clean', async ({ pagina }) => {
    const { page, fouten } = await pagina();
    await page.goto(`${sessie.origin}/`);
    await page.getByRole('searchbox', { name: 'Zoeken op deze site' }).fill('gemeente');
    await Promise.all([page.waitForURL(/\/zoeken\/\?q=gemeente/), page.keyboard.press('Enter')]);
    const status = page.locator('#zoekstatus');
    expect(await status.getAttribute('role')).toBe('status');
    // Generous: under load, the first Pagefind start (WebAssembly) can take seconds on two cores.
    await expect.poll(() => status.textContent(), { timeout: 20_000 }).toMatch(/^\d+ resultaten voor "gemeente"/);
    await page.getByRole('combobox', { name: 'Waar zoeken' }).selectOption('Handboek');
    await expect.poll(() => page.locator('.zoekresultaat__sectie').allTextContents(), { timeout: 20_000 }).toEqual(expect.arrayContaining(['Handboek']));
    expect(new Set(await page.locator('.zoekresultaat__sectie').allTextContents())).toEqual(new Set(['Handboek']));
    expect(page.url()).toContain('sectie=Handboek');
    await page.getByRole('combobox', { name: 'Waar zoeken' }).selectOption('');
    await page.getByRole('combobox', { name: 'Regio' }).selectOption('Achterhoek');
    await expect.poll(() => page.locator('#zoekresultaten h2 a').first().getAttribute('href'), { timeout: 20_000 }).toBe('/regios/achterhoek/');
    // The first result is reachable with Tab from the form.
    await page.getByRole('button', { name: 'Zoeken', exact: true }).last().focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('#zoekresultaten') !== null)).toBe(true);
    expect(await axe(page)).toEqual([]);
    expect(fouten).toEqual([]);
  });

  it('without JavaScript the page says so and offers the overviews', async ({ pagina }) => {
    const { page } = await pagina({ javaScript: false });
    await page.goto(`${sessie.origin}/zoeken/?q=kosten`);
    expect(await page.locator('#zonder-js').textContent()).toContain('Zoeken werkt met JavaScript');
    expect(await page.locator('#zonder-js a[href="/route/"]').count()).toBe(1);
  });

  it('shows five results at a time; "Toon meer" with the keyboard focuses the first new result', async ({ pagina }) => {
    const { page, fouten } = await pagina();
    const opgehaald: string[] = [];
    page.on('request', (r) => opgehaald.push(new URL(r.url()).pathname));
    await page.goto(`${sessie.origin}/zoeken/?q=gemeente`);
    const status = page.locator('#zoekstatus');
    await expect.poll(() => status.textContent(), { timeout: 20_000 }).toMatch(/^(\d+) resultaten voor "gemeente", de eerste 5 staan hieronder\.$/);
    const totaal = Number(/^(\d+)/.exec((await status.textContent())!)![1]);
    const items = page.locator('#zoekresultaten > li');
    expect(await items.count()).toBe(5);
    // Only the five shown results' excerpts are fetched, and no search worker.
    expect(opgehaald.filter((p) => p.includes('/fragment/'))).toHaveLength(5);
    expect(opgehaald.filter((p) => p.includes('worker'))).toEqual([]);
    const knop = page.getByRole('button', { name: `Toon meer resultaten (nog ${totaal - 5})` });
    await knop.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => items.count()).toBe(Math.min(10, totaal));
    expect(await page.evaluate(() => [...document.querySelectorAll('#zoekresultaten > li')].indexOf(document.activeElement!.closest('li')!))).toBe(5);
    expect(fouten).toEqual([]);
  });
});
