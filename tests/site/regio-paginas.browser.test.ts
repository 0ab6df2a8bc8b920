// Issue 12, point 4: every region beschermd wonen in the reference data has a page, and the
// gemeente lookup links every gemeente with a known region to it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { leesBwRegios, regioPaginaVoor } from '../../src/lib/gemeenten/bw-regios.ts';
import { leesGemeenten } from '../../src/lib/gemeenten/gemeenten.ts';
import { axe, DIST } from './browser.ts';
import { browserSessie } from './sessie.ts';

const root = join(import.meta.dirname, '../..');
const regios = leesBwRegios(readFileSync(join(root, 'src/data/bw_regios.csv'), 'utf8'));
const gemeenten = leesGemeenten(readFileSync(join(root, 'src/data/gemeenten.csv'), 'utf8'));
const EIGEN = [
  { id: 'achterhoek', naam: 'Achterhoek' },
  { id: 'gooi-en-vechtstreek', naam: 'Gooi en Vechtstreek' },
  { id: 'noord-en-midden-limburg', naam: 'Noord- en Midden-Limburg' },
];
const { sessie, it } = browserSessie();

describe('every region a page', () => {
  it('each region of the reference data has a page under /regios/', () => {
    const zonder = regios.filter((r) => !existsSync(join(DIST, 'regios', regioPaginaVoor(r, EIGEN).id, 'index.html')));
    expect(zonder.map((r) => r.naam)).toEqual([]);
  });

  it('a generated page names its members, marks the inferred ones, and keeps the unknown unknown', async ({ pagina }) => {
    const { page } = await pagina();
    await page.goto(`${sessie.origin}/regios/midden-holland/`);
    const tekst = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
    for (const g of regios.find((r) => r.slug === 'midden-holland')!.gemeenten) expect(tekst).toContain(g);
    expect(tekst).toContain('Centrumgemeente onbekend');
    expect(await page.locator('main a[href="/regios/publiceren/"]').count()).toBe(1);
    expect(await page.locator('main a[href="/route/de-route-stap-voor-stap/"]').count()).toBe(1);
    await page.goto(`${sessie.origin}/regios/den-haag-e-o-deel-haaglanden/`);
    expect(await page.locator('main').innerText()).toMatch(/Rijswijk\s*\(afgeleid\)/);
  });

  it('the gemeente lookup links every gemeente with a known region to that region page', async ({ pagina }) => {
    const { page } = await pagina();
    await page.goto(`${sessie.origin}/regios/mijn-gemeente/`);
    const links = new Map(
      await page
        .locator('#gemeenten-lijst li[data-namen]')
        .evaluateAll((items) =>
          items.map((li) => [li.getAttribute('data-namen')!.split('|')[0]!, [...li.querySelectorAll('a')].map((a) => a.getAttribute('href'))] as const),
        ),
    );
    expect(links.size).toBe(342);
    const zonderLink = gemeenten
      .filter((g) => g.bwRegio)
      .filter(
        (g) =>
          !links.get(g.naam)?.includes(
            `/regios/${
              regioPaginaVoor(
                regios.find((r) => r.naam === g.bwRegio)!,
                EIGEN,
              ).id
            }/`,
          ),
      );
    expect(zonderLink.map((g) => g.naam)).toEqual([]);
  });

  it('a generated region page passes axe', async ({ pagina }) => {
    const { page, fouten } = await pagina();
    await page.goto(`${sessie.origin}/regios/zeeland/`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Regio Zeeland');
    expect(await axe(page)).toEqual([]);
    expect(fouten).toEqual([]);
  });
});
