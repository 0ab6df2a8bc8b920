import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AANBIEDER_VELDEN, REGIO_VELDEN, isVerplicht } from '../../src/lib/content/veldbeschrijvingen.ts';
import { leesFrontmatter } from '../../src/lib/content/frontmatter.ts';
import { aanbiederSchema } from '../../src/lib/schemas/aanbieder.ts';
import { regioSchema } from '../../src/lib/schemas/regio.ts';

const root = join(import.meta.dirname, '../..');

describe.each([
  ['aanbieders', aanbiederSchema, AANBIEDER_VELDEN],
  ['regios', regioSchema, REGIO_VELDEN],
] as const)('%s: explanation and template', (map, schema, velden) => {
  it('every schema field has an explanation, and the other way round', () => {
    expect(Object.keys(velden).sort()).toEqual(Object.keys(schema.shape).sort());
  });

  it('the template holds every field and is itself valid', () => {
    const sjabloon = leesFrontmatter(readFileSync(join(root, 'content', map, '_sjabloon.md'), 'utf8'));
    expect(Object.keys(sjabloon.data as object).sort()).toEqual(Object.keys(schema.shape).sort());
    expect(schema.safeParse(sjabloon.data).error?.issues ?? []).toEqual([]);
  });

  it('required fields are recognised', () => {
    expect(isVerplicht(schema, 'naam')).toBe(true);
    expect(isVerplicht(schema, 'bronnen')).toBe(true);
    expect(isVerplicht(schema, 'website')).toBe(false);
  });
});
