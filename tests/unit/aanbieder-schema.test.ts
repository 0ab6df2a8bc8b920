import { describe, expect, it } from 'vitest';
import { aanbiederSchema } from '../../src/lib/schemas/aanbieder.ts';

const geldig = {
  naam: 'Voorbeeld',
  regio: ['noord-en-midden-limburg'],
  laatst_gecontroleerd: '2026-11-22',
  bronnen: [{ document: 'aanpak-noord-midden-limburg', sectie: 'Aanbieders' }],
};

describe('aanbiederSchema', () => {
  it('accepts the minimum: naam, regio, date and source', () => {
    expect(aanbiederSchema.safeParse(geldig).success).toBe(true);
  });

  it.each([
    ['telefoon', { telefoon: '12345' }],
    ['website zonder domein', { website: 'https://voorbeeld' }],
    ['website zonder https', { website: 'www.voorbeeld.nl' }],
    ['onbekend veld', { openingstijden: '9-5' }],
    ['geen bron', { bronnen: [] }],
    // Whether a document exists is the check's (content/bronnen): tests/unit/content-controle.test.ts.
    ['leeg brondocument', { bronnen: [{ document: '', sectie: 'x' }] }],
    ['geen regio', { regio: [] }],
    ['onbekende verslavingsvorm', { verslavingsvormen: ['koffie'] }],
    ['bovenregionaal als tekst', { bovenregionaal: 'ja' }],
    ['e-mail', { email: 'info@' }],
  ])('refuses: %s', (_naam, wijziging) => {
    expect(aanbiederSchema.safeParse({ ...geldig, ...wijziging }).success).toBe(false);
  });

  it('refuses a missing source', () => {
    const { bronnen: _weg, ...zonder } = geldig;
    expect(aanbiederSchema.safeParse(zonder).success).toBe(false);
  });
});
