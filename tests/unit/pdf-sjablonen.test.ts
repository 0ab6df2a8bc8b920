// The two handboek templates as PDF: what was filled in is in the text, empty fields become a
// line to write on, the blank version has every label, and every party has a signature field.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { leesEigenschappen } from '../../src/lib/pdf/teken.ts';
import { maakSjabloonPdf } from '../../src/lib/pdf/sjabloon-pdf.ts';
import { SJABLONEN, sjabloonSchema } from '../../src/lib/sjablonen/index.ts';

const root = join(import.meta.dirname, '../..');
const fonts = {
  regular: new Uint8Array(readFileSync(join(root, 'public/fonts/SafehouseSansPDF-Regular.ttf'))),
  bold: new Uint8Array(readFileSync(join(root, 'public/fonts/SafehouseSansPDF-Bold.ttf'))),
};
const map = mkdtempSync(join(tmpdir(), 'sjabloon-'));
const tekstVan = (bytes: Uint8Array, naam: string) => {
  const pad = join(map, naam);
  writeFileSync(pad, bytes);
  return execFileSync('pdftotext', [pad, '-'], { encoding: 'utf8' });
};
const zonderWit = (t: string) => t.replace(/\s+/g, '');

describe.each(Object.values(SJABLONEN))('sjabloon $id', (sjabloon) => {
  it('ingevuld: elke ingevulde waarde staat in de PDF, de rest is een stippellijn', async () => {
    const invoer = Object.fromEntries(sjabloon.velden.map((v, i) => [v.id, v.soort === 'datum' ? `${i + 1}-3-2027` : i % 3 === 2 ? '' : `Waarde ${v.id} Łódź Nguyễn`]));
    const waarden = sjabloonSchema(sjabloon).parse(invoer);
    const tekst = zonderWit(tekstVan(await maakSjabloonPdf(sjabloon, waarden, { fonts, gemaaktOp: new Date('2026-11-22T12:00:00Z') }), `${sjabloon.id}.pdf`));
    expect(tekst).toContain(zonderWit(sjabloon.titel));
    for (const v of sjabloon.velden) {
      const w = waarden[v.id];
      if (w) expect(tekst).toContain(zonderWit(w));
    }
    expect(tekst).toContain('……');
    for (const a of sjabloon.artikelen) expect(tekst).toContain(zonderWit(a.titel));
  });

  it('blanco: elk label en een handtekeningveld per partij', async () => {
    const bytes = await maakSjabloonPdf(sjabloon, null, { fonts, gemaaktOp: new Date('2026-11-22T12:00:00Z') });
    const tekst = zonderWit(tekstVan(bytes, `${sjabloon.id}-blanco.pdf`));
    for (const v of sjabloon.velden) expect(tekst).toContain(zonderWit(v.label));
    const eigenschappen = await leesEigenschappen(bytes);
    expect(eigenschappen.velden.filter((v) => v.naam.startsWith('handtekening_'))).toHaveLength(sjabloon.ondertekenaars.length);
  });

  it('weigert een onmogelijke datum en tekens die de PDF niet kan tonen', () => {
    const datumVeld = sjabloon.velden.find((v) => v.soort === 'datum')!;
    const r = sjabloonSchema(sjabloon).safeParse({ [datumVeld.id]: '31-02-2027', [sjabloon.velden[0]!.id]: 'Дмитрий' });
    expect(r.error?.issues.map((i) => `${String(i.path[0])}:${i.message}`).sort()).toEqual([`${datumVeld.id}:datum_ongeldig`, `${sjabloon.velden[0]!.id}:tekens_onbekend`].sort());
  });
});
