// The benchmark's fictitious content (scripts/genereer-content.ts) must build like the real
// content: the pages name real regions, and a schema change must not leave the generator behind.
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { genereerContent } from '../../scripts/genereer-content.ts';
import { bouwIn, projectKopie, ROOT } from './project-kopie.ts';

const content = genereerContent(3, ROOT);
afterAll(() => rmSync(content, { recursive: true, force: true }));

describe('fictitious content for the benchmark', () => {
  it('builds, with a page per fictitious aanbieder', () => {
    const kopie = projectKopie('genereer-project');
    const { status, uitvoer } = bouwIn(kopie, { SAFEHOUSE_CONTENT_DIR: content });
    expect(status, uitvoer.slice(-2000)).toBe(0);
    const aanbieders = readdirSync(join(kopie, 'dist/aanbieders'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    expect(aanbieders.sort()).toEqual(['testaanbieder-1', 'testaanbieder-2', 'testaanbieder-3']);
  }, 300_000);
});
