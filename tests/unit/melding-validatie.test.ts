// The check page validates the whole melding with valideerMelding and the PDF buttons share
// metPdfCode: both are small, and both had their logic written twice in MeldingFormulier before.
import { describe, expect, it } from 'vitest';
import { valideerMelding, valideerStap } from '../../src/lib/melding/validatie.ts';
import { metPdfCode } from '../../src/islands/gedeeld/bestanden.ts';
import { GEMEENTEN, maximaal, minimaal, PEILDATUM } from '../fixtures/meldingen.ts';

const context = (invuller: 'client' | 'naaste' | 'verwijzer') => ({ invuller, peildatum: PEILDATUM, gemeenten: GEMEENTEN });

describe('valideerMelding', () => {
  it('returns the validated melding for a complete one', () => {
    for (const invoer of [minimaal, maximaal]) {
      const uitkomst = valideerMelding(invoer, context(invoer.invuller));
      expect(uitkomst.ok).toBe(true);
      if (uitkomst.ok) expect(uitkomst.melding.toestemming.datum).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('gives the problems of every step, one per field, with the same message a step gives', () => {
    const invoer = { ...minimaal, client: { ...minimaal.client, bsn: '123456789' }, plaatsing: {} };
    const uitkomst = valideerMelding(invoer, context(minimaal.invuller));
    expect(uitkomst.ok).toBe(false);
    if (uitkomst.ok) return;
    const perStap = [...valideerStap('client', invoer, context(minimaal.invuller)), ...valideerStap('plaatsing', invoer, context(minimaal.invuller))];
    expect(perStap.length).toBeGreaterThan(1);
    expect(uitkomst.problemen.map((p) => p.pad).sort()).toEqual(perStap.map((p) => p.pad).sort());
    for (const p of perStap) expect(uitkomst.problemen.find((q) => q.pad === p.pad)?.bericht).toBe(p.bericht);
    expect(new Set(uitkomst.problemen.map((p) => p.pad)).size).toBe(uitkomst.problemen.length);
  });
});

describe('a gemeente van herkomst that no longer exists', () => {
  it.each([
    ['verwijzer', 'de cliënt'],
    ['client', 'je'],
  ] as const)('Haaren (split over four gemeenten) names them, for the %s', (invuller, wie) => {
    const invoer = { ...minimaal, invuller, client: { ...minimaal.client, gemeenteVanHerkomst: 'Haaren' } };
    const [probleem] = valideerStap('client', invoer, context(invuller)).filter((p) => p.pad === 'client.gemeenteVanHerkomst');
    expect(probleem?.bericht).toBe(
      `De gemeente Haaren is opgeheven per 1 januari 2021, nu onderdeel van Boxtel, Oisterwijk, Tilburg en Vught. Kies de gemeente waar ${wie} nu onder valt: typ de eerste letters en kies uit de lijst.`,
    );
  });
});

describe('metPdfCode', () => {
  const TEKSTEN = { bezig: 'bezig', nietGeladen: 'niet geladen', mislukt: 'mislukt' };
  const statussen = async (laad: () => Promise<string>, werk: (code: string) => Promise<string>) => {
    const gezegd: string[] = [];
    await metPdfCode(laad, TEKSTEN, werk, (t) => gezegd.push(t));
    return gezegd;
  };

  it('says it is busy, then what the work returns', async () => {
    expect(
      await statussen(
        async () => 'code',
        async (code) => `klaar met ${code}`,
      ),
    ).toEqual(['bezig', 'klaar met code']);
  });

  it('tells a failed load (no network) apart from failed work, and never runs the work without code', async () => {
    let gedaan = false;
    const werk = async () => ((gedaan = true), 'klaar');
    expect(await statussen(() => Promise.reject(new Error('offline')), werk)).toEqual(['bezig', 'niet geladen']);
    expect(gedaan).toBe(false);
    expect(
      await statussen(
        async () => 'code',
        () => Promise.reject(new Error('kapot')),
      ),
    ).toEqual(['bezig', 'mislukt']);
  });
});
