// The web font files against their ranges (src/lib/lettertype/web.ts) and the CSS that selects
// them: a page must find every glyph of the wanted ranges in the file its unicode-range names.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { alsUnicodeRange, WEB_BASIS_BEREIKEN, WEB_UITGEBREID_BEREIKEN } from '../../src/lib/lettertype/web.ts';
import { GEWENSTE_BEREIKEN, PDF_TEKENBEREIKEN } from '../../src/lib/kern/tekens.ts';

// The whole fontkit, loaded by Node itself: the site's PDF code (which the tests get through Vite)
// leaves out the Brotli decoder WOFF2 needs (src/integrations/pdf-code-afslanken.ts).
const fontkit = createRequire(import.meta.url)('@pdf-lib/fontkit') as typeof import('@pdf-lib/fontkit');
const css = readFileSync('src/styles/tokens.css', 'utf8');
const BESTANDEN = [
  ['SafehouseSans-Regular.woff2', WEB_BASIS_BEREIKEN],
  ['SafehouseSans-Bold.woff2', WEB_BASIS_BEREIKEN],
  ['SafehouseSans-Regular-uitgebreid.woff2', WEB_UITGEBREID_BEREIKEN],
  ['SafehouseSans-Bold-uitgebreid.woff2', WEB_UITGEBREID_BEREIKEN],
] as const;
const codepunten = (bereiken: readonly (readonly [number, number])[]) =>
  bereiken.flatMap(([van, tot]) => Array.from({ length: tot - van + 1 }, (_, i) => van + i));
// What the fonts can show at all: the PDF font list is what Source Sans 3 has in these ranges.
const beschikbaar = new Set(codepunten(PDF_TEKENBEREIKEN));

describe('web font', () => {
  it('basis and uitgebreid together are exactly the wanted ranges, without overlap', () => {
    expect(alsUnicodeRange([...WEB_BASIS_BEREIKEN, ...WEB_UITGEBREID_BEREIKEN].sort((a, b) => a[0] - b[0]))).toBe(alsUnicodeRange(GEWENSTE_BEREIKEN));
    expect(WEB_UITGEBREID_BEREIKEN.length).toBeGreaterThan(0);
  });

  it.each(BESTANDEN)('%s: the @font-face for it has that unicode-range', (bestand, bereiken) => {
    const regel = new RegExp(`url\\('/fonts/${bestand}'\\)[^}]*unicode-range: ([^;]+);`).exec(css);
    // Prettier may put a space after each comma in the stylesheet; the ranges are what count.
    expect(regel?.[1]?.replace(/\s+/g, '')).toBe(alsUnicodeRange(bereiken).replace(/\s+/g, ''));
  });

  it.each(BESTANDEN)('%s: has every glyph of its ranges that Source Sans 3 has, and is renamed', (bestand, bereiken) => {
    const font = fontkit.create(readFileSync(`public/fonts/${bestand}`));
    // "Source" is a Reserved Font Name of the OFL: a cut version must not carry it.
    expect(font.familyName).toBe('Safehouse Sans');
    const ontbrekend = codepunten(bereiken).filter((c) => beschikbaar.has(c) && !font.hasGlyphForCodePoint(c));
    expect(ontbrekend.map((c) => c.toString(16))).toEqual([]);
  });
});
