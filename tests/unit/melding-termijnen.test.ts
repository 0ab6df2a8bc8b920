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
  const t = tijdlijn('2026-11-22', '2026-12-20');
  const ics = meldingAgenda(t, '2026-11-22');
  it('has three all-day events and CRLF lines', () => {
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(3);
    expect(ics).toContain('DTSTART;VALUE=DATE:20270117');
    expect(ics).toContain('DTEND;VALUE=DATE:20270118');
    expect(ics.split('\r\n').every((r) => new TextEncoder().encode(r).length <= 75)).toBe(true);
    expect(ics).not.toMatch(/[^\r]\n/);
  });
});

describe('calendar file on a shared calendar', () => {
  const t = tijdlijn('2026-11-22', '2026-12-20');
  const uids = (ics: string) => ics.match(/^UID:.*$/gm) ?? [];
  const titels = (ics: string) => (ics.replace(/\r\n /g, '').match(/^SUMMARY:.*$/gm) ?? []).join('\n');

  it('a random UID per export: two meldingen on one day do not overwrite each other', () => {
    const eerste = uids(meldingAgenda(t, '2026-11-22'));
    const tweede = uids(meldingAgenda(t, '2026-11-22'));
    expect(eerste).toHaveLength(3);
    expect(new Set([...eerste, ...tweede]).size).toBe(6);
    expect(eerste[0]).toMatch(/^UID:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}-1$/);
    // Nothing in the UID says which day the melding was made.
    expect(eerste.join('')).not.toContain('2026');
  });

  it('neutral titles by default: no clinic, discharge, safehouse or addiction', () => {
    const neutraal = titels(meldingAgenda(t, '2026-11-22'));
    expect(neutraal.split('\n')).toHaveLength(3);
    expect(neutraal).not.toMatch(/kliniek|ontslag|safehouse|beschermd|verslav|opname/i);
    expect(meldingAgenda(t, '2026-11-22', { uitgebreid: false })).not.toMatch(/kliniek|ontslag|safehouse/i);
  });

  it('detailed titles only when asked for', () => {
    const uitgebreid = titels(meldingAgenda(t, '2026-11-22', { uitgebreid: true }));
    expect(uitgebreid).toContain('Verwachte ontslagdatum kliniek');
    expect(uitgebreid).toContain('safehouse');
  });
});
