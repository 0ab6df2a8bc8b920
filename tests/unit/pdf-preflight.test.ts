// Issue 15, point 2: every PDF the site makes is PDF/A-3b, checked from the outside.
// - PDFBox Preflight (PDF/A-1b, the only part it knows) reports nothing but the rules that exist
//   only in PDF/A-1; each is named here with why it does not apply to PDF/A-3.
// - qpdf --check finds no syntax or stream errors.
// - pdfinfo reads the XMP metadata: PDF/A-3b identification and the same title as the info.
process.env.TZ = 'Europe/Amsterdam';

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SRGB_PROFIEL_BASE64 } from '../../src/lib/pdf/srgb-profiel.ts';
import { allePdfs } from '../fixtures/alle-pdfs.ts';
import { preflight, PREFLIGHT_JARS } from '../fixtures/preflight.ts';

/** Rules of PDF/A-1 (ISO 19005-1) that PDF/A-3 (ISO 19005-3) dropped or relaxed. */
const ALLEEN_PDFA1: Record<string, string> = {
  '1.4': 'cross-reference streams: PDF 1.5, allowed from PDF/A-2 on (ISO 19005-2 §6.1.3)',
  '1.4.7': 'EmbeddedFiles in the Names dictionary: PDF/A-3 allows any attachment with an AFRelationship (ISO 19005-3 §6.8)',
  '1.2.9': 'EF in a file specification: the same attachment (melding.json), ISO 19005-3 §6.8',
  '3.1.11': 'CIDSet for a subset CID font: required in PDF/A-1, optional from PDF/A-2 on (ISO 19005-2 §6.2.11.4.2)',
  '7.11.2': 'pdfaid:part must be 1: the file says part 3, which is what it is',
};

let pdfs: Map<string, Uint8Array>;
const map = mkdtempSync(join(tmpdir(), 'pdfa-'));
const opSchijf = (naam: string) => {
  const pad = join(map, `${naam}.pdf`);
  writeFileSync(pad, pdfs.get(naam)!);
  return pad;
};

beforeAll(async () => {
  for (const jar of PREFLIGHT_JARS) expect(existsSync(jar), `${jar} ontbreekt: npm test installeert libpdfbox2-java`).toBe(true);
  pdfs = await allePdfs();
}, 60_000);

describe('PDF/A-3b, checked by PDFBox Preflight, qpdf and pdfinfo', () => {
  it('covers every kind of PDF the site makes', () => {
    expect([...pdfs.keys()].sort()).toEqual([
      'melding-blanco',
      'melding-lang',
      'melding-maximaal',
      'melding-minimaal',
      'melding-typisch',
      'melding-unicode',
      'sjabloon-driepartijenovereenkomst',
      'sjabloon-driepartijenovereenkomst-blanco',
      'sjabloon-werkafspraken',
      'sjabloon-werkafspraken-blanco',
    ]);
  });

  it('Preflight: no error but the PDF/A-1-only rules', async () => {
    const uitslagen = await Promise.all([...pdfs].map(async ([naam, bytes]) => [naam, await preflight(naam, bytes)] as const));
    for (const [naam, fouten] of uitslagen) {
      expect(
        fouten.filter((f) => !(f.code in ALLEEN_PDFA1)),
        naam,
      ).toEqual([]);
      // The claim is checked, not just allowed: without the XMP part 3 this error would be another.
      expect(
        fouten.map((f) => f.code),
        naam,
      ).toContain('7.11.2');
    }
  }, 120_000);

  it('qpdf finds no syntax or stream errors', () => {
    for (const naam of pdfs.keys()) {
      expect(execFileSync('qpdf', ['--check', opSchijf(naam)], { encoding: 'utf8' }), naam).toContain('No syntax or stream encoding errors found');
    }
  });

  it('the XMP says PDF/A-3b and carries the title of the document info', () => {
    for (const naam of pdfs.keys()) {
      const pad = opSchijf(naam);
      const xmp = execFileSync('pdfinfo', ['-meta', pad], { encoding: 'utf8' });
      const titel = /^Title:\s+(.*)$/m.exec(execFileSync('pdfinfo', [pad], { encoding: 'utf8' }))?.[1];
      expect(xmp, naam).toContain('<pdfaid:part>3</pdfaid:part>');
      expect(xmp, naam).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
      expect(titel, naam).toBeTruthy();
      expect(xmp, naam).toContain(`<rdf:li xml:lang="x-default">${titel!.replace(/&/g, '&amp;')}</rdf:li>`);
    }
  });

  it('a file ID in the trailer, the same for the same content and different for other content', () => {
    const ids = new Map([...pdfs].map(([naam, bytes]) => [naam, /\/ID\s*\[\s*<([0-9a-f]{32})>\s*<\1>\s*\]/i.exec(Buffer.from(bytes).toString('latin1'))?.[1]]));
    for (const [naam, id] of ids) expect(id, naam).toMatch(/^[0-9a-f]{32}$/);
    expect(new Set(ids.values()).size).toBe(ids.size);
  });

  it('the embedded sRGB profile is Debian’s icc-profiles-free sRGB.icc, unchanged', () => {
    const debian = '/usr/share/color/icc/sRGB.icc';
    expect(existsSync(debian), `${debian} ontbreekt: npm test installeert icc-profiles-free`).toBe(true);
    expect(Buffer.from(SRGB_PROFIEL_BASE64, 'base64').equals(readFileSync(debian))).toBe(true);
  });
});
