import { describe, expect, it } from 'vitest';
import { parseTelefoon, telefoonSchema } from '../../src/lib/schemas/telefoon.ts';

describe('parseTelefoon', () => {
  it.each([
    ['088 – 114 9550', '088 114 95 50', '+31881149550'],
    ['088-2004730', '088 200 47 30', '+31882004730'],
    ['077 - 320 03 00', '077 320 03 00', '+31773200300'],
    ['(0478) 58 90 00', '0478 58 90 00', '+31478589000'],
    ['0612345678', '06 1234 5678', '+31612345678'],
    ['+31 6 1234 5678', '06 1234 5678', '+31612345678'],
    ['+31 (0)6 1234 5678', '06 1234 5678', '+31612345678'],
    ['0031 (0)77 320 03 00', '077 320 03 00', '+31773200300'],
    ['0031 20 123 4567', '020 123 45 67', '+31201234567'],
    ['0800-0113', '0800 0113', '+318000113'],
    ['0900 123 4567', '0900 123 4567', '+319001234567'],
    ['085.123.45.67', '085 123 45 67', '+31851234567'],
  ])('%s → %s', (invoer, weergave, e164) => {
    expect(parseTelefoon(invoer)).toEqual({ weergave, e164 });
  });

  it.each([
    ['', 'leeg'],
    ['088 114 955', 'te kort'],
    ['088 114 95500', 'te lang'],
    ['+32 2 123 45 67', 'Belgisch'],
    ['0661234567', 'semafoon (066)'],
    ['0971234567890', 'machinenummer (097)'],
    ['0800 12', 'infonummer te kort'],
    ['bel ons', 'geen cijfers'],
    ['0612345678x', 'letter erachter'],
    ['0012345678', 'begint met 00 maar niet 0031'],
  ])('%s is refused (%s)', (invoer) => {
    expect(parseTelefoon(invoer)).toBeNull();
  });
});

describe('telefoonSchema', () => {
  it('gives a Dutch message with an example', () => {
    const uitkomst = telefoonSchema.safeParse('088 114');
    expect(uitkomst.success).toBe(false);
    expect(uitkomst.error?.issues[0]?.message).toBe('"088 114" is geen geldig Nederlands telefoonnummer. Schrijf het zoals 077 123 45 67 of 06 1234 5678.');
  });
});
