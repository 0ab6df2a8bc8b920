import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { beschrijfVelden } from '../../src/lib/content/veldbeschrijvingen.ts';
import { leesBestand } from '../../src/lib/invulhulp/bestand.ts';
import { naarBestandAlles, naarFormulierAlles } from '../../src/lib/invulhulp/formulier.ts';
import { aanbiederSchema } from '../../src/lib/schemas/aanbieder.ts';
import { regioSchema } from '../../src/lib/schemas/regio.ts';

const root = join(import.meta.dirname, '../..');

describe.each([
  ['aanbieders', aanbiederSchema],
  ['regios', regioSchema],
] as const)('invulhulp form state: %s', (map, schema) => {
  const velden = beschrijfVelden(schema);
  it('every published file goes into the form and back unchanged', () => {
    for (const pad of readdirSync(join(root, 'content', map)).filter((f) => !f.startsWith('_'))) {
      const { waarden } = leesBestand(readFileSync(join(root, 'content', map, pad), 'utf8'));
      expect(naarBestandAlles(velden, naarFormulierAlles(velden, waarden)), pad).toEqual(waarden);
    }
  });
  it('an empty form gives an empty file, typed values what the schema reads', () => {
    expect(naarBestandAlles(velden, naarFormulierAlles(velden, {}))).toEqual({});
  });
});

it('numbers, yes/no and lines become what the schema reads', () => {
  const regio = beschrijfVelden(regioSchema);
  expect(naarBestandAlles(regio, { ...naarFormulierAlles(regio, {}), maximale_duur_maanden: ' 12 ', resultaten: 'Een\n\n Twee ' })).toEqual({
    maximale_duur_maanden: 12,
    resultaten: ['Een', 'Twee'],
  });
  const aanbieder = beschrijfVelden(aanbiederSchema);
  expect(naarBestandAlles(aanbieder, { ...naarFormulierAlles(aanbieder, {}), bovenregionaal: 'nee' })).toEqual({ bovenregionaal: false });
});
