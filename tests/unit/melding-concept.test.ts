// The draft's rules with fixed times: when an idle draft is warned about and dropped, and how a
// stored draft is read (an expired one, or one without a time, never comes back). The browser
// side, with Chromium's clock: tests/site/melding-concept.browser.test.ts.
import { describe, expect, it } from 'vitest';
import { bedenktijd, CONCEPT_BEDENKTIJD_MINUTEN, CONCEPT_WAARSCHUWING_MINUTEN, heeftInvoer, leesConceptTekst } from '../../src/lib/melding/concept.ts';

const MINUUT = 60_000;
const BEGIN = Date.parse('2026-12-03T10:00:00Z');
const na = (minuten: number) => BEGIN + minuten * MINUUT;
const waarden = { invuller: 'client', client: { voornamen: 'Zoë' } };
const tekst = (concept: Record<string, unknown>) => JSON.stringify(concept);

describe('the idle time of the draft', () => {
  it('is 30 minutes, with a warning 5 minutes before', () => {
    expect([CONCEPT_BEDENKTIJD_MINUTEN, CONCEPT_WAARSCHUWING_MINUTEN]).toEqual([30, 5]);
  });

  it.each([
    [0, { toestand: 'actief', over: 25 * MINUUT }],
    [10, { toestand: 'actief', over: 15 * MINUUT }],
    [25 - 1 / 60_000, { toestand: 'actief', over: 1 }],
    [25, { toestand: 'waarschuwen', over: 5 * MINUUT }],
    [29.5, { toestand: 'waarschuwen', over: 0.5 * MINUUT }],
    [30, { toestand: 'verlopen' }],
    [60 * 24 * 3, { toestand: 'verlopen' }],
  ])('%s minutes after the last activity: %o', (minuten, verwacht) => {
    expect(bedenktijd(BEGIN, na(minuten))).toEqual(verwacht);
  });

  it('does not believe a time ahead of the clock by more than a minute, nor a time that is not a number', () => {
    expect(bedenktijd(na(0.5), BEGIN).toestand).toBe('actief');
    expect(bedenktijd(na(2), BEGIN)).toEqual({ toestand: 'verlopen' });
    expect(bedenktijd(Number.NaN, BEGIN)).toEqual({ toestand: 'verlopen' });
  });
});

describe('reading a stored draft', () => {
  it('gives it back within its idle time', () => {
    expect(leesConceptTekst(tekst({ waarden, stap: 2, laatstActief: BEGIN }), na(29))).toEqual({ waarden, stap: 2, laatstActief: BEGIN });
  });

  it('says "verlopen" past its idle time, as after a restored session the next morning', () => {
    expect(leesConceptTekst(tekst({ waarden, stap: 2, laatstActief: BEGIN }), na(30))).toBe('verlopen');
    expect(leesConceptTekst(tekst({ waarden, stap: 2, laatstActief: BEGIN }), na(60 * 14))).toBe('verlopen');
  });

  it('says "verlopen" for a draft without a time (as written before this rule) or with a time that is not a number', () => {
    expect(leesConceptTekst(tekst({ waarden, stap: 2 }), BEGIN)).toBe('verlopen');
    expect(leesConceptTekst(tekst({ waarden, stap: 2, laatstActief: String(BEGIN) }), BEGIN)).toBe('verlopen');
  });

  it.each([
    ['nothing', null],
    ['no JSON', '{"waarden":'],
    ['no step', tekst({ waarden, laatstActief: BEGIN })],
    ['nothing entered', tekst({ waarden: { invuller: '', client: { voornamen: ' ' } }, stap: 0, laatstActief: BEGIN })],
    ['not an object', '42'],
  ])('gives null for %s', (_, invoer) => {
    expect(leesConceptTekst(invoer, BEGIN)).toBeNull();
  });
});

describe('what counts as entered', () => {
  it('not empty text, unticked boxes, empty lists or the pre-filled date', () => {
    expect(heeftInvoer({ a: '', b: false, c: [], d: { e: '  ' } })).toBe(false);
    expect(heeftInvoer({ toestemming: { datum: '3-12-2026' } }, { 'toestemming.datum': '3-12-2026' })).toBe(false);
    expect(heeftInvoer({ toestemming: { datum: '4-12-2026' } }, { 'toestemming.datum': '3-12-2026' })).toBe(true);
    expect(heeftInvoer({ a: true })).toBe(true);
    expect(heeftInvoer({ a: ['x'] })).toBe(true);
  });
});
