import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLLECTIES } from '../../src/lib/content/collecties.ts';
import { leesFrontmatter } from '../../src/lib/content/frontmatter.ts';
import { VELDLABELS } from '../../src/lib/content/probleemtekst.ts';
import { SJABLONEN } from '../../src/lib/content/sjablonen.ts';
import { beschrijfVelden, isVerplicht, type Veldbeschrijving } from '../../src/lib/content/veldbeschrijvingen.ts';
import { aanbiederSchema } from '../../src/lib/schemas/aanbieder.ts';
import { brondocumentSchema } from '../../src/lib/schemas/brondocument.ts';
import { regioSchema } from '../../src/lib/schemas/regio.ts';

const root = join(import.meta.dirname, '../..');
const alle = (velden: readonly Veldbeschrijving[]): Veldbeschrijving[] => velden.flatMap((v) => [v, ...alle(v.velden ?? v.element?.velden ?? [])]);

describe.each([
  ['aanbieders', aanbiederSchema],
  ['regios', regioSchema],
  ['bronnen', brondocumentSchema],
] as const)('%s: the schema describes every field once', (map, schema) => {
  const velden = beschrijfVelden(schema);

  it('every field, also inside groups and lists, has a label, a meaning and an example', () => {
    expect(velden.map((v) => v.sleutel).sort()).toEqual(Object.keys(schema.shape).sort());
    for (const v of alle(velden)) {
      expect(v.label, v.sleutel).not.toBe(v.sleutel);
      expect(v.betekenis, v.sleutel).not.toBe('');
      expect(v.voorbeeld, v.sleutel).toBeDefined();
    }
  });

  it('every text field states a maximum', () => {
    for (const v of alle(velden)) {
      const blad = v.soort === 'lijst' ? v.element! : v;
      if (blad.soort === 'tekst') expect(blad.maximum, v.sleutel).toBeGreaterThan(0);
    }
  });

  it('the template on disk is the one generated from the schema, and is itself valid', () => {
    const pad = `content/${map}/_sjabloon.md`;
    const opSchijf = readFileSync(join(root, pad), 'utf8');
    expect(opSchijf, 'run npm run sjablonen').toBe(SJABLONEN[pad]!());
    const sjabloon = leesFrontmatter(opSchijf);
    expect(Object.keys(sjabloon.data as object).sort()).toEqual(Object.keys(schema.shape).sort());
    expect(schema.safeParse(sjabloon.data).error?.issues ?? []).toEqual([]);
  });
});

describe('labels', () => {
  it('the same key has the same label in every content schema', () => {
    const gezien = new Map<string, Set<string>>();
    for (const { schema } of Object.values(COLLECTIES)) {
      for (const v of alle(beschrijfVelden(schema))) gezien.set(v.sleutel, (gezien.get(v.sleutel) ?? new Set()).add(v.label));
    }
    const dubbel = [...gezien].filter(([, labels]) => labels.size > 1).map(([k, labels]) => `${k}: ${[...labels].join(' / ')}`);
    expect(dubbel).toEqual([]);
  });

  it("the check's labels come from the schemas", () => {
    expect(VELDLABELS.telefoon).toBe('Telefoonnummer');
    expect(VELDLABELS.in_de_bron).toBe('Wat in de bron staat');
    expect(VELDLABELS.zie_ook).toBe('Zie ook');
    expect(VELDLABELS.kort).toBe('Korte titel');
  });

  it('choices come from the one choice table, with their labels', () => {
    const methodiek = beschrijfVelden(aanbiederSchema).find((v) => v.sleutel === 'methodiek')!;
    expect(methodiek.keuzes?.cgt).toBe('Cognitieve gedragstherapie (CGT)');
  });
});

describe.each([
  ['aanbieders', aanbiederSchema],
  ['regios', regioSchema],
] as const)('%s: required fields', (_map, schema) => {
  it('are recognised', () => {
    expect(isVerplicht(schema, 'naam')).toBe(true);
    expect(isVerplicht(schema, 'bronnen')).toBe(true);
    expect(isVerplicht(schema, 'website')).toBe(false);
  });
});
