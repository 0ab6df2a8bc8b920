import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

export const ROOT = join(import.meta.dirname, '../..');

/**
 * A copy of the project with its own caches, removed after the file's tests. Building other
 * content in the real root leaves Astro's content-layer cache (.astro/, node_modules/.astro/)
 * pointing at the temporary files, and the next ordinary build there fails on them. The
 * packages are linked, not copied.
 */
export function projectKopie(naam: string): string {
  const project = mkdtempSync(join(tmpdir(), `${naam}-`));
  afterAll(() => rmSync(project, { recursive: true, force: true }));
  for (const deel of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'content']) {
    cpSync(join(ROOT, deel), join(project, deel), { recursive: true });
  }
  mkdirSync(join(project, 'node_modules'));
  for (const pakket of readdirSync(join(ROOT, 'node_modules'))) {
    if (pakket === '.astro' || pakket === '.vite') continue;
    symlinkSync(join(ROOT, 'node_modules', pakket), join(project, 'node_modules', pakket));
  }
  return project;
}

/** `astro build` in a project copy, with extra environment; stdout and stderr together. */
export function bouwIn(project: string, extra: Record<string, string> = {}) {
  const { SAFEHOUSE_CONTENT_DIR: _, ...omgeving } = process.env;
  const env = { ...omgeving, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...extra };
  const uitkomst = spawnSync(process.execPath, [join(project, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: project, env, encoding: 'utf8' });
  return { status: uitkomst.status, uitvoer: uitkomst.stdout + uitkomst.stderr };
}
