/**
 * "Melding openen" off the main thread: pdf-lib parses the chosen file here, so a crafted
 * file can at worst keep this worker busy, never the tab; openen.ts stops it after the time
 * limit. It says "klaar" once its code has loaded, so a failed load (offline) is told apart
 * from a file that fails.
 */
import { openMeldingPdf } from '../../lib/melding-pdf/melding-pdf';
import type { OpenVerzoek, WerkerAntwoord } from './openen';

// The worker's global scope: typed by hand, as the site's TypeScript config has the DOM lib.
const werker = globalThis as unknown as {
  postMessage(antwoord: WerkerAntwoord): void;
  addEventListener(soort: 'message', luisteraar: (e: MessageEvent<OpenVerzoek>) => void): void;
};

werker.addEventListener('message', (e) => {
  void openMeldingPdf(e.data.bytes, { gemeenten: e.data.gemeenten }).then((uitkomst) =>
    werker.postMessage({ soort: 'uitkomst', nummer: e.data.nummer, uitkomst }),
  );
});
werker.postMessage({ soort: 'klaar' });
