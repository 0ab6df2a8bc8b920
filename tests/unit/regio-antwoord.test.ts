import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { leesGemeenten } from '../../src/lib/gemeenten/gemeenten.ts';
import { bronnamenUitRegios, leesbareOpmerking } from '../../src/lib/gemeenten/opmerking.ts';
import { pastBijZoekterm, zoekvorm } from '../../src/lib/gemeenten/namen.ts';
import { regioAntwoord, regioZin, zoeknamen } from '../../src/lib/gemeenten/regio-antwoord.ts';

const gemeenten = leesGemeenten(readFileSync(new URL('../../src/data/gemeenten.csv', import.meta.url), 'utf8'));
const gemeente = (naam: string) => gemeenten.find((g) => g.naam === naam)!;
const portaal = [{ id: 'noord-en-midden-limburg', naam: 'Noord- en Midden-Limburg', gemeenten: ['Venlo', 'Weert'] }];

describe('regioAntwoord', () => {
  it("a gemeente in one of the portal's regio's: melding at its own gemeente, link to the regio", () => {
    expect(regioAntwoord(gemeente('Venlo'), portaal)).toMatchObject({
      meldingBij: 'het Wmo-loket van de gemeente Venlo',
      bwRegio: 'Noord- en Midden-Limburg',
      centrumgemeente: 'Venlo',
      afgeleid: false,
      portaalRegio: { id: 'noord-en-midden-limburg' },
    });
  });

  it('a derived row says so', () => {
    expect(regioAntwoord(gemeente('Weert'), portaal).afgeleid).toBe(true);
  });

  it('a regio without a page on the portal', () => {
    expect(regioAntwoord(gemeente('Groningen'), portaal)).toMatchObject({ bwRegio: 'Groningen', centrumgemeente: 'Groningen', portaalRegio: null });
  });

  it('a regio without a known central gemeente', () => {
    expect(regioAntwoord(gemeente('Deventer'), portaal)).toMatchObject({ bwRegio: 'Midden-IJssel', centrumgemeente: null });
  });

  it('a gemeente without a regio', () => {
    expect(regioAntwoord(gemeente('Gennep'), portaal)).toMatchObject({
      meldingBij: 'het Wmo-loket van de gemeente Gennep',
      bwRegio: null,
      centrumgemeente: null,
      portaalRegio: null,
    });
  });

  it("'s-Gravenhage is also called Den Haag", () => {
    expect(regioAntwoord(gemeente("'s-Gravenhage"), portaal).alias).toBe('Den Haag');
  });

  it('Weesp is found under Amsterdam, with a link to Gooi en Vechtstreek', () => {
    const metGv = [...portaal, { id: 'gooi-en-vechtstreek', naam: 'Gooi en Vechtstreek', gemeenten: ['Hilversum'] }];
    const amsterdam = regioAntwoord(gemeente('Amsterdam'), metGv);
    expect(pastBijZoekterm(zoeknamen(amsterdam), 'Weesp')).toBe(true);
    expect(amsterdam.voormalig).toEqual([expect.objectContaining({ naam: 'Weesp', sinds: '24 maart 2022' })]);
    expect(amsterdam.ookRegio).toEqual({ id: 'gooi-en-vechtstreek', naam: 'Gooi en Vechtstreek', voor: 'Weesp' });
    // Without that region on the portal there is nothing to link to.
    expect(regioAntwoord(gemeente('Amsterdam'), portaal).ookRegio).toBeNull();
    expect(regioAntwoord(gemeente('Hilversum'), metGv).ookRegio).toBeNull();
  });

  it('a former gemeente is found under the gemeente it is part of now', () => {
    expect(pastBijZoekterm(zoeknamen(regioAntwoord(gemeente('Voorne aan Zee'), portaal)), 'hellevoet')).toBe(true);
    expect(regioAntwoord(gemeente('Vught'), portaal).voormalig.map((v) => v.naam)).toEqual(['Haaren']);
  });

  it('every gemeente gets an answer with its own Wmo desk', () => {
    for (const g of gemeenten) expect(regioAntwoord(g, portaal).meldingBij).toContain(g.naam);
  });
});

describe('searching by gemeente', () => {
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
  ] as const)('%j with "%s" → %s', (namen, term, verwacht) => {
    expect(pastBijZoekterm(namen, term)).toBe(verwacht);
  });

  it('zoekvorm removes accents and punctuation', () => {
    expect(zoekvorm("  'S-Hertogenbosch ")).toBe('s hertogenbosch');
  });
});

describe('the text of an answer', () => {
  const bronnamen = bronnamenUitRegios(readFileSync(new URL('../../src/data/bw_regios.csv', import.meta.url), 'utf8'));
  const alle = gemeenten.map((g) => regioAntwoord(g, portaal, bronnamen));

  it.each([
    ['Venlo', 'Regio beschermd wonen: Noord- en Midden-Limburg, centrumgemeente Venlo.'],
    ['Deventer', 'Regio beschermd wonen: Midden-IJssel; de centrumgemeente is onbekend.'],
    ['Weert', 'Regio beschermd wonen: Noord- en Midden-Limburg, centrumgemeente Venlo. Let op: afgeleid, niet in een bron gelezen.'],
    ['Gennep', 'De regio beschermd wonen van deze gemeente is onbekend.'],
  ])('%s: %s', (naam, zin) => {
    expect(regioZin(regioAntwoord(gemeente(naam), portaal, bronnamen))).toBe(zin);
  });

  it('no space before a comma or semicolon, in any gemeente', () => {
    for (const a of alle) expect(`${regioZin(a)} ${a.opmerking ?? ''}`).not.toMatch(/ [,;]/);
  });

  it('remarks name readable sources, no internal keys or abbreviations', () => {
    const opmerkingen = alle.flatMap((a) => (a.opmerking ? [a.opmerking] : []));
    expect(opmerkingen.length).toBeGreaterThan(20);
    for (const o of opmerkingen) expect(o).not.toMatch(/BW-[A-Z]|NML-convenant|\bBW\b|\bMO\b/);
    expect(regioAntwoord(gemeente('Assen'), portaal, bronnamen).opmerking).toContain('(bron: regionieuwshoogeveen.nl)');
    expect(regioAntwoord(gemeente('Gennep'), portaal, bronnamen).opmerking).toBe(
      'Ontbreekt op de partijenlijst van het convenant Beschermd Wonen en Opvang Noord- en Midden-Limburg 2020-2021; regio niet gevonden',
    );
  });

  it('an unknown source key does not become an internal code', () => {
    expect(leesbareOpmerking('Iets (bron BW-XYZ)', {})).toBe('Iets (bron: referentiebestand)');
  });
});
