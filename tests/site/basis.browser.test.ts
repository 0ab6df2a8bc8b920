// The chrome every page shares (issue: base UI), checked on the built pages, and the print
// stylesheet in real Chromium: on paper a page is its content, without menus or search.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { HOOFDNAVIGATIE, VOETTEKSTNAVIGATIE } from '../../src/lib/ui-tekst.ts';
import { DIST, gebouwdePaginas } from './browser.ts';
import { browserSessie } from './sessie.ts';

const html = (pad: string) => readFileSync(join(DIST, pad === '/404.html' ? '404.html' : `${pad.slice(1)}index.html`), 'utf8');
const linksIn = (stuk: string) => [...stuk.matchAll(/<a href="([^"]+)"[^>]*>([^<]+)<\/a>/g)].map((m) => ({ href: m[1], tekst: m[2]!.trim() }));
const blok = (bron: string, begin: RegExp, eind: string) => {
  const start = bron.search(begin);
  return start < 0 ? '' : bron.slice(start, bron.indexOf(eind, start));
};

describe('every page', () => {
  it.each(gebouwdePaginas())('%s: nl, main menu, search field without JavaScript, footer and breadcrumb', (pad) => {
    const bron = html(pad);
    expect(bron).toMatch(/^<!DOCTYPE html><html lang="nl"/);
    expect(linksIn(blok(bron, /<nav class="hoofdnavigatie" aria-label="Hoofdmenu">/, '</nav>'))).toEqual(HOOFDNAVIGATIE.map(({ href, tekst }) => ({ href, tekst })));
    expect(linksIn(blok(bron, /<footer class="site-footer">/, '</footer>'))).toEqual(VOETTEKSTNAVIGATIE.map(({ href, tekst }) => ({ href, tekst })));
    // The header search: a plain GET form, so it works without JavaScript.
    const zoek = blok(bron, /<form[^>]+site-header__zoek/, "</form>");
    expect(zoek).toMatch(/action="\/zoeken\/"/);
    expect(zoek).toMatch(/method="get"/);
    expect(zoek).toMatch(/name="q"/);
    const kruimels = blok(bron, /<nav class="kruimelpad container" aria-label="Kruimelpad">/, '</nav>');
    if (pad === '/' || pad === '/404.html') return;
    expect(linksIn(kruimels)[0]).toEqual({ href: '/', tekst: 'Home' });
    expect(kruimels).toMatch(/<span aria-current="page">[^<]+<\/span><\/li>\s*<\/ol>\s*$/);
  });
});

const { sessie, it } = browserSessie();

describe('printing', () => {
  it('leaves out menu, search field, breadcrumb and help bar, and prints the address next to an outside link', async ({ pagina }) => {
    const { page, fouten } = await pagina();
    await page.goto(`${sessie.origin}/aanbieders/confidence-twende/`);
    await page.emulateMedia({ media: 'print' });
    const zichtbaar = (selector: string) => page.locator(selector).first().isVisible();
    for (const weg of ['.hoofdnavigatie', '.site-header__zoek', '.kruimelpad', '.utrecht-skip-link', '.site-footer nav']) expect(await zichtbaar(weg), weg).toBe(false);
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
