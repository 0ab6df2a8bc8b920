// The fixture PDFs are deterministic: the same input gives the same bytes. This test pins their
// SHA-256, so a refactoring that should not change any PDF is proven not to. A change that is
// meant to alter a PDF updates tests/fixtures/pdf-vingerafdrukken.json in the same commit
// (`VINGERAFDRUK_BIJWERKEN=1 npx vitest run tests/unit/pdf-vingerafdruk.test.ts`) and says why.
process.env.TZ = 'Europe/Amsterdam';

import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { meldingSchema } from '../../src/lib/melding/schema.ts';
import { maakBlancoPdf, maakMeldingPdf } from '../../src/lib/melding-pdf/melding-pdf.ts';
import { maakSjabloonPdf } from '../../src/lib/sjablonen/pdf.ts';
import { SJABLONEN, sjabloonSchema } from '../../src/lib/sjablonen/index.ts';
import { GEMEENTEN, MELDINGEN, PEILDATUM } from '../fixtures/meldingen.ts';
import { PDF_FONTS as fonts } from '../fixtures/pdf-fonts.ts';

const bestand = join(import.meta.dirname, '../fixtures/pdf-vingerafdrukken.json');
const bijwerken = process.env.VINGERAFDRUK_BIJWERKEN === '1';
const verwacht: Record<string, string> = JSON.parse(readFileSync(bestand, 'utf8'));
const gemeten: Record<string, string> = {};
const gemaaktOp = new Date('2026-11-22T10:30:00+01:00');
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function vergelijk(naam: string, bytes: Uint8Array) {
  gemeten[naam] = sha256(bytes);
  if (!bijwerken) expect(gemeten[naam], `${naam}.pdf veranderde`).toBe(verwacht[naam]);
}

afterAll(() => {
  if (bijwerken) writeFileSync(bestand, `${JSON.stringify(gemeten, null, 2)}\n`);
});

describe('fixture PDFs are byte-identical to the pinned fingerprints', () => {
  it.each(Object.entries(MELDINGEN))('melding %s', async (naam, invoer) => {
    const melding = meldingSchema({ peildatum: PEILDATUM, gemeenten: GEMEENTEN }).parse(invoer);
    vergelijk(`melding-${naam}`, await maakMeldingPdf(melding, { fonts, gemaaktOp }));
  });

  it('blank melding', async () => {
    vergelijk('melding-blanco', await maakBlancoPdf({ fonts, gemaaktOp }));
  });

  it.each(Object.values(SJABLONEN).map((s) => [s.id, s] as const))('sjabloon %s (filled in and blank)', async (id, sjabloon) => {
    const invoer = Object.fromEntries(
      sjabloon.velden.map((v, i) => [v.id, v.soort === 'datum' ? `${i + 1}-3-2027` : i % 3 === 2 ? '' : `Waarde ${v.id} Łódź Nguyễn`]),
    );
    const waarden = sjabloonSchema(sjabloon).parse(invoer);
    vergelijk(`sjabloon-${id}`, await maakSjabloonPdf(sjabloon, waarden, { fonts, gemaaktOp }));
    vergelijk(`sjabloon-${id}-blanco`, await maakSjabloonPdf(sjabloon, null, { fonts, gemaaktOp }));
  });

  it('pins every fixture (no fingerprint left over from a removed fixture)', () => {
    if (!bijwerken) expect(Object.keys(verwacht).sort()).toEqual(Object.keys(gemeten).sort());
  });
});
