// The PDF font against the characters the form accepts (src/lib/kern/tekens.ts): the form must
// accept nothing the PDF would draw as a blank box.
import { readFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';
import { GEWENSTE_BEREIKEN, PDF_TEKENBEREIKEN } from '../../src/lib/kern/tekens.ts';
import { MELDINGEN } from '../fixtures/meldingen.ts';

const fonts = ['Regular', 'Bold'].map((gewicht) => fontkit.create(readFileSync(`public/fonts/SafehouseSansPDF-${gewicht}.ttf`)));
const inBeide = (c: number) => fonts.every((f) => f.hasGlyphForCodePoint(c));

/** "0182-0185 0191 …": code points as compact ranges. */
function alsBereiken(codepunten: number[]): string {
  const hex = (c: number) => c.toString(16).toUpperCase().padStart(4, '0');
  const delen: string[] = [];
  for (let i = 0; i < codepunten.length;) {
    let j = i;
    while (j + 1 < codepunten.length && codepunten[j + 1] === codepunten[j]! + 1) j++;
    delen.push(i === j ? hex(codepunten[i]!) : `${hex(codepunten[i]!)}-${hex(codepunten[j]!)}`);
    i = j + 1;
  }
  return delen.join(' ');
}

describe('PDF font', () => {
  it('has every character of the example meldingen', () => {
    const tekens = new Set([...JSON.stringify(MELDINGEN).normalize('NFC')].map((t) => t.codePointAt(0)!));
    expect([...tekens].filter((c) => !inBeide(c)).map((c) => String.fromCodePoint(c))).toEqual([]);
  });

  it('has no "☐", so the blank form draws its tick boxes', () => {
    expect(fonts.some((f) => f.hasGlyphForCodePoint(0x2610))).toBe(false);
  });

  it('can draw every character the form accepts (tekens.ts), in both weights', () => {
    const ontbrekend = PDF_TEKENBEREIKEN.flatMap(([van, tot]) => Array.from({ length: tot - van + 1 }, (_, i) => van + i)).filter((c) => !inBeide(c));
    expect(alsBereiken(ontbrekend)).toBe('');
  });

  it('the accepted list is everything the fonts have within the wanted ranges (rerun scripts/maak-tekenlijst.ts after changing a font)', () => {
    const gewenst = GEWENSTE_BEREIKEN.flatMap(([van, tot]) => Array.from({ length: tot - van + 1 }, (_, i) => van + i));
    const geaccepteerd = new Set(PDF_TEKENBEREIKEN.flatMap(([van, tot]) => Array.from({ length: tot - van + 1 }, (_, i) => van + i)));
    expect(alsBereiken(gewenst.filter((c) => inBeide(c) && !geaccepteerd.has(c)))).toBe('');
    expect(geaccepteerd.size).toBeGreaterThan(650);
  });
});
