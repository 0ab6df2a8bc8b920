// The fixture PDFs are deterministic: the same input gives the same bytes. This test pins their
// SHA-256, so a refactoring that should not change any PDF is proven not to. A change that is
// meant to alter a PDF updates tests/fixtures/pdf-vingerafdrukken.json in the same commit
// (`VINGERAFDRUK_BIJWERKEN=1 npx vitest run tests/unit/pdf-vingerafdruk.test.ts`) and says why.
process.env.TZ = 'Europe/Amsterdam';

import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allePdfs } from '../fixtures/alle-pdfs.ts';

const bestand = join(import.meta.dirname, '../fixtures/pdf-vingerafdrukken.json');
const bijwerken = process.env.VINGERAFDRUK_BIJWERKEN === '1';
const verwacht: Record<string, string> = JSON.parse(readFileSync(bestand, 'utf8'));
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
let gemeten: Record<string, string> = {};

beforeAll(async () => {
  gemeten = Object.fromEntries([...(await allePdfs())].map(([naam, bytes]) => [naam, sha256(bytes)]));
}, 60_000);

afterAll(() => {
  if (bijwerken) writeFileSync(bestand, `${JSON.stringify(gemeten, null, 2)}\n`);
});

describe('fixture PDFs are byte-identical to the pinned fingerprints', () => {
  it.each(Object.keys(verwacht))('%s', (naam) => {
    if (!bijwerken) expect(gemeten[naam], `${naam}.pdf veranderde`).toBe(verwacht[naam]);
  });

  it('pins every fixture (no fingerprint left over from a removed fixture, none missing)', () => {
    if (!bijwerken) expect(Object.keys(verwacht).sort()).toEqual(Object.keys(gemeten).sort());
  });
});
