import { describe, expect, it } from 'vitest';
import { beoordeel, keuzeUitZoekparameters, telling, zoekparametersUitKeuze, type AanbiederKenmerken } from '../../src/lib/aanbieders/filter.ts';

const bekend: AanbiederKenmerken = { regio: ['a'], verslavingsvormen: ['alcohol', 'gokken'], methodiek: ['cgt'], bovenregionaal: true };
const onbekend: AanbiederKenmerken = { regio: ['a', 'b'], verslavingsvormen: null, methodiek: null, bovenregionaal: null };

describe('beoordeel', () => {
  it.each([
    [bekend, {}, 'past'],
    [bekend, { regio: 'a' }, 'past'],
    [bekend, { regio: 'b' }, 'past-niet'],
    [bekend, { verslavingsvorm: 'gokken' }, 'past'],
    [bekend, { verslavingsvorm: 'drugs' }, 'past-niet'],
    [bekend, { methodiek: 'act' }, 'past-niet'],
    [bekend, { bovenregionaal: true }, 'past'],
    [{ ...bekend, bovenregionaal: false }, { bovenregionaal: true }, 'past-niet'],
    [onbekend, {}, 'past'],
    [onbekend, { regio: 'b' }, 'past'],
    [onbekend, { verslavingsvorm: 'gokken' }, 'onbekend'],
    [onbekend, { methodiek: 'cgt' }, 'onbekend'],
    [onbekend, { bovenregionaal: true }, 'onbekend'],
    [onbekend, { regio: 'c', verslavingsvorm: 'gokken' }, 'past-niet'],
  ] as const)('%j with %j → %s', (a, keuze, verwacht) => {
    expect(beoordeel(a, keuze)).toBe(verwacht);
  });
});

describe('telling', () => {
  it.each([
    [['past', 'past'], 'Beide aanbieders passen bij je keuze.'],
    [['past', 'past', 'past'], 'Alle 3 aanbieders passen bij je keuze.'],
    [[], '0 van 0 aanbieders passen bij je keuze.'],
    [['past', 'past-niet'], '1 van 2 aanbieders past bij je keuze.'],
    [['past-niet', 'past-niet', 'past-niet'], '0 van 3 aanbieders passen bij je keuze.'],
    [['past-niet', 'onbekend'], '0 van 2 aanbieders passen bij je keuze. Van 1 aanbieder is niet bekend of die past; die staat er niet bij.'],
    [['past'], 'De enige aanbieder past bij je keuze.'],
  ] as const)('%j → %s', (uitkomsten, zin) => {
    expect(telling(uitkomsten)).toBe(zin);
  });
});

describe('search parameters', () => {
  it('go there and back without loss', () => {
    const keuze = { regio: 'achterhoek', verslavingsvorm: 'gokken', methodiek: 'cgt', bovenregionaal: true };
    const params = zoekparametersUitKeuze(keuze);
    expect(params.toString()).toBe('regio=achterhoek&vorm=gokken&methodiek=cgt&bovenregionaal=ja');
    expect(keuzeUitZoekparameters(params)).toEqual(keuze);
    expect(keuzeUitZoekparameters(new URLSearchParams('bovenregionaal=nee'))).toEqual({
      regio: undefined,
      verslavingsvorm: undefined,
      methodiek: undefined,
      bovenregionaal: undefined,
    });
  });
});
