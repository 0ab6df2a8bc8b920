import { describe, expect, it } from 'vitest';
import { meldingAgenda } from '../../src/lib/melding/ics.ts';
import { plusDagen, tijdlijn } from '../../src/lib/melding/termijnen.ts';

describe('termijnen na een melding', () => {
  it('beslissing uiterlijk 8 weken, onderzoek 6 weken na de melding', () => {
    expect(tijdlijn('2026-11-22')).toMatchObject({ onderzoekUiterlijk: '2027-01-03', beslissingUiterlijk: '2027-01-17', ontslagVoorBeslissing: false, dagenTekort: 0 });
  });
  it('over een schrikkeldag en de zomertijd heen', () => {
    expect(plusDagen('2028-02-01', 56)).toBe('2028-03-28');
    expect(plusDagen('2026-03-01', 56)).toBe('2026-04-26');
  });
  it('waarschuwt als het ontslag eerder is dan de beslissing', () => {
    expect(tijdlijn('2026-11-22', '2026-12-20')).toMatchObject({ ontslagVoorBeslissing: true, dagenTekort: 28 });
    expect(tijdlijn('2026-11-22', '2027-01-17')).toMatchObject({ ontslagVoorBeslissing: false });
  });
});

describe('agendabestand', () => {
  const ics = meldingAgenda(tijdlijn('2026-11-22', '2026-12-20'), '2026-11-22', 'x');
  it('heeft drie hele-dag-afspraken en CRLF-regels', () => {
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(3);
    expect(ics).toContain('DTSTART;VALUE=DATE:20270117');
    expect(ics).toContain('DTEND;VALUE=DATE:20270118');
    expect(ics.split('\r\n').every((r) => new TextEncoder().encode(r).length <= 75)).toBe(true);
    expect(ics).not.toMatch(/[^\r]\n/);
  });
});
