// Writes src/lib/kern/tekens-lettertype.ts: the code points within the wanted ranges that BOTH
// PDF fonts can draw, as compact ranges. The form accepts exactly these characters.
// Run by scripts/maak-lettertypen.sh after cutting the fonts.
import fontkit from '@pdf-lib/fontkit';
import { readFileSync, writeFileSync } from 'node:fs';
import { GEWENSTE_BEREIKEN } from '../src/lib/kern/tekens.ts';

const fonts = ['Regular', 'Bold'].map((g) => fontkit.create(readFileSync(`public/fonts/SafehouseSansPDF-${g}.ttf`)));
const punten = GEWENSTE_BEREIKEN.flatMap(([van, tot]) => Array.from({ length: tot - van + 1 }, (_, i) => van + i)).filter((c) =>
  fonts.every((f) => f.hasGlyphForCodePoint(c)),
);
const bereiken: [number, number][] = [];
for (const c of punten) {
  const laatste = bereiken[bereiken.length - 1];
  if (laatste && laatste[1] === c - 1) laatste[1] = c;
  else bereiken.push([c, c]);
}
const hex = (c: number) => `0x${c.toString(16).padStart(4, '0')}`;
writeFileSync(
  'src/lib/kern/tekens-lettertype.ts',
  `// Made by scripts/maak-tekenlijst.ts from public/fonts/SafehouseSansPDF-*.ttf; do not edit by hand.\n` +
    `// The characters within the wanted ranges that both PDF fonts can draw (${punten.length} code points).\n` +
    `export const LETTERTYPE_BEREIKEN: readonly (readonly [number, number])[] = [\n${bereiken.map(([a, b]) => `  [${hex(a)}, ${hex(b)}],`).join('\n')}\n];\n`,
);
console.log(`${punten.length} tekens in ${bereiken.length} bereiken`);
