import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentMap } from '../../src/integrations/content-map.ts';
import { isB1, kaleTekst, meetLeesbaarheid } from '../../src/lib/leesbaarheid.ts';

const root = join(import.meta.dirname, '../..');
const routeMap = join(contentMap(root), 'route');
// The seeds sit beside the clone (../shared/seeds), never inside it (one is all rights reserved).
// Read by this test only, to prove the threshold; never by the site. In a linked git worktree
// "the clone" is the main checkout, found through the .git file.
function seedMapVoor(map: string): string {
  const kandidaten = [join(map, '../shared/seeds')];
  const git = join(map, '.git');
  if (existsSync(git) && statSync(git).isFile()) {
    const gitdir = /^gitdir: (.+)$/m.exec(readFileSync(git, 'utf8'))?.[1]?.trim(); // <clone>/.git/worktrees/<naam>
    if (gitdir) kandidaten.push(join(gitdir, '../../../../shared/seeds'));
  }
  return kandidaten.find((k) => existsSync(k)) ?? kandidaten[0]!;
}
const seedMap = seedMapVoor(root);
const seeds = existsSync(seedMap) ? readdirSync(seedMap).filter((f) => f.endsWith('.txt')) : [];
const routePaginas = readdirSync(routeMap).filter((f) => f.endsWith('.mdx'));

describe('leesbaarheid (B1)', () => {
  it.each(routePaginas)('route/%s haalt B1: korte zinnen, weinig lange woorden', (bestand) => {
    const l = meetLeesbaarheid(readFileSync(join(routeMap, bestand), 'utf8'));
    expect(l.zinnen).toBeGreaterThan(10);
    expect(isB1(l), JSON.stringify(l)).toBe(true);
  });

  // CI runs with shared/ beside the clone: there a missing seed folder is a failure, not a skip.
  it.runIf(Boolean(process.env.CI))('in CI staan de bronteksten naast de clone', () => {
    expect(seeds.length, `geen bronteksten in ${seedMap}`).toBeGreaterThan(0);
  });

  it.runIf(seeds.length > 0).each(seeds)('de brontekst %s haalt B1 niet', (bestand) => {
    expect(isB1(meetLeesbaarheid(readFileSync(join(seedMap, bestand), 'utf8')))).toBe(false);
  });

  it('telt zinnen, lijstregels en lange woorden', () => {
    const l = meetLeesbaarheid('---\ntitel: x\n---\n\nDit is kort. En dit ook!\n\n- Een regel\n- Ervaringsdeskundige helpt\n');
    expect(l).toMatchObject({ zinnen: 4, woorden: 10 });
    expect(l.aandeelLangeWoorden).toBeCloseTo(0.1);
    expect(kaleTekst('Lees [de route](/route/) <Zelftest>nu</Zelftest>')).toBe('Lees de route  nu ');
  });

  it('een afgebroken regel of een dubbele punt beëindigt geen zin', () => {
    const l = meetLeesbaarheid('Dit is een lange zin die op de volgende regel\nDoorgaat tot hier. Let op: dit is ook één zin.\n');
    expect(l.zinnen).toBe(2);
  });
});
