import { describe, expect, it } from 'vitest';
import { formatBrondatum } from '../../src/lib/bronnen/documenten.ts';
import { datumSchema } from '../../src/lib/schemas/algemeen.ts';

describe('formatBrondatum', () => {
  it.each([
    ['2025-07-07', '7 juli 2025'],
    ['2022-03', 'maart 2022'],
    ['2024', '2024'],
    [null, 'zonder datum'],
  ])('%s → %s', (invoer, verwacht) => {
    expect(formatBrondatum(invoer)).toBe(verwacht);
  });
});

describe('datumSchema', () => {
  it('accepts text and a Date (Astro’s YAML reader) and gives year-month-day', () => {
    expect(datumSchema.parse('2026-11-22')).toBe('2026-11-22');
    expect(datumSchema.parse(new Date('2026-11-22T00:00:00Z'))).toBe('2026-11-22');
  });
  it.each(['2026-13-01', '22-11-2026', '2026-02-30', 'gisteren'])('refuses %s', (invoer) => {
    expect(datumSchema.safeParse(invoer).success).toBe(false);
  });
});
