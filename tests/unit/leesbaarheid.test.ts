import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentMap } from '../../src/lib/content/content-map.ts';
import { B1, isB1, kaleTekst, langeZinnen, meetLeesbaarheid } from '../../src/lib/leesbaarheid.ts';
import { regioProza } from '../../src/lib/leesbaarheid-regio.ts';

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
const begrippenMap = join(contentMap(root), 'begrippen');
const begripBestanden = readdirSync(begrippenMap).filter((f) => f.endsWith('.md'));
const regioMap = join(contentMap(root), 'regios');
// Files starting with _ are templates, not published.
const regioBestanden = readdirSync(regioMap).filter((f) => f.endsWith('.md') && !f.startsWith('_'));
const lees = (map: string, bestand: string) => readFileSync(join(map, bestand), 'utf8');

describe('readability (B1)', () => {
  it.each(routePaginas)('route/%s reaches B1: short sentences, few long words', (bestand) => {
    const tekst = lees(routeMap, bestand);
    const l = meetLeesbaarheid(tekst);
    expect(l.zinnen).toBeGreaterThan(10);
    expect(isB1(l), JSON.stringify(l)).toBe(true);
    expect(langeZinnen(tekst)).toEqual([]);
  });

  // One term has 2–6 sentences, too few for an average: the list is measured as the reader sees
  // it on /begrippen/ (all explanations together), and every sentence has a maximum length.
  it('the glossary reaches B1', () => {
    expect(begripBestanden.length).toBeGreaterThanOrEqual(40);
    const l = meetLeesbaarheid(begripBestanden.map((b) => kaleTekst(lees(begrippenMap, b))).join('\n\n'));
    expect(isB1(l), JSON.stringify(l)).toBe(true);
  });

  it.each(begripBestanden)('begrippen/%s has no long sentence', (bestand) => {
    expect(langeZinnen(lees(begrippenMap, bestand))).toEqual([]);
  });

  // The region's prose and free-text fields; the contract requirements (eisen) stay out, see regioProza.
  it.each(regioBestanden)('regios/%s reaches B1 in the text for inwoners', (bestand) => {
    const proza = regioProza(lees(regioMap, bestand));
    const l = meetLeesbaarheid(proza);
    expect(l.zinnen).toBeGreaterThan(10);
    expect(isB1(l), JSON.stringify(l)).toBe(true);
    expect(langeZinnen(proza)).toEqual([]);
  });

  // CI runs with shared/ beside the clone: there a missing seed folder is a failure, not a skip.
  it.runIf(Boolean(process.env.CI))('in CI the source texts sit next to the clone', () => {
    expect(seeds.length, `geen bronteksten in ${seedMap}`).toBeGreaterThan(0);
  });

  it.runIf(seeds.length > 0).each(seeds)('de brontekst %s haalt B1 niet', (bestand) => {
    expect(isB1(meetLeesbaarheid(readFileSync(join(seedMap, bestand), 'utf8')))).toBe(false);
  });

  it('counts sentences, list lines and long words', () => {
    const l = meetLeesbaarheid('---\ntitel: x\n---\n\nDit is kort. En dit ook!\n\n- Een regel\n- Ervaringsdeskundige helpt\n');
    expect(l).toMatchObject({ zinnen: 4, woorden: 10 });
    expect(l.aandeelLangeWoorden).toBeCloseTo(0.1);
    expect(kaleTekst('Lees [de route](/route/) <Zelftest>nu</Zelftest>')).toBe('Lees de route  nu ');
  });

  it('finds one long sentence among short ones', () => {
    const lang = Array.from({ length: B1.maxWoordenInZin + 1 }, () => 'woord').join(' ') + '.';
    const kort = Array.from({ length: B1.maxWoordenInZin }, () => 'woord').join(' ') + '.';
    expect(langeZinnen(`Kort. Ook kort.\n${lang}\n\n${kort}`)).toEqual([lang]);
  });

  it("reads a regio's text without the contract requirements", () => {
    const proza = regioProza(
      '---\nnaam: X\naanmelding:\n  via: onbekend\n  toelichting: Bel de gemeente.\neisen:\n  - onderwerp: Duur\n    eis: Contracttekst.\nresultaten:\n  - Geleerd.\nbeleid:\n  status: Voorstel.\n  toelichting: Wat en wanneer.\ncorrecties:\n  - veld: website\n    in_de_bron: x\n    toelichting: Link kapot.\n---\n\nDe tekst.\n',
    );
    expect(proza.split('\n\n')).toEqual(['Bel de gemeente.', 'Voorstel.', 'Wat en wanneer.', 'Geleerd.', 'Link kapot.', 'De tekst.']);
  });

  it('a wrapped line or a colon does not end a sentence', () => {
    const l = meetLeesbaarheid('Dit is een lange zin die op de volgende regel\nDoorgaat tot hier. Let op: dit is ook één zin.\n');
    expect(l.zinnen).toBe(2);
  });
});
