import { describe, expect, it } from 'vitest';
import { headersVoor, leesHeadersBestand, vereniCsp } from '../../src/lib/headers-bestand.ts';

describe('vereniCsp', () => {
  it('takes per directive every source of every policy, hashes sorted', () => {
    expect(
      vereniCsp([
        "default-src 'self'; script-src 'self' 'sha256-b'",
        "default-src 'self';script-src 'self' 'wasm-unsafe-eval' 'sha256-a'",
        "frame-ancestors 'none'",
      ]),
    ).toBe("default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-a' 'sha256-b'; frame-ancestors 'none'");
  });
  it('gives the same policy for identical pages, however many', () => {
    const pagina = "default-src 'self'; style-src 'self' 'sha256-x'";
    expect(vereniCsp(Array(2000).fill(pagina))).toBe(pagina);
  });
});

describe('leesHeadersBestand', () => {
  it('reads rules and finds the headers for a path', () => {
    const regels = leesHeadersBestand('# opmerking\n/*\n  X-Een: 1\n/a/*\n  X-Twee: 2\n');
    expect(headersVoor(regels, '/a/b')).toEqual([
      ['X-Een', '1'],
      ['X-Twee', '2'],
    ]);
    expect(headersVoor(regels, '/b')).toEqual([['X-Een', '1']]);
  });
});
