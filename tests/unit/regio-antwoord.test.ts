import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { leesGemeenten } from '../../src/lib/gemeenten/gemeenten.ts';
import { pastBijZoekterm, regioAntwoord, zoekvorm } from '../../src/lib/gemeenten/regio-antwoord.ts';

const gemeenten = leesGemeenten(readFileSync(new URL('../../src/data/gemeenten.csv', import.meta.url), 'utf8'));
const gemeente = (naam: string) => gemeenten.find((g) => g.naam === naam)!;
const portaal = [{ id: 'noord-en-midden-limburg', naam: 'Noord- en Midden-Limburg', gemeenten: ['Venlo', 'Weert'] }];

describe('regioAntwoord', () => {
  it('een gemeente in een regio van het portaal: melding bij eigen gemeente, link naar de regio', () => {
    expect(regioAntwoord(gemeente('Venlo'), portaal)).toMatchObject({
      meldingBij: 'het Wmo-loket van de gemeente Venlo',
      bwRegio: 'Noord- en Midden-Limburg',
      centrumgemeente: 'Venlo',
      afgeleid: false,
      portaalRegio: { id: 'noord-en-midden-limburg' },
    });
  });

  it('een afgeleide rij zegt dat', () => {
    expect(regioAntwoord(gemeente('Weert'), portaal).afgeleid).toBe(true);
  });

  it('een regio zonder pagina op het portaal', () => {
    expect(regioAntwoord(gemeente('Groningen'), portaal)).toMatchObject({ bwRegio: 'Groningen', centrumgemeente: 'Groningen', portaalRegio: null });
  });

  it('een regio zonder bekende centrumgemeente', () => {
    expect(regioAntwoord(gemeente('Deventer'), portaal)).toMatchObject({ bwRegio: 'Midden-IJssel', centrumgemeente: null });
  });

  it('een gemeente zonder regio', () => {
    expect(regioAntwoord(gemeente('Gennep'), portaal)).toMatchObject({ meldingBij: 'het Wmo-loket van de gemeente Gennep', bwRegio: null, centrumgemeente: null, portaalRegio: null });
  });

  it("'s-Gravenhage heet ook Den Haag", () => {
    expect(regioAntwoord(gemeente("'s-Gravenhage"), portaal).alias).toBe('Den Haag');
  });

  it('elke gemeente krijgt een antwoord met het eigen Wmo-loket', () => {
    for (const g of gemeenten) expect(regioAntwoord(g, portaal).meldingBij).toContain(g.naam);
  });
});

describe('zoeken op gemeente', () => {
  it.each([
    [['Venlo'], 'ven', true],
    [['Venlo'], 'lo', false],
    [["'s-Gravenhage", 'Den Haag'], 'den haag', true],
    [["'s-Gravenhage", 'Den Haag'], 'haag', true],
    [["'s-Gravenhage", 'Den Haag'], 'gravenhage', true],
    [['Súdwest-Fryslân'], 'sudwest', true],
    [['Súdwest-Fryslân'], 'fryslan', true],
    [['Bergen (L.)'], 'bergen l', true],
    [['Nuenen, Gerwen en Nederwetten'], 'gerwen', true],
    [['Venlo'], '', true],
    [['Venlo'], 'roermond', false],
  ] as const)('%j met "%s" → %s', (namen, term, verwacht) => {
    expect(pastBijZoekterm(namen, term)).toBe(verwacht);
  });

  it('zoekvorm haalt accenten en leestekens weg', () => {
    expect(zoekvorm("  'S-Hertogenbosch ")).toBe('s hertogenbosch');
  });
});
