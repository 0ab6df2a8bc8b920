import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentMap } from '../../src/integrations/content-map.ts';
import { isB1, kaleTekst, meetLeesbaarheid } from '../../src/lib/leesbaarheid.ts';

const root = join(import.meta.dirname, '../..');
const routeMap = join(contentMap(root), 'route');
const seedMap = join(root, '../shared/seeds'); // read by this test only, to prove the threshold; never by the site
const routePaginas = readdirSync(routeMap).filter((f) => f.endsWith('.mdx'));

describe('leesbaarheid (B1)', () => {
  it.each(routePaginas)('route/%s haalt B1: korte zinnen, weinig lange woorden', (bestand) => {
    const l = meetLeesbaarheid(readFileSync(join(routeMap, bestand), 'utf8'));
    expect(l.zinnen).toBeGreaterThan(10);
    expect(isB1(l), JSON.stringify(l)).toBe(true);
  });

  // CI runs beside shared/; a clone elsewhere has no sources to compare with.
  it.runIf(existsSync(seedMap)).each(existsSync(seedMap) ? readdirSync(seedMap).filter((f) => f.endsWith('.txt')) : [])('de brontekst %s haalt B1 niet', (bestand) => {
    expect(isB1(meetLeesbaarheid(readFileSync(join(seedMap, bestand), 'utf8')))).toBe(false);
  });

  it('telt zinnen, lijstregels en lange woorden', () => {
    const l = meetLeesbaarheid('---\ntitel: x\n---\n\nDit is kort. En dit ook!\n\n- Een regel\n- Ervaringsdeskundige helpt\n');
    expect(l).toMatchObject({ zinnen: 4, woorden: 10 });
    expect(l.aandeelLangeWoorden).toBeCloseTo(0.1);
    expect(kaleTekst('Lees [de route](/route/) <Zelftest>nu</Zelftest>')).toBe('Lees de route  nu ');
  });
});
