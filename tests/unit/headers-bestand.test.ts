import { describe, expect, it } from 'vitest';
import { headersVoor, leesHeadersBestand, padPastBij } from '../../src/lib/headers-bestand.ts';

describe('_headers', () => {
  const regels = leesHeadersBestand('# uitleg\n/*\n  X-A: 1\n  X-B: a: b\n/route/\n  Content-Security-Policy: default-src \'self\'\n');

  it('leest patronen en headers, ook met een dubbele punt in de waarde', () => {
    expect(regels).toEqual([
      { patroon: '/*', headers: [['X-A', '1'], ['X-B', 'a: b']] },
      { patroon: '/route/', headers: [['Content-Security-Policy', "default-src 'self'"]] },
    ]);
  });

  it('past patronen toe zoals een statische host', () => {
    expect(padPastBij('/*', '/iets/')).toBe(true);
    expect(padPastBij('/route/', '/route/x/')).toBe(false);
    expect(headersVoor(regels, '/route/').map(([n]) => n)).toEqual(['X-A', 'X-B', 'Content-Security-Policy']);
    expect(headersVoor(regels, '/handboek/').map(([n]) => n)).toEqual(['X-A', 'X-B']);
  });
});
