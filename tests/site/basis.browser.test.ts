// The chrome every page shares (issue: base UI), checked on the built pages, and the print
// stylesheet in real Chromium: on paper a page is its content, without menus or search.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HTMLElement as HtmlElement, parse } from 'node-html-parser';
import { describe, expect } from 'vitest';
import { HOOFDNAVIGATIE, VOETTEKSTNAVIGATIE } from '../../src/lib/ui-tekst.ts';
import { DIST, gebouwdePaginas } from './browser.ts';
import { browserSessie } from './sessie.ts';

const html = (pad: string) => readFileSync(join(DIST, pad === '/404.html' ? '404.html' : `${pad.slice(1)}index.html`), 'utf8');
const linksIn = (element: HtmlElement | null) =>
  (element?.querySelectorAll('a[href]') ?? []).map((a) => ({ href: a.getAttribute('href'), tekst: a.text.trim() }));

describe('every page', () => {
  it.each(gebouwdePaginas())('%s: nl, main menu, search field without JavaScript, footer and breadcrumb', (pad) => {
    const bron = html(pad);
    expect(bron).toMatch(/^<!DOCTYPE html><html/);
    const pagina = parse(bron);
    expect(pagina.querySelector('html')?.getAttribute('lang')).toBe('nl');
    expect(linksIn(pagina.querySelector('nav.hoofdnavigatie[aria-label="Hoofdmenu"]'))).toEqual(HOOFDNAVIGATIE.map(({ href, tekst }) => ({ href, tekst })));
    expect(linksIn(pagina.querySelector('footer.site-footer'))).toEqual(VOETTEKSTNAVIGATIE.map(({ href, tekst }) => ({ href, tekst })));
    // The header search: a plain GET form, so it works without JavaScript.
    const zoek = pagina.querySelector('form.site-header__zoek');
    expect(zoek?.getAttribute('action')).toBe('/zoeken/');
    expect(zoek?.getAttribute('method')).toBe('get');
    expect(zoek?.querySelector('[name="q"]')).not.toBeNull();
    const kruimels = pagina.querySelector('nav.kruimelpad[aria-label="Kruimelpad"]');
    if (pad === '/' || pad === '/404.html') return;
    expect(linksIn(kruimels)[0]).toEqual({ href: '/', tekst: 'Home' });
    // The breadcrumb ends with the current page, as text, not as a link.
    const laatste = kruimels
      ?.querySelectorAll('ol > li')
      .at(-1)
      ?.childNodes.filter((n) => n instanceof HtmlElement)
      .at(-1) as HtmlElement | undefined;
    expect(laatste?.matches('span[aria-current="page"]')).toBe(true);
    expect(laatste?.text.trim()).toBeTruthy();
  });
});

const { sessie, it } = browserSessie();

describe('printing', () => {
  it('leaves out menu, search field, breadcrumb and help bar, and prints the address next to an outside link', async ({ pagina }) => {
    const { page, fouten } = await pagina();
    await page.goto(`${sessie.origin}/aanbieders/confidence-twende/`);
    await page.emulateMedia({ media: 'print' });
    const zichtbaar = (selector: string) => page.locator(selector).first().isVisible();
    for (const weg of ['.hoofdnavigatie', '.site-header__zoek', '.kruimelpad', '.utrecht-skip-link', '.site-footer nav'])
      expect(await zichtbaar(weg), weg).toBe(false);
    expect(await zichtbaar('main h1')).toBe(true);
    const naBuitenlink = await page.evaluate(() => {
      const a = document.querySelector<HTMLAnchorElement>('main a[href^="https://"]');
      return a ? getComputedStyle(a, '::after').content : null;
    });
    expect(naBuitenlink).toMatch(/attr\(href\)|https:/);
    // On screen the same page does show the menu: the test above is about print, not a broken page.
    await page.emulateMedia({ media: 'screen' });
    expect(await zichtbaar('.hoofdnavigatie')).toBe(true);
    expect(fouten).toEqual([]);
  });

  it.for(['/', '/route/kosten/'])('%s: the help numbers are on paper too', async (pad, { pagina }) => {
    const { page } = await pagina();
    await page.goto(`${sessie.origin}${pad}`);
    await page.emulateMedia({ media: 'print' });
    const hulp = page.getByRole('complementary', { name: 'Hulp nu nodig' });
    expect(await hulp.isVisible()).toBe(true);
    expect(await hulp.textContent()).toMatch(/112.*0800-0113/s);
    expect(await hulp.locator('a[href="tel:112"], a[href="tel:08000113"], a[href="/route/hulp-nu-nodig/"]').count()).toBe(3);
  });
});
