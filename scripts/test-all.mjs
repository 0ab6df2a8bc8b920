// `npm test`: every check of the project, in order, ending with one line "N passed, N failed"
// over all suites (CI reads that line). Steps:
//   1. system tools the browser tests need (Chromium, Java for the HTML checker)
//   2. type check (astro check)            — counts as 1 test
//      lint (ESLint), format (Prettier --check), unused code (knip) — 1 test each; their scope
//      is the npm script of the same name in package.json (npm run lint, opmaak:controle, ongebruikt)
//   3. Vitest projects unit and build     — Node only; project copies built by the tests themselves
//   4. production build (npm run build)   — counts as 1 test
//   5. Vitest projects site, browser and browser-alleen — need dist/ (and Chromium): axe, HTML validity, budgets
// The Vitest projects are defined in vitest.config.ts.
// Runs under the project's pinned Node (npm run puts node_modules/.bin first on PATH).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { npmUitUserAgent, npmVersieProbleem } from './vereis-npm.mjs';

const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  console.error(`npm test draait op Node ${process.versions.node}; verwacht Node 24 uit node_modules (npm ci met install-scripts aan).`);
  process.exit(1);
}

// npm 11+ (allowScripts); the user agent names the npm that started `npm test`.
const npmProbleem = npmVersieProbleem(npmUitUserAgent(process.env.npm_config_user_agent) ?? 'onbekend');
if (npmProbleem) {
  console.error(npmProbleem);
  process.exit(1);
}

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', TZ: 'Europe/Amsterdam' };
const uitslagen = { passed: 0, failed: 0, skipped: 0 };
const rapport = [];

function draai(commando, argumenten, opties = {}) {
  console.log(`\n▶ ${[commando, ...argumenten].join(' ')}`);
  return spawnSync(commando, argumenten, { stdio: 'inherit', env, ...opties }).status === 0;
}

function stap(naam, gelukt) {
  uitslagen[gelukt ? 'passed' : 'failed'] += 1;
  rapport.push(`${gelukt ? '✓' : '✗'} ${naam}`);
  return gelukt;
}

