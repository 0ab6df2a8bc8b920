// A record checked more than 12 months ago must not stop the build, but the build must say so,
// naming the file, the line and the field, so the region's editor knows what to look at again.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const project = mkdtempSync(join(tmpdir(), 'verouderd-project-'));
afterAll(() => rmSync(project, { recursive: true, force: true }));

/**
 * A copy of the project with its own caches. Building other content in the real root leaves
 * Astro's content-layer cache (.astro/, node_modules/.astro/) pointing at the temporary files,
 * and the next ordinary build there fails on them. The packages are linked, not copied.
 */
function projectKopie(): string {
  for (const naam of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'content']) {
    cpSync(join(root, naam), join(project, naam), { recursive: true });
  }
  mkdirSync(join(project, 'node_modules'));
  for (const naam of readdirSync(join(root, 'node_modules'))) {
    if (naam === '.astro' || naam === '.vite') continue;
    symlinkSync(join(root, 'node_modules', naam), join(project, 'node_modules', naam));
  }
  return project;
}

describe('verouderd record', () => {
  it('de build slaagt, maar waarschuwt met bestand, regel en veld', () => {
    const kopie = projectKopie();
    // The real content, with one provider's check date set far back.
    const bestand = join(kopie, 'content/aanbieders/confidence-twende.md');
    const tekst = readFileSync(bestand, 'utf8');
    const regel = tekst.split('\n').findIndex((r) => r.startsWith('laatst_gecontroleerd:')) + 1;
    expect(regel).toBeGreaterThan(1);
    writeFileSync(bestand, tekst.replace(/^laatst_gecontroleerd: .*$/m, 'laatst_gecontroleerd: 2020-01-15'));

    const { SAFEHOUSE_CONTENT_DIR: _, ...omgeving } = process.env;
    const env = { ...omgeving, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };
    const astro = join(kopie, 'node_modules/astro/bin/astro.mjs');
    const uitkomst = spawnSync(process.execPath, [astro, 'build'], { cwd: kopie, env, encoding: 'utf8' });
    const uitvoer = uitkomst.stdout + uitkomst.stderr;
    expect(uitkomst.status, uitvoer.slice(-2000)).toBe(0);
    expect(uitvoer).toContain(
      `content/aanbieders/confidence-twende.md, regel ${regel}: Laatst gecontroleerd (laatst_gecontroleerd) op 2020-01-15: langer dan 12 maanden geleden.`,
    );
    // Only the stale record is named.
    expect(uitvoer).not.toMatch(/met-ggz-leger-des-heils\.md, regel \d+: Laatst gecontroleerd/);
  }, 300_000);
});
