// Shared by the browser suites: a static server over dist/ and a real Chromium
// (Debian's, driven by playwright-core) that records every request and console error.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startStatischeServer } from '../../scripts/statische-server.ts';

export const DIST = join(import.meta.dirname, '../../dist');

export function chromiumPad(): string {
  const pad = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(pad)) {
    throw new Error(`Chromium niet gevonden op ${pad}. Installeer het (apt-get install chromium) of zet CHROMIUM_PATH naar een Chrome/Chromium.`);
  }
  return pad;
}

/** Flags that keep Chromium from reaching out to anything but the test server (also for Lighthouse in the bench). */
export const CHROMIUM_ARGUMENTEN = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1 , EXCLUDE localhost',
];

/** Every built page as a URL path: "/", "/route/x/", "/404.html". */
export function gebouwdePaginas(): string[] {
  if (!existsSync(DIST)) throw new Error('dist/ ontbreekt: draai eerst `npm run build`.');
  return readdirSync(DIST, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.html'))
    .map((d) => relative(DIST, join(d.parentPath, d.name)).split(sep).join('/'))
    .map((p) => (p === '404.html' ? '/404.html' : `/${p.replace(/index\.html$/, '')}`))
    .sort();
}

export interface Sessie {
  browser: Browser;
  server: Server;
  origin: string;
  stop(): Promise<void>;
}

export async function startSessie(): Promise<Sessie> {
  const { server, origin } = await startStatischeServer(DIST);
  const browser = await chromium.launch({ executablePath: chromiumPad(), args: CHROMIUM_ARGUMENTEN, ignoreDefaultArgs: ['--headless=new'] });
  return {
    browser,
    server,
    origin,
    async stop() {
      await browser.close();
      await new Promise((klaar) => server.close(klaar));
    },
  };
}

export interface Bewaakte {
  page: Page;
  /** Requests to anything other than the test server's origin (data: and blob: excepted). */
  externeVerzoeken: string[];
  /** Console errors, page errors and CSP violations. */
  fouten: string[];
}

/** A new page that records outside requests and errors; outside requests are also aborted. */
export async function bewaaktePagina(
  sessie: Sessie,
  opties: { viewport?: { width: number; height: number }; javaScript?: boolean; zonderCsp?: boolean } = {},
): Promise<Bewaakte> {
  const context = await sessie.browser.newContext({
    viewport: opties.viewport ?? { width: 1280, height: 900 },
    javaScriptEnabled: opties.javaScript ?? true,
    // Only for testing this guard itself: with the CSP on, Chromium blocks an outside request
    // before it reaches the route below, so the guard would never get to see one.
    bypassCSP: opties.zonderCsp ?? false,
  });
  const page = await context.newPage();
  const externeVerzoeken: string[] = [];
  const fouten: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(sessie.origin + '/') || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    externeVerzoeken.push(url);
    return route.abort();
  });
  page.on('console', (bericht) => {
    if (bericht.type() === 'error') fouten.push(`console: ${bericht.text()}`);
  });
  page.on('pageerror', (fout) => fouten.push(`pagina: ${fout.message}`));
  return { page, externeVerzoeken, fouten };
}

/**
 * Counts the page's open requests from now on (a worker's requests count too: Chromium reports
 * them on its page). The returned function waits until none is open and none has started or
 * ended for `stilMs`. Unlike waitForLoadState('networkidle'), which resolves at once when the page
 * was idle once before, this waits for what a focus or click started.
 */
export function volgVerzoeken(page: Page): (stilMs?: number) => Promise<void> {
  let open = 0;
  let laatste = Date.now();
  const telOp = (stap: number) => () => ((open += stap), (laatste = Date.now()));
  page.on('request', telOp(1));
  page.on('requestfinished', telOp(-1));
  page.on('requestfailed', telOp(-1));
  return async (stilMs = 1000) => {
    while (open > 0 || Date.now() - laatste < stilMs) await new Promise((r) => setTimeout(r, 100));
  };
}

let axeBron: string | undefined;

/** The WCAG 2.0/2.1 A and AA rules every test runs; `streng` adds WCAG 2.2 AA and axe's best practices. */
const AXE_WCAG21 = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;
const AXE_STRENG = [...AXE_WCAG21, 'wcag22aa', 'best-practice'] as const;

/**
 * axe-core's violations on the page as "rule (impact): help — targets"; [] when none. Run through
 * the DevTools protocol: the page's CSP (rightly) forbids injected scripts.
 */
export async function axe(page: Page, opties: { streng?: boolean } = {}): Promise<string[]> {
  axeBron ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  const regels = opties.streng ? AXE_STRENG : AXE_WCAG21;
  const r = (await page.evaluate(`${axeBron}
    axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(regels)} }, resultTypes: ['violations'] })`)) as {
    violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
  };
  return r.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The heading of the melding form's current step. */
export const stapKop = (page: Page) => page.locator('.stap-kop').first().textContent();

/** Today, or some days from it, in the Netherlands, as ISO (turn it into form input with datumVoorFormulier). */
export const isoDag = (dagen = 0) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(new Date(Date.now() + dagen * 86_400_000));
