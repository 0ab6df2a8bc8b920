import { MAX_OPEN_BYTES, mislukt, OPEN_TIJDSLIMIET_S, type OpenUitkomst } from '../../lib/melding/melding-json';

/**
 * Opens a melding file in a module worker (openen.worker.ts) with a time limit: a file over
 * MAX_OPEN_BYTES is refused unread, and a worker that has not answered in OPEN_TIJDSLIMIET_S
 * seconds is terminated, whatever it was doing. The worker is started when the form is first
 * used (voorbereidenOpenen), so its code is loaded before the network may be gone, and kept
 * for the next file.
 */
export interface OpenVerzoek {
  /** Echoed in the answer, so an answer is never taken for another file's. */
  nummer: number;
  bytes: Uint8Array;
  gemeenten: ReadonlySet<string>;
}

export type WerkerAntwoord = { soort: 'klaar' } | { soort: 'uitkomst'; nummer: number; uitkomst: OpenUitkomst };

interface Werker {
  worker: Worker;
  /** Resolves when the worker's code has loaded; rejects when it could not load. */
  klaar: Promise<void>;
}

let huidige: Werker | undefined;
let volgnummer = 0;

function stop(werker: Werker) {
  werker.worker.terminate();
  if (huidige === werker) huidige = undefined;
}

function start(): Werker {
  if (huidige) return huidige;
  const worker = new Worker(new URL('./openen.worker.ts', import.meta.url), { type: 'module', name: 'melding-openen' });
  const werker: Werker = {
    worker,
    klaar: new Promise<void>((klaar, mislukt) => {
      worker.addEventListener('message', (e: MessageEvent<WerkerAntwoord>) => e.data.soort === 'klaar' && klaar());
      worker.addEventListener('error', (e) => (e.preventDefault(), mislukt(new Error('Werker niet geladen')), stop(werker)));
    }),
  };
  werker.klaar.catch(() => undefined);
  huidige = werker;
  return werker;
}

/** Starts the worker (once), so its code loads while the network is there. */
export function voorbereidenOpenen() {
  start();
}

/** The melding in the file, or a Dutch message; 'niet-geladen' when the worker's code could not load. */
export async function openInWerker(bestand: File, gemeenten: ReadonlySet<string>): Promise<OpenUitkomst | 'niet-geladen'> {
  if (bestand.size > MAX_OPEN_BYTES) return mislukt('te-groot');
  const werker = start();
  try {
    await werker.klaar;
  } catch {
    return 'niet-geladen';
  }
  const bytes = new Uint8Array(await bestand.arrayBuffer());
  const nummer = ++volgnummer;
  return new Promise((klaar) => {
    const afronden = (uitkomst: OpenUitkomst, stoppen: boolean) => {
      clearTimeout(wekker);
      werker.worker.removeEventListener('message', antwoord);
      werker.worker.removeEventListener('error', fout);
      if (stoppen) stop(werker);
      klaar(uitkomst);
    };
    const antwoord = (e: MessageEvent<WerkerAntwoord>) => e.data.soort === 'uitkomst' && e.data.nummer === nummer && afronden(e.data.uitkomst, false);
    // An error inside the worker (out of memory, a bug): this file failed; the next gets a fresh worker.
    const fout = (e: Event) => (e.preventDefault(), afronden(mislukt('beschadigd'), true));
    const wekker = setTimeout(() => afronden(mislukt('te-lang'), true), OPEN_TIJDSLIMIET_S * 1000);
    werker.worker.addEventListener('message', antwoord);
    werker.worker.addEventListener('error', fout);
    werker.worker.postMessage({ nummer, bytes, gemeenten } satisfies OpenVerzoek, [bytes.buffer]);
  });
}
