import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/**
 * Drops the parts of pdf-lib and fontkit that the site's PDFs can never reach, from the chunk
 * the first PDF loads (issue #15: it was 515 KB gzip, most of it code for other fonts and other
 * scripts). Each part is replaced by code that throws a clear Error if it is ever reached, so a
 * change that needs it fails loudly in the tests instead of drawing a different PDF. The PDF
 * fingerprints (tests/unit/pdf-vingerafdruk.test.ts run with this same plugin) prove the bytes
 * did not change.
 *
 * - @pdf-lib/standard-fonts: the metrics of the 14 standard fonts (Helvetica …). The site embeds
 *   its own fonts and hands them to every form call (addToPage, updateFieldAppearances), so
 *   pdf-lib never falls back to Helvetica (the fingerprints would show a Helvetica object).
 * - @pdf-lib/upng: PNG decoding for embedPng; the PDFs have no images.
 * - inside @pdf-lib/fontkit's single bundle (dist/fontkit.es.js, pinned version; every cut is
 *   found by exact text or the build stops):
 *   - iconv-lite: decodes cmaps and names in legacy encodings (Shift-JIS, Big5 …). fontkit treats
 *     it as optional already ("if iconv-lite is installed"); our fonts have a Unicode cmap.
 *   - the Brotli decoder with its dictionary, which fontkit decompressed at load time: only for
 *     WOFF2 files; the PDF fonts are TrueType.
 *   - the AAT (morx) and OpenType (GSUB/GPOS) layout engines, with the Arabic, Hangul, Indic and
 *     Universal shapers and their Unicode tables (also inflated at load time): fontkit uses them
 *     only for a font with those tables, and the PDF fonts have none (scripts/maak-lettertypen.sh
 *     removes them: pdf-lib draws plain advances anyway). tests/unit/pdf-code-afslanken.test.ts
 *     checks both fonts.
 */
const FONTKIT = /[\\/]@pdf-lib[\\/]fontkit[\\/]dist[\\/]fontkit\.es\.js$/;

const REDEN = " is uit de PDF-code weggelaten (src/integrations/pdf-code-afslanken.ts): de PDF's van deze site hebben het niet nodig.";
/** JavaScript for an Error naming what was dropped; `wat` is itself a JavaScript expression. */
const weggelaten = (wat: string) => `new Error(${wat} + ${JSON.stringify(REDEN)})`;

interface Knip {
  /** What is dropped, for the error messages. */
  naam: string;
  van: string;
  /** Exclusive: the cut ends where this text starts. */
  tot: string;
  vervanging: string;
}

const KNIPPEN: readonly Knip[] = [
  {
    naam: 'iconv-lite',
    van: 'var Buffer = buffer.Buffer;\nvar safer = {};',
    tot: 'var DecodeStream = createCommonjsModule(',
    vervanging: 'var lib = null;\n\n',
  },
  {
    naam: 'Brotli (WOFF2)',
    van: 'function BrotliInput(buffer) {',
    tot: 'function _inheritsLoose$g(',
    vervanging: `var decompress = function () {\n  throw ${weggelaten(JSON.stringify('Brotli (voor WOFF2-lettertypen)'))};\n};\n\n`,
  },
  {
    naam: 'AAT and OpenType layout',
    van: 'var AATLookupTable = (_class$1 = ',
    tot: 'function _createForOfIteratorHelperLoose$k(',
    vervanging: [
      `var AATLayoutEngine = function () {\n  throw ${weggelaten(JSON.stringify('De AAT-opmaak (morx)'))};\n};`,
      `var OTLayoutEngine = function () {\n  throw ${weggelaten(JSON.stringify('De OpenType-opmaak (GSUB/GPOS, met de tekstvormers)'))};\n};`,
      '',
      '',
    ].join('\n'),
  },
];

function eenmaal(code: string, tekst: string, naam: string): number {
  const plek = code.indexOf(tekst);
  if (plek === -1 || code.indexOf(tekst, plek + 1) !== -1) {
    throw new Error(`pdf-code-afslanken: "${tekst}" (${naam}) staat niet precies één keer in fontkit; past de knip nog bij deze versie?`);
  }
  return plek;
}

/** The cuts applied to fontkit.es.js; exported for the test that checks every cut still matches. */
export function knipFontkit(code: string): string {
  let uit = code;
  for (const knip of KNIPPEN) {
    const van = eenmaal(uit, knip.van, knip.naam);
    const tot = eenmaal(uit, knip.tot, knip.naam);
    if (tot <= van) throw new Error(`pdf-code-afslanken: de knip ${knip.naam} eindigt vóór hij begint`);
    uit = uit.slice(0, van) + knip.vervanging + uit.slice(tot);
  }
  return uit;
}

const STUBS = fileURLToPath(new URL('../lib/pdf/weggelaten/', import.meta.url));
const vind = createRequire(import.meta.url).resolve;
/** The ES builds, also where Vite would take `main` (server side, in the tests): the cuts and stubs apply only there. */
const PDF_LIB_ES = vind('pdf-lib').replace(/cjs[\\/]index\.js$/, 'es/index.js');
const FONTKIT_ES = vind('@pdf-lib/fontkit').replace(/fontkit\.umd\.js$/, 'fontkit.es.js');

/** The Vite plugin (astro.config.mjs and vitest.config.ts use it, so the tests run the same code). */
export function pdfCodeAfslanken() {
  return {
    name: 'safehouse:pdf-code-afslanken',
    enforce: 'pre' as const,
    config() {
      return {
        resolve: {
          alias: [
            { find: /^pdf-lib$/, replacement: PDF_LIB_ES },
            { find: /^@pdf-lib\/fontkit$/, replacement: FONTKIT_ES },
            { find: /^@pdf-lib\/standard-fonts$/, replacement: `${STUBS}standaardlettertypen.ts` },
            { find: /^@pdf-lib\/upng$/, replacement: `${STUBS}upng.ts` },
          ],
        },
      };
    },
    transform(code: string, id: string) {
      if (!FONTKIT.test(id.split('?')[0]!)) return null;
      return { code: knipFontkit(code), map: null };
    },
  };
}
