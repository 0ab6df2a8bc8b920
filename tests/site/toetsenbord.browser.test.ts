// The skip link and the main navigation work with the keyboard alone.
import { describe, expect } from 'vitest';
import { browserSessie } from './sessie.ts';

const { sessie, it } = browserSessie();

describe('keyboard', () => {
  it('the first Tab shows the skip link, Enter moves focus to the content', async ({ pagina }) => {
    const { page } = await pagina();
    await page.goto(`${sessie.origin}/route/wat-is-een-safehouse/`);
    await page.keyboard.press('Tab');
    const skiplink = page.locator(':focus');
    await expect.poll(() => skiplink.textContent()).toBe('Naar de inhoud');
    const kader = await skiplink.boundingBox();
    expect(kader).not.toBeNull();
    expect(kader!.y).toBeGreaterThanOrEqual(0);
    expect(kader!.height).toBeGreaterThanOrEqual(24);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('inhoud');
    // The next Tab lands inside the content, not back in the header.
    await page.keyboard.press('Tab');
    const binnenMain = await page.evaluate(() => Boolean(document.activeElement?.closest('main')));
    expect(binnenMain).toBe(true);
  });

  it('every menu item is reachable with Tab and opens with Enter', async ({ pagina }) => {
    const { page } = await pagina();
    await page.goto(`${sessie.origin}/`);
    const menu = await page
      .locator('nav[aria-label="Hoofdmenu"] a')
      .evaluateAll((links) => links.map((a) => ({ tekst: a.textContent?.trim() ?? '', href: a.getAttribute('href') ?? '' })));
    expect(menu.map((m) => m.tekst)).toEqual(['De route', 'Aanbieders', 'Handboek', 'Melding maken', 'Zoeken']);
    for (const item of menu) {
      await page.goto(`${sessie.origin}/`);
      let gevonden = false;
      for (let i = 0; i < 30 && !gevonden; i++) {
        await page.keyboard.press('Tab');
        gevonden = await page.evaluate(
          (tekst) => document.activeElement?.closest('nav[aria-label="Hoofdmenu"]') !== null && document.activeElement?.textContent?.trim() === tekst,
          item.tekst,
        );
      }
      expect(gevonden, `${item.tekst} niet met Tab bereikt`).toBe(true);
      // A visible focus indicator: the focused link has an outline.
      const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
      expect(outline).not.toBe('none');
      await Promise.all([page.waitForURL(`${sessie.origin}${item.href}`), page.keyboard.press('Enter')]);
      const actief = await page.locator(`nav[aria-label="Hoofdmenu"] a[href="${item.href}"]`).getAttribute('aria-current');
      expect(actief).toBe('page');
    }
  });

  it('the search field in the header sends the query to /zoeken/ without JavaScript', async ({ pagina }) => {
    const { page } = await pagina({ javaScript: false });
    await page.goto(`${sessie.origin}/`);
    await page.getByRole('searchbox', { name: 'Zoeken op deze site' }).fill('eigen bijdrage');
    await Promise.all([page.waitForURL(/\/zoeken\/\?q=eigen\+bijdrage$/), page.keyboard.press('Enter')]);
  });
});
