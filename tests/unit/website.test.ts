import { describe, expect, it } from 'vitest';
import { controleerWebsite, isEchteHostnaam, websiteSchema } from '../../src/lib/schemas/website.ts';

describe('websiteSchema', () => {
  it.each([
    ['https://www.metggz.nl/safehouse', 'https://www.metggz.nl/safehouse'],
    ['HTTPS://Example.COM', 'https://example.com/'],
    ['https://xn--bcher-kva.de/pad?x=1', 'https://xn--bcher-kva.de/pad?x=1'],
    // An internationalised domain stays as typed, not punycode (issue 16); the path is still URL's.
    ['https://www.Bücher.de/pad met spatie', 'https://www.bücher.de/pad%20met%20spatie'],
    ['https://bu\u0308cher.de', 'https://bücher.de/'],
    ['  https://regio.nl  ', 'https://regio.nl/'],
  ])('accepts %s', (invoer, verwacht) => {
    expect(websiteSchema.parse(invoer)).toBe(verwacht);
  });

  it.each([
    ['www.confidence-twende/safehouse', 'moet beginnen met https:// (bijvoorbeeld https://www.voorbeeld.nl).'],
    ['http://www.metggz.nl/safehouse', '"http://www.metggz.nl/safehouse" gebruikt http://; schrijf het met https://, zoals https://www.voorbeeld.nl.'],
    ['HTTP://regio.nl', 'gebruikt http://'],
    ['https://www.confidence-twende/safehouse', 'mist een extensie zoals .nl'],
    ['https://localhost:4321/', 'mist een extensie'],
    ['https://127.0.0.1/', 'gebruikt een IP-adres'],
    ['https://[::1]/', 'gebruikt een IP-adres'],
    ['ftp://bestanden.nl/', 'moet beginnen met https://'],
    ['https://gebruiker:geheim@site.nl/', 'gebruikersnaam of wachtwoord'],
    ['https://-fout-.nl/', 'geen geldige domeinnaam'],
    ['https://', 'geen geldig webadres'],
  ])('refuses %s with an explanation', (invoer, deel) => {
    const uitkomst = controleerWebsite(invoer);
    expect('fout' in uitkomst && uitkomst.fout).toContain(deel);
    expect(websiteSchema.safeParse(invoer).success).toBe(false);
  });

  it('the wrong seed URL is refused, the corrected one is not', () => {
    expect(isEchteHostnaam('www.confidence-twende')).toBe(false);
    expect(isEchteHostnaam('www.confidence-twende.nl')).toBe(true);
  });
});
