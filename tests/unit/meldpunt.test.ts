import { describe, expect, it } from 'vitest';
import { leesMeldpunt } from '../../src/lib/site/meldpunt.ts';

describe('MELDPUNT', () => {
  it('is optional', () => {
    expect(leesMeldpunt(undefined)).toBeUndefined();
    expect(leesMeldpunt('  ')).toBeUndefined();
  });
  it.each([
    ['toegankelijkheid@voorbeeld.nl', { href: 'mailto:toegankelijkheid@voorbeeld.nl', tekst: 'toegankelijkheid@voorbeeld.nl' }],
    ['https://voorbeeld.nl/contact', { href: 'https://voorbeeld.nl/contact', tekst: 'voorbeeld.nl/contact' }],
    ['https://voorbeeld.nl', { href: 'https://voorbeeld.nl/', tekst: 'voorbeeld.nl' }],
  ])('accepts %s', (invoer, verwacht) => {
    expect(leesMeldpunt(invoer)).toEqual(verwacht);
  });
  it.each(['http://voorbeeld.nl', 'voorbeeld.nl', 'https://localhost', 'mailto:iemand', 'javascript:alert(1)'])('refuses %s with a Dutch message', (invoer) => {
    expect(() => leesMeldpunt(invoer)).toThrow(/geen https-adres en geen e-mailadres/);
  });
});
