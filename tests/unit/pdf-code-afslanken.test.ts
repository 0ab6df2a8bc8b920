// The PDF code without the parts the site's PDFs never reach (src/integrations/pdf-code-afslanken.ts).
// These tests run through the same Vite plugin as the build (vitest.config.ts), so they show the
// cuts are live here: the fingerprints of tests/unit/pdf-vingerafdruk.test.ts were made by the
// slimmed code, and prove it draws the same bytes. A dropped part that is reached throws a clear
// Dutch error instead of drawing something else.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { knipFontkit } from '../../src/integrations/pdf-code-afslanken.ts';

const fonts = join(import.meta.dirname, '../../public/fonts');
const fontkitBron = () =>
  readFileSync(
    createRequire(import.meta.url)
      .resolve('@pdf-lib/fontkit')
      .replace(/fontkit\.umd\.js$/, 'fontkit.es.js'),
    'utf8',
  );

describe('slimmed PDF code', () => {
  it('every cut still matches the installed fontkit, and removes almost half of it', () => {
    const bron = fontkitBron();
    const geknipt = knipFontkit(bron);
    expect(geknipt.length).toBeLessThan(bron.length * 0.55);
    for (const weg of ['base64DeflatedIndicMachine', 'dictionary_bin', 'sbcsData', 'base64DeflatedTrie$1', 'GSUBProcessor', 'AATMorxProcessor']) {
      expect(geknipt).not.toContain(weg);
    }
    // unicode-properties stays: fontkit needs it to find the script of every text it lays out.
    expect(geknipt).toContain('base64DeflatedTrie = "');
  });

  it('refuses a fontkit where a cut no longer matches, naming it', () => {
    expect(() => knipFontkit(fontkitBron().replace('function BrotliInput(buffer) {', 'function BrotliInvoer(buffer) {'))).toThrow(
      /"function BrotliInput\(buffer\) \{" \(Brotli \(WOFF2\)\) staat niet precies één keer in fontkit/,
    );
  });

  it('pdf-lib here has no standard fonts: embedding Helvetica throws the Dutch error', async () => {
    const doc = await PDFDocument.create();
    await expect(doc.embedFont(StandardFonts.Helvetica)).rejects.toThrow('De standaardlettertypen van pdf-lib (Helvetica …) zijn uit de PDF-code weggelaten');
  });

  it('fontkit here has no Brotli: unpacking a WOFF2 font throws', () => {
    // fontkit unpacks a WOFF2 file on its first table read, and logs and swallows the error there
    // (the table is then missing); call the unpacking itself to see the error.
    const woff2 = fontkit.create(readFileSync(join(fonts, 'SafehouseSans-Regular.woff2'))) as unknown as { _decompress(): void };
    expect(() => woff2._decompress()).toThrow('Brotli (voor WOFF2-lettertypen) is uit de PDF-code weggelaten');
  });

  it('fontkit here has no OpenType layout: laying out text in a font with GSUB/GPOS throws', () => {
    const metOpmaak = fontkit.create(readFileSync(join(import.meta.dirname, '../../node_modules/source-sans/TTF/SourceSans3-Regular.ttf')));
    expect(() => metOpmaak.layout('fi')).toThrow('De OpenType-opmaak (GSUB/GPOS, met de tekstvormers) is uit de PDF-code weggelaten');
  });

  it('the PDF fonts have no layout tables, so fontkit never needs the dropped layout engines', () => {
    for (const gewicht of ['Regular', 'Bold']) {
      const font = fontkit.create(readFileSync(join(fonts, `SafehouseSansPDF-${gewicht}.ttf`))) as unknown as {
        directory: { tables: Record<string, unknown> };
      };
      expect(['GSUB', 'GPOS', 'morx'].filter((tabel) => font.directory.tables[tabel])).toEqual([]);
    }
  });
});