function isRoot() {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

/** Installs a Debian package when its command is missing and we may (root, apt-get). */
function zorgVoor(bestand, pakket, uitleg) {
  if (existsSync(bestand)) return true;
  if (isRoot() && existsSync('/usr/bin/apt-get')) {
    console.log(`${bestand} ontbreekt; installeer ${pakket} met apt-get…`);
    const stil = { stdio: 'inherit', env: { ...env, DEBIAN_FRONTEND: 'noninteractive' } };
    spawnSync('apt-get', ['update', '-qq'], stil);
    spawnSync('apt-get', ['install', '-y', '-qq', pakket], stil);
    if (existsSync(bestand)) return true;
  }
  console.error(`${bestand} ontbreekt. ${uitleg}`);
  return false;
}

function vitest(naam, projecten) {
  const json = join(mkdtempSync(join(tmpdir(), 'vitest-')), 'uitslag.json');
  const gelukt = draai('vitest', ['run', ...projecten.flatMap((p) => ['--project', p]), '--reporter=default', '--reporter=json', `--outputFile.json=${json}`]);
  if (!existsSync(json)) return stap(`${naam}: Vitest gaf geen uitslag`, false);
  const uitslag = JSON.parse(readFileSync(json, 'utf8'));
  uitslagen.passed += uitslag.numPassedTests;
  uitslagen.failed += uitslag.numFailedTests;
  uitslagen.skipped += uitslag.numPendingTests + uitslag.numTodoTests;
  // A file that failed without a failed test did not run: it failed to load, or a beforeAll threw
  // (Vitest then reports its tests as skipped, not failed). Each such file counts as a failure.
  const kapotteBestanden = uitslag.testResults.filter((r) => r.status === 'failed' && !r.assertionResults.some((a) => a.status === 'failed')).length;
  uitslagen.failed += kapotteBestanden;
  // Anything else Vitest itself calls a failure (an unhandled error, a non-zero exit).
  const overig = (!gelukt || !uitslag.success) && uitslag.numFailedTests + kapotteBestanden === 0 ? 1 : 0;
  uitslagen.failed += overig;
  const fouten = uitslag.numFailedTests + kapotteBestanden + overig;
  const overgeslagen = uitslag.numPendingTests + uitslag.numTodoTests;
  rapport.push(
    `${fouten === 0 ? '✓' : '✗'} ${naam}: ${uitslag.numPassedTests} geslaagd, ${uitslag.numFailedTests} mislukt` +
      (overgeslagen ? `, ${overgeslagen} overgeslagen` : '') +
      (kapotteBestanden ? `, ${kapotteBestanden} bestanden niet (helemaal) uitgevoerd` : '') +
      (overig ? ', Vitest meldde een fout buiten de tests' : ''),
  );
  return uitslag.numTotalTests > 0;
}

const chromiumPad = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const gereedschap =
  stap(
    'Chromium aanwezig',
    zorgVoor(chromiumPad, 'chromium', 'Installeer Chromium (Debian: apt-get install chromium) of zet CHROMIUM_PATH naar een Chrome/Chromium.'),
  ) &&
  stap('Java aanwezig (voor de HTML-controle)', zorgVoor('/usr/bin/java', 'default-jre-headless', 'Installeer Java 11 of nieuwer.')) &&
  stap('pdftotext aanwezig (voor PDF-controles)', zorgVoor('/usr/bin/pdftotext', 'poppler-utils', 'Installeer poppler-utils.')) &&
  // Real web servers, to test the header files the build writes for hosts that ignore _headers.
  // PDFBox Preflight and qpdf check the PDFs from the outside (PDF/A); the sRGB profile they embed is compared with Debian's.
  stap(
    'PDFBox Preflight, qpdf en het sRGB-profiel aanwezig (voor de PDF/A-controle)',
    zorgVoor('/usr/share/java/preflight.jar', 'libpdfbox2-java', 'Installeer libpdfbox2-java.') &&
      zorgVoor('/usr/share/java/javax.activation.jar', 'libactivation-java', 'Installeer libactivation-java.') &&
      zorgVoor('/usr/share/java/jaxb-api.jar', 'libjaxb-api-java', 'Installeer libjaxb-api-java.') &&
      zorgVoor('/usr/bin/qpdf', 'qpdf', 'Installeer qpdf.') &&
      zorgVoor('/usr/share/color/icc/sRGB.icc', 'icc-profiles-free', 'Installeer icc-profiles-free.'),
  ) &&
  stap(
    'nginx, Apache en Caddy aanwezig (voor de hostconfiguratie)',
    zorgVoor('/usr/sbin/nginx', 'nginx-light', 'Installeer nginx.') &&
      zorgVoor('/usr/sbin/apache2', 'apache2', 'Installeer Apache 2.') &&
      zorgVoor('/usr/bin/caddy', 'caddy', 'Installeer Caddy.'),
  );

stap('typecontrole (astro check)', draai('astro', ['check']));
stap('lint (ESLint: TypeScript, toegankelijkheid, Astro)', draai('npm', ['run', '--silent', 'lint']));
stap('opmaak (Prettier --check)', draai('npm', ['run', '--silent', 'opmaak:controle']));
stap('ongebruikte code (knip)', draai('npm', ['run', '--silent', 'ongebruikt']));
vitest('unit- en buildtests (Vitest-projecten unit, build)', ['unit', 'build']);
const gebouwd = stap('productiebuild (npm run build)', draai('npm', ['run', 'build']));
if (gebouwd && gereedschap) vitest('tests op de gebouwde site (Vitest-projecten site, browser, browser-alleen)', ['site', 'browser', 'browser-alleen']);
else stap('tests op de gebouwde site (overgeslagen: build of gereedschap ontbreekt)', false);

console.log(`\n${rapport.join('\n')}\n`);
console.log(`${uitslagen.passed} passed, ${uitslagen.failed} failed, ${uitslagen.skipped} skipped`);
process.exit(uitslagen.failed > 0 ? 1 : 0);
