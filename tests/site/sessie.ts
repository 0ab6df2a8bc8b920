import { afterAll, beforeAll } from 'vitest';
import { startSessie, type Sessie } from './browser.ts';

/**
 * One test server and Chromium for the browser tests of a file: started before its first test,
 * stopped after its last. The object is filled in beforeAll, so use it inside tests only.
 * (Apart from browser.ts so the benchmark can import that without Vitest.)
 */
export function sessieVoorDitBestand(): Sessie {
  const sessie = {} as Sessie;
  beforeAll(async () => {
    Object.assign(sessie, await startSessie());
  });
  afterAll(async () => {
    await sessie.stop?.();
  });
  return sessie;
}
