import { describe, expect, it } from 'vitest';
import { meldingAgenda } from '../../src/lib/melding/ics.ts';
import { tijdlijn, WEKEN_BESLUIT_NA_AANVRAAG, WEKEN_ONDERZOEK, WEKEN_VNG_TELLING } from '../../src/lib/melding/termijnen.ts';
import { plusDagen } from '../../src/lib/kern/datum.ts';
import { kopBlokken, TERMIJN_UITLEG } from '../../src/lib/melding-pdf/kop.ts';
import { TIJDLIJN_TEKST } from '../../src/lib/ui-tekst.ts';

describe('deadlines after a melding', () => {
  it('the law: onderzoek 6 weeks after receipt (art. 2.3.2), beschikking 2 weeks after the aanvraag (art. 2.3.5); 8 is the VNG count of both', () => {
    expect([WEKEN_ONDERZOEK, WEKEN_BESLUIT_NA_AANVRAAG, WEKEN_VNG_TELLING]).toEqual([6, 2, 8]);
    expect(tijdlijn('2026-11-22')).toMatchObject({
      ontvangst: '2026-11-22',
      onderzoekUiterlijk: '2027-01-03',
      beslissingVolgensVng: '2027-01-17',
      ontslagVoorBeslissing: false,
      dagenTekort: 0,
    });
  });
  it('across a leap day and summer time', () => {
    expect(plusDagen('2028-02-01', 56)).toBe('2028-03-28');
    expect(plusDagen('2026-03-01', 56)).toBe('2026-04-26');
  });
  it('warns when discharge comes before the decision by the VNG count', () => {
    expect(tijdlijn('2026-11-22', '2026-12-20')).toMatchObject({ ontslagVoorBeslissing: true, dagenTekort: 28 });
    expect(tijdlijn('2026-11-22', '2027-01-17')).toMatchObject({ ontslagVoorBeslissing: false });
  });
});

describe('the deadline texts say the clock starts when the gemeente receives the melding (#14)', () => {
  const alleTeksten = [
    TIJDLIJN_TEKST.aanname('3 december 2026'),
    TIJDLIJN_TEKST.onderzoekTermijn('14 januari 2027', WEKEN_ONDERZOEK),
    TIJDLIJN_TEKST.besluitTermijn(WEKEN_BESLUIT_NA_AANVRAAG),
    TIJDLIJN_TEKST.vngTermijn('28 januari 2027', WEKEN_VNG_TELLING),
    TIJDLIJN_TEKST.ontslagTeVroeg(3, '28 januari 2027'),
    TERMIJN_UITLEG,
  ].join(' ');

  it('the form timeline assumes receipt today and says so', () => {
    expect(TIJDLIJN_TEKST.aanname('3 december 2026')).toContain('Ontvangt de gemeente de melding vandaag, 3 december 2026?');
    expect(TIJDLIJN_TEKST.aanname('3 december 2026')).toContain('Niet vanaf de dag dat dit formulier is ingevuld.');
  });

  it('names both legal terms with their articles and calls the 8 weeks the VNG count, not a legal term', () => {
    expect(alleTeksten).toContain('art. 2.3.2 lid 1');
    expect(alleTeksten).toContain('art. 2.3.5 lid 1');
    expect(TIJDLIJN_TEKST.vngTermijn('28 januari 2027', 8)).toMatch(/geen wettelijke termijn/);
    expect(TERMIJN_UITLEG).toMatch(/geen wettelijke termijn/);
  });

  it('never presents a date computed from the form as the day the gemeente must decide by', () => {
    expect(alleTeksten).not.toMatch(/beslist uiterlijk op|uiterste datum van de beslissing|op de meldingsdatum ontvangt/);
  });

  it('the PDF header gives the date filled in and the rule, but no computed deadline', () => {
    const blokken = kopBlokken({ titel: 'T', aan: 'A', meldingsdatum: '2026-11-22' });
    const tekst = JSON.stringify(blokken);
    expect(tekst).toContain('22 november 2026');
    expect(tekst).not.toContain('2027');
    expect(tekst).toContain('beginnen op de dag dat zij deze melding ontvangt');
  });
});

describe('calendar file', () => {
  const t = tijdlijn('2026-11-22', '2026-12-20');
  const ics = meldingAgenda(t, '2026-11-22', { uitgebreid: true });
  const ontvouwen = ics.replace(/\r\n /g, '');
  it('has three all-day events and CRLF lines', () => {
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(3);
    expect(ics).toContain('DTSTART;VALUE=DATE:20270103');
    expect(ics).toContain('DTSTART;VALUE=DATE:20270117');
    expect(ics).toContain('DTEND;VALUE=DATE:20270118');
    expect(ics.split('\r\n').every((r) => new TextEncoder().encode(r).length <= 75)).toBe(true);
    expect(ics).not.toMatch(/[^\r]\n/);
  });
  it('says which day of receipt it assumed and that 8 weeks is the VNG count', () => {
    expect(ontvouwen).toContain('Berekend alsof de gemeente de melding op 22 november 2026 ontving');
    expect(ontvouwen).toContain('geen wettelijke termijn');
    expect(ontvouwen).not.toMatch(/Uiterste datum beslissing/);
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
    expect(uitgebreid).toContain('Wmo 2015 art. 2.3.2');
  });
});
