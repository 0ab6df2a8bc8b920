// Route pages in Chromium: the timeline reads in order for a screen reader, and the self-check
// works with the keyboard, keeps nothing, and is a plain list without JavaScript.
import { describe, expect } from 'vitest';
import { ROUTE_STAPPEN } from '../../src/lib/route/stappen.ts';
import { browserSessie } from './sessie.ts';

const { sessie, it } = browserSessie();

describe('the route step by step', () => {
  it('the timeline is an ordered list that reads out in the right order, with working links', async ({ pagina }) => {
    const { page } = await pagina();
    await page.goto(`${sessie.origin}/route/de-route-stap-voor-stap/`);
    const lijst = page.getByRole('list', { name: 'De route in zeven stappen' });
    expect(await lijst.evaluate((el) => el.tagName)).toBe('OL');
    // list-style: none makes Safari/VoiceOver drop the list role unless it is explicit.
    expect(await lijst.getAttribute('role')).toBe('list');
    const items = lijst.getByRole('listitem');
    expect(await items.count()).toBe(7);
    // The accessibility tree gives the items in this order, each with the step title as its first link.
    const snapshot = await lijst.ariaSnapshot();
    const titels = snapshot
      .split(/^\s*- listitem\b.*$/m)
      .slice(1)
      .map((item) => /- link "([^"]+)"/.exec(item)?.[1]);
    // A literal list, not the data that renders the page: the order the route has (issue 4).
    expect(titels).toEqual([
      'Aanmelding',
      'Melding bij de gemeente van herkomst',
      'Onderzoek en beschikking',
      'Intake',
      'Wonen en werken aan je doelen',
      'Uitstroom',
      'Nazorg',
    ]);
    for (const [i, stap] of ROUTE_STAPPEN.entries()) {
      const item = items.nth(i);
      expect(await item.textContent()).toContain(`Wie: ${stap.wie}`);
      expect(await page.locator(`h2#${stap.anker}`).count()).toBe(1);
      const hrefs = await item.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(hrefs[0]).toBe(`#${stap.anker}`);
      for (const id of stap.begrippen ?? []) expect(hrefs).toContain(`/begrippen/#${id}`);
      if (stap.duurPerRegio) expect(hrefs).toEqual(expect.arrayContaining(['/regios/achterhoek/', '/regios/noord-en-midden-limburg/']));
    }
    // The regional maximum stay comes from the region files, with the region named.
    const stap5 = await items.nth(4).textContent();
    expect(stap5).toMatch(/Achterhoek\s+hoogstens 1 jaar/);
    expect(stap5).toMatch(/Noord- en Midden-Limburg\s+hoogstens 2 jaar/);
    expect(stap5).toMatch(/Gooi en Vechtstreek\s+onbekend/);
    // Visual order follows DOM order: each step sits below the previous one.
    const ys = await items.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().top));
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
  });
});

describe('is a safehouse something for me?', () => {
  it('without JavaScript: a plain list of questions', async ({ pagina }) => {
    const { page } = await pagina({ javaScript: false });
    await page.goto(`${sessie.origin}/route/is-een-safehouse-iets-voor-mij/`);
    expect(await page.locator('[data-zelftest] li').count()).toBe(8);
    expect(await page.locator('[data-zelftest] input').count()).toBe(0);
  });

  it('with the keyboard: ticks, a message without judgement, and nothing stored', async ({ pagina }) => {
    const { page, fouten } = await pagina();
    await page.goto(`${sessie.origin}/route/is-een-safehouse-iets-voor-mij/`);
    const vragen = page.locator('[data-zelftest] input[type="checkbox"]');
    expect(await vragen.count()).toBe(8);
    await page.getByRole('checkbox', { name: /Ben je net klaar met een behandeling/ }).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    const status = page.locator('.zelftest__uitkomst');
    await expect.poll(() => status.textContent()).toContain('Je hebt bij 2 van de 8 vragen "ja" aangevinkt. Dit is geen uitslag.');
    expect(await status.getAttribute('role')).toBe('status');
    expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
    expect(await page.context().cookies()).toEqual([]);
    expect(fouten).toEqual([]);
  });
});
