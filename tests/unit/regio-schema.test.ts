import { describe, expect, it } from 'vitest';
import { regioNaamInZin, regioSchema } from '../../src/lib/schemas/regio.ts';

const geldig = {
  naam: 'Voorbeeldregio',
  gemeenten: ['Venlo'],
  aanmelding: { via: 'gemeentelijke-toegang', toelichting: 'Bij het Wmo-loket.' },
  laatst_gecontroleerd: '2026-11-22',
  bronnen: [{ document: 'aanpak-noord-midden-limburg', sectie: 'Beschrijving van het traject' }],
};

describe('regioSchema', () => {
  it('accepts the minimum: naam, gemeenten, aanmelding, date and source', () => {
    expect(regioSchema.safeParse(geldig).error?.issues ?? []).toEqual([]);
  });

  it.each([
    [
      'alle optionele velden',
      {
        lidwoord: 'de',
        centrumgemeente: 'Venlo',
        maximale_duur_maanden: 24,
        evaluatie: 'Elke drie maanden.',
        eisen: [{ onderwerp: 'Bereikbaarheid', eis: 'Dag en nacht.' }],
        resultaten: ['Kan abstinent blijven.'],
        ondersteuning: ['Omgaan met geld.'],
        beleid: { status: 'Voorstel', door: 'Het regionale overleg', toelichting: 'Wat en wanneer.' },
        website: 'https://www.voorbeeldregio.nl',
        correcties: [{ veld: 'website', in_de_bron: 'www.voorbeeldregio', toelichting: '.nl ontbrak.' }],
      },
    ],
    ['beleid zonder door', { beleid: { status: 'Voorstel', toelichting: 'Wat en wanneer.' } }],
    ['aanmelding via de kliniek', { aanmelding: { via: 'kliniek', toelichting: 'Via de kliniek.' } }],
  ])('accepts: %s', (_naam, wijziging) => {
    expect(regioSchema.safeParse({ ...geldig, ...wijziging }).error?.issues ?? []).toEqual([]);
  });

  it.each([
    ['geen gemeenten', { gemeenten: [] }],
    ['onbekende aanmeldroute', { aanmelding: { via: 'huisarts', toelichting: 'x' } }],
    ['aanmelding zonder toelichting', { aanmelding: { via: 'kliniek' } }],
    ['duur als tekst', { maximale_duur_maanden: 'twee jaar' }],
    ['duur als breuk', { maximale_duur_maanden: 1.5 }],
    ['duur nul', { maximale_duur_maanden: 0 }],
    ['eis zonder onderwerp', { eisen: [{ eis: 'Dag en nacht.' }] }],
    ['lege resultatenlijst', { resultaten: [] }],
    ['beleid zonder status', { beleid: { toelichting: 'x' } }],
    ['onbekend veld in beleid', { beleid: { status: 'x', toelichting: 'y', contactpersoon: 'Iemand' } }],
    ['website zonder domein', { website: 'https://voorbeeldregio' }],
    ['website zonder https', { website: 'www.voorbeeldregio.nl' }],
    ['onbekend lidwoord', { lidwoord: 'een' }],
    ['correctie zonder toelichting', { correcties: [{ veld: 'website', in_de_bron: 'x' }] }],
    ['onbekend veld', { maximale_duur: 12 }],
    ['datum in de verkeerde volgorde', { laatst_gecontroleerd: '22-11-2026' }],
    ['geen bron', { bronnen: [] }],
    // Whether a document exists is the check's (content/bronnen): tests/unit/content-controle.test.ts.
    ['leeg brondocument', { bronnen: [{ document: '', sectie: 'x' }] }],
    ['lege naam', { naam: '  ' }],
  ])('refuses: %s', (_naam, wijziging) => {
    expect(regioSchema.safeParse({ ...geldig, ...wijziging }).success).toBe(false);
  });

  it.each(['naam', 'gemeenten', 'aanmelding', 'laatst_gecontroleerd', 'bronnen'] as const)('refuses without required field %s', (veld) => {
    const { [veld]: _weg, ...zonder } = geldig;
    expect(regioSchema.safeParse(zonder).success).toBe(false);
  });
});

describe('regioNaamInZin', () => {
  it.each([
    [{ naam: 'Achterhoek', lidwoord: 'de' as const }, 'de Achterhoek'],
    [{ naam: 'Noord- en Midden-Limburg' }, 'Noord- en Midden-Limburg'],
  ])('%j → %s', (regio, verwacht) => {
    expect(regioNaamInZin(regio)).toBe(verwacht);
  });
});
