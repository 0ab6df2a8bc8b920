// A record checked more than 12 months ago must not stop the build, but the build must say so,
// naming the file, the line and the field, so the region's editor knows what to look at again.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bouwIn, projectKopie } from './project-kopie.ts';

describe('stale record', () => {
  it('the build succeeds, but warns with file, line and field', () => {
    const kopie = projectKopie('verouderd-project');
    // The real content, with one provider's check date set far back.
    const bestand = join(kopie, 'content/aanbieders/confidence-twende.md');
    const tekst = readFileSync(bestand, 'utf8');
    const regel = tekst.split('\n').findIndex((r) => r.startsWith('laatst_gecontroleerd:')) + 1;
    expect(regel).toBeGreaterThan(1);
    writeFileSync(bestand, tekst.replace(/^laatst_gecontroleerd: .*$/m, 'laatst_gecontroleerd: 2020-01-15'));

    const { status, uitvoer } = bouwIn(kopie);
    expect(status, uitvoer.slice(-2000)).toBe(0);
    expect(uitvoer).toContain(
      `content/aanbieders/confidence-twende.md, regel ${regel}: Laatst gecontroleerd (laatst_gecontroleerd) op 2020-01-15: langer dan 12 maanden geleden.`,
    );
    // Only the stale record is named.
    expect(uitvoer).not.toMatch(/met-ggz-leger-des-heils\.md, regel \d+: Laatst gecontroleerd/);
  }, 300_000);
});
