// The headers of dist/_headers reach visitors on hosts that ignore that file too: the build
// writes them for nginx, Apache, Caddy and Vercel. Real nginx, Apache and Caddy serve dist/ here
// with those files, and `npm run controleer-headers` (the command a deployer runs) checks them.
import { execFile, spawnSync } from 'node:child_process';
import { get } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { promisify } from 'node:util';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { leesHeadersBestand } from '../../src/lib/headers-bestand.ts';
import { verwachteHeaders } from '../../src/lib/headers-controle.ts';
import { startStatischeServer } from '../../scripts/statische-server.ts';
import { DIST } from './browser.ts';
import { startApache, startCaddy, startNginx, type Host } from './hosts.ts';

const script = join(import.meta.dirname, '../../scripts/controleer-headers.ts');
const controleer = (origin: string) => spawnSync(process.execPath, [script, origin, '--dist', DIST], { encoding: 'utf8', timeout: 60_000 });
const regels = leesHeadersBestand(readFileSync(join(DIST, '_headers'), 'utf8'));

const gestart: Host[] = [];
afterAll(async () => {
  await Promise.all(gestart.map((h) => h.stop()));
});

/** Each host with the configuration file the build wrote for it. */
const HOSTS = [
  ['nginx', (d: string) => startNginx(d)],
  ['Apache', startApache],
  ['Caddy', startCaddy],
] as const;

describe('host configuration written by the build', () => {
  it.each(HOSTS)('%s serving dist/ with its file sends every header of _headers (npm run controleer-headers)', async (_naam, starter) => {
    const host = await starter(DIST);
    gestart.push(host);
    const uitkomst = controleer(host.origin);
    expect(uitkomst.stdout + uitkomst.stderr).toContain('Alle 5 adressen sturen de headers van dist/_headers.');
    expect(uitkomst.status).toBe(0);
  });

  it('controleer-headers fails, naming the missing header, on a host that ignores the configuration', async () => {
    const kaal = await startNginx(DIST, false);
    gestart.push(kaal);
    const uitkomst = controleer(kaal.origin);
    expect(uitkomst.status).toBe(1);
    expect(uitkomst.stdout).toMatch(/✗ \/melding\/ \(200\): .*content-security-policy ontbreekt/);
    expect(uitkomst.stdout).toContain('5 van 5 adressen missen headers.');
  });

  it('controleer-headers passes against the test server every browser test uses', async () => {
    // This server runs in the test's own process: the command must run asynchronously.
    const { server, origin } = await startStatischeServer(DIST);
    try {
      const { stdout } = await promisify(execFile)(process.execPath, [script, origin, '--dist', DIST], { encoding: 'utf8' });
      expect(stdout).toContain('Alle 5 adressen sturen de headers van dist/_headers.');
    } finally {
      await new Promise((klaar) => server.close(klaar));
    }
  });

  /** A PDF font as the host sends it to a browser that accepts gzip: type, encoding and the bytes unpacked. */
  async function haalLettertype(origin: string) {
    const { headers, body } = await new Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }>((klaar, fout) => {
      get(`${origin}/fonts/SafehouseSansPDF-Regular.ttf`, { headers: { 'Accept-Encoding': 'gzip' } }, (antwoord) => {
        const delen: Buffer[] = [];
        antwoord.on('data', (d: Buffer) => delen.push(d));
        antwoord.on('end', () => klaar({ headers: antwoord.headers, body: Buffer.concat(delen) }));
      }).on('error', fout);
    });
    const encoding = headers['content-encoding'];
    return { type: headers['content-type'], encoding, bytes: encoding === 'gzip' ? gunzipSync(body) : body, verstuurd: body.length };
  }
  const lettertype = readFileSync(join(DIST, 'fonts/SafehouseSansPDF-Regular.ttf'));

  it.each(HOSTS)('%s compresses the PDF fonts (.ttf, font/ttf) with the configuration the build wrote', async (_naam, starter) => {
    const host = await starter(DIST);
    gestart.push(host);
    const { type, encoding, bytes, verstuurd } = await haalLettertype(host.origin);
    expect(type).toBe('font/ttf');
    expect(encoding).toBe('gzip');
    expect(Buffer.compare(bytes, lettertype)).toBe(0);
    expect(verstuurd).toBeLessThan(lettertype.length * 0.7);
  });

  it('the test server compresses the PDF fonts too; nginx without the configuration does not (so the check can fail)', async () => {
    const { server, origin } = await startStatischeServer(DIST);
    try {
      expect(await haalLettertype(origin)).toMatchObject({ type: 'font/ttf', encoding: 'gzip' });
    } finally {
      await new Promise((klaar) => server.close(klaar));
    }
    const kaal = await startNginx(DIST, false);
    gestart.push(kaal);
    expect((await haalLettertype(kaal.origin)).encoding).toBeUndefined();
  });

  it('vercel.json gives every path the headers _headers gives it (Vercel applies every matching entry, later wins)', () => {
    const vercel = JSON.parse(readFileSync(join(DIST, 'vercel.json'), 'utf8')) as { headers: { source: string; headers: { key: string; value: string }[] }[] };
    for (const pad of ['/', '/melding/', '/data/aanbieders.json', '/_astro/x.js', '/bestaat-niet/']) {
      const gekregen = new Map<string, string>();
      for (const regel of vercel.headers) {
        if (new RegExp(`^${regel.source}$`).test(pad)) for (const { key, value } of regel.headers) gekregen.set(key.toLowerCase(), value);
      }
      expect(gekregen, pad).toEqual(verwachteHeaders(regels, pad));
    }
  });
});
