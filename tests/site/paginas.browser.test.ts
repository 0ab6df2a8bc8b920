// Every built page in real Chromium: axe-core (WCAG 2.0/2.1 A and AA, plus 2.2 AA and best practices) finds nothing, no
// request leaves the site's origin, no console or CSP error, and nothing scrolls sideways
// at 320 px.
import { describe, expect } from 'vitest';
import { axe, gebouwdePaginas } from './browser.ts';
import { browserSessie } from './sessie.ts';

const paginas = gebouwdePaginas();

const { sessie, it } = browserSessie();

describe('every built page', () => {
  it('there are enough to test', () => {
    expect(paginas.length).toBeGreaterThanOrEqual(15);
    expect(paginas).toContain('/');
    expect(paginas).toContain('/404.html');
  });

  it.for(paginas)('%s: axe finds no WCAG 2.1 AA problems (nor 2.2 AA or best practices), no outside requests or errors', async (pad, { pagina }) => {
    const { page, externeVerzoeken, fouten } = await pagina();
    const antwoord = await page.goto(sessie.origin + pad, { waitUntil: 'load' });
    expect(antwoord?.status()).toBe(200);
    // Beyond WCAG 2.1 AA also 2.2 AA (target size) and axe's best practices (distinct landmarks,
    // table headers): both found real problems that 2.1 alone let through.
    const samenvatting = await axe(page, { streng: true });
    expect(samenvatting).toEqual([]);
    expect(externeVerzoeken).toEqual([]);
    expect(fouten).toEqual([]);
  });

  it.for(paginas)('%s: fits a 320 px screen without horizontal scrolling', async (pad, { pagina }) => {
    const { page } = await pagina({ viewport: { width: 320, height: 640 } });
    await page.goto(sessie.origin + pad);
    const breedte = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(breedte).toBeLessThanOrEqual(320);
  });
});
