// The one date module (src/lib/kern/datum.ts): Dutch wording from Intl must equal what the two
// hand-written month tables it replaced gave, on every day, so no page or PDF changes.
import { describe, expect, it } from 'vitest';
import { dagenTussen, datumVoluit, datumVoluitDeels, jaarEerder, plusDagen } from '../../src/lib/kern/datum.ts';

const MAANDEN = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
/** The replaced implementation (src/lib/melding/samenvatting.ts and src/lib/bronnen/documenten.ts). */
const metTabel = (iso: string) => {
  const [j, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d} ${MAANDEN[m - 1]} ${j}`;
};

describe('Dutch dates', () => {
  it('writes every day from 1900 to 2200 as the month table did', () => {
    const afwijkend: string[] = [];
    for (let iso = '1900-01-01'; iso <= '2200-12-31'; iso = plusDagen(iso, 1)) {
      if (datumVoluit(iso) !== metTabel(iso)) afwijkend.push(`${iso}: ${datumVoluit(iso)}`);
    }
    expect(afwijkend).toEqual([]);
    expect(datumVoluit('2026-11-22')).toBe('22 november 2026');
  });

  it('writes a date known to the month or the year', () => {
    expect([datumVoluitDeels('2025-07-07'), datumVoluitDeels('2022-03'), datumVoluitDeels('2024')]).toEqual(['7 juli 2025', 'maart 2022', '2024']);
  });
});

describe('date arithmetic on calendar dates', () => {
  it('counts days across a leap day and a daylight-saving change', () => {
    expect(plusDagen('2028-02-28', 1)).toBe('2028-02-29');
    expect(plusDagen('2026-03-28', 2)).toBe('2026-03-30');
    expect(dagenTussen('2026-03-28', '2026-03-30')).toBe(2);
    expect(dagenTussen('2026-03-30', '2026-03-28')).toBe(-2);
  });

  it('moves 29 February a year back to 28 February', () => {
    expect([jaarEerder('2028-02-29'), jaarEerder('2026-11-22')]).toEqual(['2027-02-28', '2025-11-22']);
  });
});
