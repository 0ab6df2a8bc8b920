// npm 11 or newer is required: only from npm 11 on does `allowScripts` in package.json limit
// which packages may run install scripts; npm 10 runs every package's scripts. `.ci/run` calls
// this before `npm ci`; scripts/test-all.mjs checks the npm that started it.
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

export const MINIMALE_NPM = 11;

/**
 * A Dutch sentence when this npm version is too old (or unreadable), else null.
 * @param {string} versie
 * @returns {string | null}
 */
export function npmVersieProbleem(versie) {
  const major = Number(/^(\d+)\./.exec(String(versie).trim())?.[1]);
  if (!Number.isInteger(major)) return `Kon de versie van npm niet lezen ("${versie}"). Dit project vraagt npm ${MINIMALE_NPM} of nieuwer.`;
  if (major >= MINIMALE_NPM) return null;
  return (
    `Dit project vraagt npm ${MINIMALE_NPM} of nieuwer; je hebt npm ${String(versie).trim()}. ` +
    `Met een oudere npm draaien de installatiescripts van álle pakketten, niet alleen die in "allowScripts". ` +
    `Werk npm bij (npm install -g npm@${MINIMALE_NPM}) en probeer het opnieuw.`
  );
}

/**
 * The npm version from npm's user agent ("npm/11.2.0 node/v24…") when npm started us.
 * @param {string | undefined} userAgent
 * @returns {string | undefined}
 */
export function npmUitUserAgent(userAgent) {
  return /\bnpm\/(\S+)/.exec(userAgent ?? '')?.[1];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const probleem = npmVersieProbleem(execFileSync('npm', ['--version'], { encoding: 'utf8' }));
  if (probleem) {
    console.error(probleem);
    process.exit(1);
  }
}
