// A minimal static host for dist/: directory index, 404.html for unknown paths, and the
// headers from dist/_headers, the way Netlify or Cloudflare Pages would serve the site.
// Used by the browser tests and the benchmark; `npm start` uses Astro's own preview.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createGzip } from 'node:zlib';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { headersVoor, leesHeadersBestand } from '../src/lib/headers-bestand.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.ics': 'text/calendar; charset=utf-8',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

export function startStatischeServer(map: string, poort = 0): Promise<{ server: Server; origin: string }> {
  const basis = resolve(map);
  const headersPad = join(basis, '_headers');
  const regels = existsSync(headersPad) ? leesHeadersBestand(readFileSync(headersPad, 'utf8')) : [];

  const server = createServer((verzoek, antwoord) => {
    const url = new URL(verzoek.url ?? '/', 'http://localhost');
    let pad: string;
    try {
      pad = decodeURIComponent(url.pathname);
    } catch {
      antwoord.writeHead(400).end();
      return;
    }
    let bestand = normalize(join(basis, pad));
    // Inside dist/ only: a sibling such as dist-oud/ must not pass a plain prefix test.
    if (bestand !== basis && !bestand.startsWith(basis + sep)) {
      antwoord.writeHead(403).end();
      return;
    }
    if (existsSync(bestand) && statSync(bestand).isDirectory()) {
      if (!pad.endsWith('/')) {
        antwoord.writeHead(301, { Location: `${pad}/${url.search}` }).end();
        return;
      }
      bestand = join(bestand, 'index.html');
    }
    let status = 200;
    if (!existsSync(bestand) || !statSync(bestand).isFile()) {
      status = 404;
      bestand = join(basis, '404.html');
    }
    const headers: Record<string, string> = {
      'Content-Type': TYPES[extname(bestand)] ?? 'application/octet-stream',
      // no-cache, not no-store: browsers may keep the page for back/forward (as on a real host).
      'Cache-Control': 'no-cache',
    };
    for (const [naam, waarde] of headersVoor(regels, pad)) headers[naam] = waarde;
    // Compress text like every real static host does (Pagefind's files are compressed already).
    const comprimeer =
      /^(text\/|application\/(json|manifest)|image\/svg|font\/ttf)/.test(headers['Content-Type'] ?? '') &&
      /\bgzip\b/.test(String(verzoek.headers['accept-encoding'] ?? ''));
    if (comprimeer) {
      headers['Content-Encoding'] = 'gzip';
      headers.Vary = 'Accept-Encoding';
    }
    antwoord.writeHead(status, headers);
    if (verzoek.method === 'HEAD') {
      antwoord.end();
      return;
    }
    const stroom = createReadStream(bestand);
    (comprimeer ? stroom.pipe(createGzip()) : stroom).pipe(antwoord);
  });

  return new Promise((klaar) => {
    server.listen(poort, '127.0.0.1', () => {
      const adres = server.address();
      const echtePoort = typeof adres === 'object' && adres ? adres.port : poort;
      klaar({ server, origin: `http://127.0.0.1:${echtePoort}` });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const poort = Number(process.env.PORT ?? 4321);
  const { origin } = await startStatischeServer(process.argv[2] ?? 'dist', poort);
  console.log(`dist/ wordt geserveerd op ${origin}/`);
}
