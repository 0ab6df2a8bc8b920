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
 *   - the Arabic, Hangul, Indic and Universal shapers with their Unicode tables, also inflated at
 *     load: fontkit picks a shaper only for a font with GSUB/GPOS, which the PDF fonts lack
 *     (scripts/maak-lettertypen.sh), and only for those scripts, which the form refuses
 *     (src/lib/kern/tekens.ts).
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
    naam: 'Arabic shaper',
    van: 'var base64DeflatedTrie$1 = "',
    tot: 'function _defineProperties$3(',
    vervanging: 'var ArabicShaper = weggelatenShaper("Arabisch");\n\n',
  },
  {
    naam: 'Hangul, Indic and Universal shapers',
    van: 'var HangulShaper = /*#__PURE__*/function (_DefaultShaper) {',
    tot: 'function _createForOfIteratorHelperLoose$h(',
    vervanging: [
      'var HangulShaper = weggelatenShaper("Hangul");',
      'var IndicShaper = weggelatenShaper("Indisch");',
      'var UniversalShaper = weggelatenShaper("Universal");',
      '',
      '',
    ].join('\n'),
  },
];

/** A shaper class whose plan() throws: fontkit calls it first when it lays out such a script. */
const SHAPER_STUB = `
function weggelatenShaper(naam) {
  return {
    plan: function () {
      throw ${weggelaten('"De tekstvormer " + naam')};
    },
  };
}
`;

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
  // The stub goes before SHAPERS, after DefaultShaper, where the shapers used to be.
  const plek = eenmaal(uit, 'var ArabicShaper = weggelatenShaper(', 'shaper-stub');
  return uit.slice(0, plek) + SHAPER_STUB + uit.slice(plek);
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
