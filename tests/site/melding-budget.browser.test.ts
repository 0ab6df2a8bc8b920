// The melding page's JavaScript budget, measured as Chromium loads it: every script fetched
// before the user asks for a PDF, gzip-compressed from dist/. pdf-lib and the font must not
// be among them until the first focus in the form.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect } from 'vitest';
import { DIST, volgVerzoeken } from './browser.ts';
import { browserSessie } from './sessie.ts';

export const BUDGET_MELDING_JS_GZIP = 90 * 1024;
/** As tests/site/budget.test.ts computes it from the build (issue #15); here as Chromium fetches it. */
const BUDGET_EERSTE_PDF_GZIP = 400 * 1024;

const { sessie, it } = browserSessie();

const gz = (pad: string) => gzipSync(readFileSync(join(DIST, pad)), { level: 9 }).length;

describe('budget of /melding/', () => {
  it(`loads at most ${BUDGET_MELDING_JS_GZIP / 1024} KB of JavaScript (gzip) before the first focus, and no PDF code`, async ({ pagina }) => {
    const { page } = await pagina();
    const geladen: string[] = [];
    page.on('requestfinished', (r) => geladen.push(new URL(r.url()).pathname));
    await page.goto(`${sessie.origin}/melding/`, { waitUntil: 'networkidle' });
    await page.waitForSelector('#melding-formulier');
    const scripts = geladen.filter((p) => p.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    const totaal = scripts.reduce((som, p) => som + gz(p), 0);
    expect(totaal).toBeLessThanOrEqual(BUDGET_MELDING_JS_GZIP);
    expect(geladen.filter((p) => p.endsWith('.ttf'))).toEqual([]);

    // The first focus starts loading pdf-lib, fontkit, the PDF font and the web font's uitgebreid
    // files (for names with rarer letters, also offline): together within budget.
    const voor = new Set(geladen);
    const stil = volgVerzoeken(page);
    await page.getByLabel('De cliënt zelf').focus();
    await stil();
    const pdf = geladen.filter((p) => !voor.has(p) && /\.(js|ttf|woff2)$/.test(p));
    expect(pdf.filter((p) => p.endsWith('.ttf'))).toHaveLength(2);
    expect(pdf.filter((p) => p.endsWith('-uitgebreid.woff2'))).toHaveLength(2);
    // pdf-lib and fontkit are in there: the chunk of the drawing code (src/lib/pdf/teken.ts).
    expect(pdf.filter((p) => /^\/_astro\/teken\.[\w-]+\.js$/.test(p))).toHaveLength(1);
    const pdfBytes = pdf.reduce((som, p) => som + gz(p), 0);
    expect(pdfBytes).toBeLessThanOrEqual(BUDGET_EERSTE_PDF_GZIP);
  });
});
