import { describe, expect, it } from 'vitest';
import { isEmail, parseAgb, parseBsn, parsePostcode } from '../../src/lib/melding/invoer.ts';
import { leeftijdOp, parseDatum } from '../../src/lib/kern/datum.ts';

describe('parseBsn (eleven test)', () => {
  it.each([
    ['111222333', '111222333'],
    ['111 222 333', '111222333'],
    ['123456782', '123456782'],
    ['11122333', null], // 8 digits → 011122333, fails the elfproef
    ['12345678', null], // → 012345678, fails the elfproef
  ])('%s → %s', (invoer, verwacht) => {
    const u = parseBsn(invoer);
    expect('bsn' in u ? u.bsn : null).toBe(verwacht);
  });
  it.each([
    ['123456789', 'bsn_elfproef'],
    ['000000000', 'bsn_elfproef'],
    ['1234', 'bsn_lengte'],
    ['1234567890', 'bsn_lengte'],
    ['12345678a', 'bsn_lengte'],
  ])('%s → %s', (invoer, fout) => {
    expect(parseBsn(invoer)).toEqual({ fout });
  });
});

describe('parsePostcode', () => {
  it.each([
    ['5911ab', '5911 AB'],
    ['5911 AB', '5911 AB'],
    [' 5911-ab ', '5911 AB'],
    ['1234 aB', '1234 AB'],
  ])('%s → %s', (invoer, verwacht) => expect(parsePostcode(invoer)).toBe(verwacht));
  it.each(['0123 AB', '123 AB', '12345 AB', '1234 A', '1234 SS', '1234 SA', '1234 SD', 'AB 1234'])('refuses %s', (invoer) =>
    expect(parsePostcode(invoer)).toBeNull(),
  );
});

describe('parseDatum', () => {
  it.each([
    ['17-3-1990', '1990-03-17'],
    ['17/03/1990', '1990-03-17'],
    ['17.03.1990', '1990-03-17'],
    ['1990-03-17', '1990-03-17'],
    ['29-02-2024', '2024-02-29'],
  ])('%s → %s', (invoer, verwacht) => expect(parseDatum(invoer)).toBe(verwacht));
  it.each(['31-02-1990', '29-02-2023', '00-01-2000', '1-13-2000', '17-03-90', 'morgen', '1800-01-01'])('refuses %s', (invoer) =>
    expect(parseDatum(invoer)).toBeNull(),
  );
});

describe('other', () => {
  it('age counts whole years, birthday included', () => {
    expect(leeftijdOp('2008-11-22', '2026-11-22')).toBe(18);
    expect(leeftijdOp('2008-11-23', '2026-11-22')).toBe(17);
    expect(leeftijdOp('2008-02-29', '2026-02-28')).toBe(17);
  });
  it('AGB code: 8 digits', () => {
    expect(parseAgb('1234 5678')).toBe('12345678');
    expect(parseAgb('1234567')).toBeNull();
  });
  it.each([
    ['naam@voorbeeld.nl', true],
    ['a.b+c@sub.voorbeeld.nl', true],
    ['naam@voorbeeld', false],
    ['naam voorbeeld.nl', false],
    ['@voorbeeld.nl', false],
  ])('email %s → %s', (invoer, ok) => expect(isEmail(invoer)).toBe(ok));
});
