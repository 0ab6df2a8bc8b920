import { describe, expect, it } from 'vitest';
import { meldingAgenda } from '../../src/lib/melding/ics.ts';
import { tijdlijn } from '../../src/lib/melding/termijnen.ts';
import { plusDagen } from '../../src/lib/kern/datum.ts';

describe('deadlines after a melding', () => {
  it('decision at the latest 8 weeks, investigation 6 weeks after the melding', () => {
    expect(tijdlijn('2026-11-22')).toMatchObject({
      onderzoekUiterlijk: '2027-01-03',
      beslissingUiterlijk: '2027-01-17',
      ontslagVoorBeslissing: false,
      dagenTekort: 0,
    });
  });
  it('across a leap day and summer time', () => {
    expect(plusDagen('2028-02-01', 56)).toBe('2028-03-28');
    expect(plusDagen('2026-03-01', 56)).toBe('2026-04-26');
  });
  it('warns when discharge comes before the decision', () => {
    expect(tijdlijn('2026-11-22', '2026-12-20')).toMatchObject({ ontslagVoorBeslissing: true, dagenTekort: 28 });
    expect(tijdlijn('2026-11-22', '2027-01-17')).toMatchObject({ ontslagVoorBeslissing: false });
  });
});

describe('calendar file', () => {
  const ics = meldingAgenda(tijdlijn('2026-11-22', '2026-12-20'), '2026-11-22', 'x');
  it('has three all-day events and CRLF lines', () => {
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(3);
    expect(ics).toContain('DTSTART;VALUE=DATE:20270117');
    expect(ics).toContain('DTEND;VALUE=DATE:20270118');
    expect(ics.split('\r\n').every((r) => new TextEncoder().encode(r).length <= 75)).toBe(true);
    expect(ics).not.toMatch(/[^\r]\n/);
  });
});
