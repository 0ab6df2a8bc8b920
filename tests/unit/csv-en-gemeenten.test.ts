import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { leesCsv } from '../../src/lib/gemeenten/csv.ts';
import { leesGemeenten } from '../../src/lib/gemeenten/gemeenten.ts';

describe('leesCsv', () => {
  it('reads quotes, commas, line breaks and empty fields', () => {
    expect(leesCsv('a,b,c\r\n"x, y","z ""q""",\n"twee\nregels",,3\n')).toEqual([
      ['a', 'b', 'c'],
      ['x, y', 'z "q"', ''],
      ['twee\nregels', '', '3'],
    ]);
  });
});

describe("the project's gemeente list", () => {
  const gemeenten = leesGemeenten(readFileSync(new URL('../../src/data/gemeenten.csv', import.meta.url), 'utf8'));

  it('holds all 342 gemeenten with a unique CBS code', () => {
    expect(gemeenten).toHaveLength(342);
    expect(new Set(gemeenten.map((g) => g.cbsCode)).size).toBe(342);
    expect(gemeenten.every((g) => /^GM\d{4}$/.test(g.cbsCode))).toBe(true);
  });

  it('reads names with a comma and the regio data', () => {
    expect(gemeenten.map((g) => g.naam)).toContain('Nuenen, Gerwen en Nederwetten');
    const venlo = gemeenten.find((g) => g.naam === 'Venlo');
    expect(venlo).toMatchObject({ provincie: 'Limburg', centrumgemeente: 'Venlo', bwRegio: 'Noord- en Midden-Limburg', zekerheid: 'bron' });
    const weert = gemeenten.find((g) => g.naam === 'Weert');
    expect(weert?.zekerheid).toBe('afgeleid');
    const gennep = gemeenten.find((g) => g.naam === 'Gennep');
    expect(gennep).toMatchObject({ centrumgemeente: null, bwRegio: null, zekerheid: null });
  });

  it('counts per province as the source says', () => {
    const per = (p: string) => gemeenten.filter((g) => g.provincie === p).length;
    expect([per('Noord-Brabant'), per('Gelderland'), per('Fryslân'), per('Flevoland')]).toEqual([56, 51, 18, 6]);
  });
});
