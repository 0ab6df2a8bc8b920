// The browser tests' two layers against requests that leave the site, each shown to catch one:
// the site's CSP (Chromium refuses, the refusal is a recorded error) and, behind it, the test
// guard that aborts and records any request to another origin (bewaaktePagina in browser.ts).
// Without this test the guard could be broken unnoticed: with the CSP on it never sees a request.
import { describe, expect } from 'vitest';
import { browserSessie } from './sessie.ts';

const { sessie, it } = browserSessie();

async function probeerNaarBuiten(page: import('playwright-core').Page) {
  await page.evaluate(async () => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: 'https://voorbeeld.example/x.css' });
    document.head.append(link);
    await fetch('https://analyse.example/teller').catch(() => undefined);
  });
  await page.waitForTimeout(300);
}

describe('guarding requests to the outside', () => {
  it("the site's CSP refuses them, and that refusal counts as an error", async ({ pagina }) => {
    const { page, externeVerzoeken, fouten } = await pagina();
    await page.goto(`${sessie.origin}/privacy/`);
    await probeerNaarBuiten(page);
    expect(fouten.join('\n')).toMatch(/violates the following Content Security Policy/);
    expect(externeVerzoeken).toEqual([]);
  });

  it('without the CSP the test guard stops them and records them', async ({ pagina }) => {
    const { page, externeVerzoeken } = await pagina({ zonderCsp: true });
    await page.goto(`${sessie.origin}/privacy/`);
    await probeerNaarBuiten(page);
    expect(externeVerzoeken.sort()).toEqual(['https://analyse.example/teller', 'https://voorbeeld.example/x.css']);
  });
});
