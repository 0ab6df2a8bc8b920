import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { leesGemeenten } from '../../src/lib/gemeenten/gemeenten.ts';
import {
  ALIASSEN,
  gemeenteOpties,
  herkenGemeente,
  officieleGemeente,
  opgehevenZin,
  optieLabel,
  optieNamen,
  pastBijZoekterm,
  VOORMALIGE_GEMEENTEN,
} from '../../src/lib/gemeenten/namen.ts';

const namen = leesGemeenten(readFileSync(new URL('../../src/data/gemeenten.csv', import.meta.url), 'utf8')).map((g) => g.naam);
const gemeenten = new Set(namen);
const bronnen = new Set(readdirSync(new URL('../../content/bronnen/', import.meta.url)).map((f) => f.replace(/\.md$/, '')));

describe('the one list of gemeente names', () => {
  it('every alias and every former gemeente points at a gemeente of today, and no former name is a gemeente now', () => {
    for (const officieel of Object.keys(ALIASSEN)) expect(gemeenten.has(officieel), officieel).toBe(true);
    for (const v of VOORMALIGE_GEMEENTEN) {
      for (const nu of v.nuDeelVan) expect(gemeenten.has(nu), `${v.naam} → ${nu}`).toBe(true);
      expect(gemeenten.has(v.naam), v.naam).toBe(false);
    }
    for (const v of VOORMALIGE_GEMEENTEN) expect(bronnen.has(v.bron), `bron van ${v.naam}: ${v.bron}`).toBe(true);
  });

  it.each([
    ['Den Bosch', "'s-Hertogenbosch"],
    ['den  bosch', "'s-Hertogenbosch"],
    ['Ven\u00adlo', 'Venlo'],
    ['Den Haag', "'s-Gravenhage"],
    ['Weesp', 'Amsterdam'],
    ['brielle', 'Voorne aan Zee'],
    ['Uden', 'Maashorst'],
    ['Boxmeer', 'Land van Cuijk'],
    ['Delfzijl', 'Eemsdelta'],
    ['Beemster', 'Purmerend'],
    ['Heerhugowaard', 'Dijk en Waard'],
    ['sudwest fryslan', 'Súdwest-Fryslân'],
    ['Venlo', 'Venlo'],
  ])('"%s" is the gemeente %s', (invoer, naam) => {
    expect(herkenGemeente(invoer, gemeenten)).toEqual({ soort: 'gemeente', naam });
    expect(officieleGemeente(invoer, gemeenten)).toBe(naam);
  });

  it('a gemeente split over several (Haaren) asks for a choice instead of guessing a look-alike', () => {
    const h = herkenGemeente('Haaren', gemeenten);
    expect(h).toMatchObject({ soort: 'gesplitst', voormalig: { nuDeelVan: ['Boxtel', 'Oisterwijk', 'Tilburg', 'Vught'] } });
    expect(officieleGemeente('Haaren', gemeenten)).toBeNull();
    if (h.soort === 'gesplitst')
      expect(opgehevenZin(h.voormalig)).toBe('De gemeente Haaren is opgeheven per 1 januari 2021, nu onderdeel van Boxtel, Oisterwijk, Tilburg en Vught.');
  });

  it('an unknown name stays unknown', () => {
    expect(herkenGemeente('Baaren', gemeenten)).toEqual({ soort: 'onbekend' });
    expect(herkenGemeente('', gemeenten)).toEqual({ soort: 'onbekend' });
  });
});

describe('the options of a gemeente picker', () => {
  const opties = gemeenteOpties(namen);
  const gevonden = (term: string) => opties.filter((o) => pastBijZoekterm(optieNamen(o), term)).map((o) => optieLabel(o, term));

  it('offers everyday and former names, saying what they are', () => {
    expect(gevonden('Den Bosch')).toEqual(["'s-Hertogenbosch (Den Bosch)"]);
    expect(gevonden('Weesp')).toEqual(['Amsterdam (voorheen Weesp)']);
    expect(gevonden('Brielle')).toEqual(['Voorne aan Zee (voorheen Brielle)']);
    expect(gevonden('Haaren')).toEqual([
      'Boxtel (deels voorheen Haaren)',
      'Oisterwijk (deels voorheen Haaren)',
      'Tilburg (deels voorheen Haaren)',
      'Vught (deels voorheen Haaren)',
    ]);
  });

  it('finds a gemeente pasted with an invisible character', () => {
    expect(gevonden('Roer\u00admond')).toEqual(['Roermond']);
  });

  it('shows a former name only when it was searched for', () => {
    expect(gevonden('Amsterdam')).toEqual(['Amsterdam']);
    expect(gevonden('Hertogenbosch')).toEqual(["'s-Hertogenbosch (Den Bosch)"]);
  });

  it('every gemeente is an option once', () => {
    expect(opties.map((o) => o.waarde)).toEqual(namen);
  });
});
