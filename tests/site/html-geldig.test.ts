// Every built page is valid HTML according to the Nu Html Checker (vnu-jar, Java).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { DIST, gebouwdePaginas } from './browser.ts';

interface VnuBericht {
  type: string;
  subType?: string;
  url: string;
  lastLine?: number;
  message: string;
}

// The package's main module exports the path of the jar.
const vnuJar = createRequire(import.meta.url)('vnu-jar') as string;
const paginas = gebouwdePaginas();
const bestanden = paginas.map((p) => join(DIST, p === '/404.html' ? '404.html' : `${p.slice(1)}index.html`));

// One Java start for all pages; vnu reports JSON on stderr. It reads file: URLs (it refuses
// to fetch from localhost). Its CSP emulation is filtered: against a file: origin it rejects
// same-origin files, and it rejects our inline CSS although the SHA-256 is in the policy. The
// CSP is checked exactly below (hash of every inline element) and enforced by real Chromium in
// paginas.browser.test.ts, which fails on any CSP violation.
const uitkomst = spawnSync(
  'java',
  ['-jar', vnuJar, '--format', 'json', '--filterpattern', '(Resource|Inline style|Inline script) violates Content Security Policy.*', ...bestanden],
  { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
);
const berichten: VnuBericht[] = (JSON.parse(uitkomst.stderr) as { messages: VnuBericht[] }).messages;

// Warnings we accept on purpose, each for one page and one message, with its reason.
const BEWUSTE_WAARSCHUWINGEN: { pad: string; bericht: RegExp; reden: string }[] = [
  {
    pad: '/route/de-route-stap-voor-stap/',
    bericht: /^info\/warning regel \d+: The “list” role is unnecessary for element “ol”\.$/,
    reden:
      'The timeline has list-style: none; Safari/VoiceOver then drops list semantics unless role="list" is explicit (https://www.scottohara.me/blog/2019/01/12/lists-and-safari.html).',
  },
];

describe('valid HTML (Nu Html Checker)', () => {
  it('the check has run', () => {
    expect(uitkomst.error).toBeUndefined();
    expect(uitkomst.stderr).toContain('"version"');
  });

  it.each(BEWUSTE_WAARSCHUWINGEN)('the deliberate warning on $pad still occurs (remove it otherwise)', ({ pad, bericht }) => {
    const bestand = bestanden[paginas.indexOf(pad)];
    const teksten = berichten
      .filter((b) => decodeURIComponent(new URL(b.url).pathname) === bestand)
      .map((b) => `${b.type}${b.subType ? `/${b.subType}` : ''} regel ${b.lastLine ?? '?'}: ${b.message}`);
    expect(teksten.some((t) => bericht.test(t))).toBe(true);
  });

  it.each(paginas.map((p, i) => [p, bestanden[i]!] as const))('%s has no errors or warnings', (pad, bestand) => {
    const hier = berichten
      .filter((b) => decodeURIComponent(new URL(b.url).pathname) === bestand)
      .map((b) => `${b.type}${b.subType ? `/${b.subType}` : ''} regel ${b.lastLine ?? '?'}: ${b.message}`)
      .filter((tekst) => !BEWUSTE_WAARSCHUWINGEN.some((w) => w.pad === pad && w.bericht.test(tekst)));
    expect(hier).toEqual([]);
  });
});

describe('Content-Security-Policy', () => {
  it.each(paginas.map((p, i) => [p, bestanden[i]!] as const))('%s: every inline script and inline style is in the policy with its hash', (_pad, bestand) => {
    const pagina = parse(readFileSync(bestand, 'utf8'));
    const csp = pagina.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
    const hashes = (richting: string) => new Set([...(csp.split(richting)[1]?.split(';')[0] ?? '').matchAll(/'(sha256-[^']+)'/g)].map((m) => m[1]));
    const sha = (tekst: string) => `sha256-${createHash('sha256').update(tekst).digest('base64')}`;
    // rawText: the bytes the browser hashes, entities and all.
    const stijlen = pagina.querySelectorAll('style').map((stijl) => sha(stijl.rawText));
    // Data blocks (JSON-LD) never run, so script-src does not apply to them.
    const scripts = pagina.querySelectorAll('script:not([src]):not([type="application/ld+json"])').map((script) => sha(script.rawText));
    // Styled at all: the site's stylesheet, or CSS inline (small page-specific CSS stays inline).
    expect(stijlen.length + pagina.querySelectorAll('link[rel="stylesheet"][href^="/_astro/"]').length).toBeGreaterThan(0);
    expect(stijlen.filter((h) => !hashes('style-src').has(h))).toEqual([]);
    expect(scripts.filter((h) => !hashes('script-src').has(h))).toEqual([]);
    // No inline style attributes: the policy has no 'unsafe-inline'.
    expect(pagina.querySelectorAll('[style]').map((element) => element.outerHTML)).toEqual([]);
  });
});
