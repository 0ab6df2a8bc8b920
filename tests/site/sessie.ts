import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, test } from 'vitest';
import { bewaaktePagina, startSessie, type Bewaakte, type Sessie } from './browser.ts';

type PaginaOpties = Parameters<typeof bewaaktePagina>[1];

/**
 * One test server and Chromium for the browser tests of a file: started before its first test,
 * stopped after its last. The object is filled in beforeAll, so use it inside tests only.
 *
 * `it` is Vitest's `it` with the fixture `pagina`: a function that opens a guarded page
 * (bewaaktePagina in browser.ts) and may be called more than once. Every page it opened is
 * closed when the test ends, also when it failed, so a failing test leaves no context open:
 *
 *   const { sessie, it } = browserSessie();
 *   it('…', async ({ pagina }) => {
 *     const { page, fouten } = await pagina({ javaScript: false });
 *     await page.goto(`${sessie.origin}/`);
 *   });
 *
 * (Apart from browser.ts so the benchmark can import that without Vitest.)
 */
export function browserSessie() {
  const sessie = {} as Sessie;
  beforeAll(async () => {
    Object.assign(sessie, await startSessie());
  });
  afterAll(async () => {
    await sessie.stop?.();
  });
  // Vitest reads a fixture's dependencies from an object pattern in its first parameter; this one has none.
  // eslint-disable-next-line no-empty-pattern -- the pattern must be there, and empty
  const it = test.extend('pagina', async ({}, { onCleanup }) => {
    const geopend: BrowserContext[] = [];
    onCleanup(async () => {
      await Promise.all(geopend.map((context) => context.close()));
    });
    return async (opties?: PaginaOpties): Promise<Bewaakte> => {
      const bewaakt = await bewaaktePagina(sessie, opties);
      geopend.push(bewaakt.page.context());
      return bewaakt;
    };
  });
  return { sessie, it };
}
