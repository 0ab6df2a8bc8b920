// Lighthouse scores per page type for `npm run bench` (performance, accessibility, best practices,
// SEO), in Debian's Chromium against dist/ served with its _headers. Printed, not asserted.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGUMENTEN, chromiumPad, DIST } from '../tests/site/browser.ts';
import { startStatischeServer } from './statische-server.ts';

/** One page of each type; the byte table in bench-browser.ts uses the same list. */
export const PAGINATYPEN: [string, string][] = [
  ['home', '/'],
  ['route-pagina', '/route/kosten/'],
  ['handboekhoofdstuk', '/handboek/traject-en-werkafspraken/'],
  ['aanbiederslijst', '/aanbieders/'],
  ['aanbieder', '/aanbieders/confidence-twende/'],
  ['regio', '/regios/achterhoek/'],
  ['gemeente-opzoeken', '/regios/mijn-gemeente/'],
  ['melding', '/melding/'],
  ['zoeken', '/zoeken/?q=kosten'],
];

export async function lighthouseScores(): Promise<string[]> {
  const { server, origin } = await startStatischeServer(DIST);
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPad(),
    chromeFlags: CHROMIUM_ARGUMENTEN,
  });
  const regels: string[] = [];
  try {
    for (const [naam, pad] of PAGINATYPEN) {
      const uitkomst = await lighthouse(origin + pad, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      const lhr = uitkomst!.lhr;
      // A run that failed (e.g. a machine too busy to paint in time) has no score: say so, never 0.
      const score = (id: string) => {
        const waarde = lhr.categories[id]?.score;
        return (typeof waarde === 'number' ? String(Math.round(waarde * 100)) : '—').padStart(4);
      };
      const missers = Object.entries(lhr.audits)
        .filter(([, a]) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual')
        .map(([id]) => id);
      const fout = lhr.runtimeError ? `   fout: ${lhr.runtimeError.code}` : '';
      regels.push(
        `${naam.padEnd(20)}${score('performance')}${score('accessibility')}${score('best-practices')}${score('seo')}${missers.length ? `   (${missers.join(', ')})` : ''}${fout}`,
      );
    }
  } finally {
    await chrome.kill();
    server.close();
  }
  return regels;
}
