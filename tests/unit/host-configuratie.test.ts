// The header rules written for hosts that ignore dist/_headers, and the stricter CSP for pages
// that run no script. The real servers are exercised in tests/site/host-configuratie.test.ts.
import { describe, expect, it } from 'vitest';
import { draaitScripts, zonderScripts } from '../../src/lib/csp-zonder-scripts.ts';
import { leesCsp, leesHeadersBestand, vereniCsp } from '../../src/lib/headers-bestand.ts';
import { headerProblemen, verwachteHeaders } from '../../src/lib/headers-controle.ts';
import { apacheHtaccess, caddyfile, effectieveRegels, nginxConfig, vercelJson } from '../../src/lib/host-configuratie.ts';

const regels = leesHeadersBestand(`/*
  X-Content-Type-Options: nosniff
  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'
/data/*
  Access-Control-Allow-Origin: *
  X-Content-Type-Options: nosniff
`);

describe('effective rules', () => {
  it('give a specific rule the general headers too, general rules first', () => {
    expect(effectieveRegels(regels)).toEqual([
      {
        patroon: '/*',
        prefix: '/',
        headers: [
          ['X-Content-Type-Options', 'nosniff'],
          ['Content-Security-Policy', "default-src 'self'; frame-ancestors 'none'"],
        ],
      },
      {
        patroon: '/data/*',
        prefix: '/data/',
        headers: [
          ['X-Content-Type-Options', 'nosniff'],
          ['Content-Security-Policy', "default-src 'self'; frame-ancestors 'none'"],
          ['Access-Control-Allow-Origin', '*'],
        ],
      },
    ]);
  });

  it('refuse a pattern that not every host can express, in Dutch', () => {
    expect(() => effectieveRegels(leesHeadersBestand('/:taal/*\n  X: y\n'))).toThrow(
      'Het headerpatroon "/:taal/*" kan niet naar nginx, Apache, Caddy en Vercel',
    );
  });
});

describe('host files', () => {
  it('nginx: one location per rule with every header, sent with error pages too', () => {
    const conf = nginxConfig(regels);
    expect(conf).toContain('location /data/ {\n    add_header X-Content-Type-Options "nosniff" always;');
    expect(conf).toContain('    add_header Access-Control-Allow-Origin "*" always;');
    expect(conf).toContain('error_page 404 /404.html;');
    expect(conf.match(/add_header Content-Security-Policy/g)).toHaveLength(2);
  });

  it('Apache: the specific rule in an <If> after the general headers', () => {
    const htaccess = apacheHtaccess(regels);
    expect(htaccess.indexOf('<If "%{REQUEST_URI} =~ m#^/data/#">')).toBeGreaterThan(htaccess.indexOf('Header always set Content-Security-Policy'));
    expect(htaccess).toContain('    Header always set Access-Control-Allow-Origin "*"');
  });

  it('Caddy: headers inside one route (kept in written order), then the file server', () => {
    const caddy = caddyfile(regels);
    expect(caddy).toContain('\theader /data/* Access-Control-Allow-Origin "*"');
    expect(caddy.indexOf('\tfile_server')).toBeGreaterThan(caddy.lastIndexOf('\theader'));
  });

  it('Vercel: a source per rule with its headers', () => {
    const vercel = JSON.parse(vercelJson(regels));
    expect(vercel.headers.map((h: { source: string }) => h.source)).toEqual(['/(.*)', '/data/(.*)']);
  });

  it('refuse a header value that would break a configuration file', () => {
    expect(() => nginxConfig(leesHeadersBestand('/*\n  X: a"b\n'))).toThrow('aanhalingsteken');
  });
});

describe('controleer-headers comparison', () => {
  it('names a missing and a wrong header, and accepts extra headers of the host', () => {
    const verwacht = verwachteHeaders(regels, '/data/x.json');
    const ontvangen = new Headers({ 'x-content-type-options': 'nosniff', 'access-control-allow-origin': 'https://elders.nl', server: 'nginx' });
    expect(headerProblemen(verwacht, ontvangen)).toEqual([
      'content-security-policy ontbreekt',
      'access-control-allow-origin is "https://elders.nl", verwacht "*"',
    ]);
    ontvangen.set('access-control-allow-origin', '*');
    ontvangen.set('content-security-policy', "default-src 'self'; frame-ancestors 'none'");
    expect(headerProblemen(verwacht, ontvangen)).toEqual([]);
  });
});

describe("script-src 'none' for pages that run no script", () => {
  const meta = (csp: string) => `<html><head><meta http-equiv="content-security-policy" content="${csp}"></head><body>`;
  const csp = "default-src 'self'; script-src 'self' 'sha256-abc'; style-src 'self'";

  it('a page with only JSON-LD runs no script and gets none', () => {
    const html = `${meta(csp)}<script type="application/ld+json">{"@type":"Thing"}</script></body></html>`;
    expect(draaitScripts(html)).toBe(false);
    const uit = zonderScripts(html)!;
    expect(leesCsp(uit.csp).get('script-src')).toEqual(new Set(["'none'"]));
    expect(uit.html).toContain("script-src 'none'");
    expect(leesCsp(uit.csp).get('style-src')).toEqual(new Set(["'self'"]));
  });

  it('a page with an inline or module script keeps its script sources', () => {
    for (const tag of ['<script>x()</script>', '<script type="module" src="/_astro/a.js"></script>']) {
      const html = `${meta(csp)}${tag}</body></html>`;
      expect(draaitScripts(html)).toBe(true);
      expect(zonderScripts(html)).toEqual({ html, csp });
    }
  });

  it("the host policy drops 'none' where other pages allow sources", () => {
    expect(vereniCsp(["script-src 'none'", "script-src 'self' 'sha256-abc'"])).toBe("script-src 'self' 'sha256-abc'");
    expect(vereniCsp(["script-src 'none'", "script-src 'none'"])).toBe("script-src 'none'");
  });
});
