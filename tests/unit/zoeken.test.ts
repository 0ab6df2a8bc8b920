import { describe, expect, it } from 'vitest';
import { afstand, telWoorden, verbeterZoekvraag } from '../../src/lib/zoeken/verbeter.ts';
import { zoek, type PagefindLike, type PagefindResultaat } from '../../src/lib/zoeken/zoek.ts';

const woorden = new Map(
  Object.entries({
    'wmo-melding': 2,
    wmo: 30,
    melding: 25,
    aanvraag: 10,
    safehouse: 40,
    eigen: 12,
    bijdrage: 9,
    ervaringsdeskundige: 6,
    kosten: 5,
    moeder: 1,
    intake: 8,
    naasten: 7,
  }),
);

describe('verbeterZoekvraag', () => {
  it.each([
    ['safhouse', 'safehouse', true],
    ['eigenbijdrage', 'eigen bijdrage', true],
    ['ervaringsdeskundge', 'ervaringsdeskundige', true],
    ['wat kost het', 'kost', false],
    ['Mag mijn moeder mee naar de intake?', 'moeder intake', false],
    ['xyzzyq', 'xyzzyq', false],
    ['Wmo-melding', 'wmo melding', true],
    ['wmo-aanvraag', 'wmo aanvraag', true],
  ])('"%s" → "%s"', (vraag, verwacht, veranderd) => {
    expect(verbeterZoekvraag(vraag, woorden)).toEqual({ vraag: verwacht, veranderd });
  });

  it('Damerau distance counts a swap once', () => {
    expect(afstand('safehuose', 'safehouse')).toBe(1);
    expect(afstand('kosten', 'kosten')).toBe(0);
    expect(afstand('a', 'abcdef', 2)).toBe(3);
  });

  it('counts words of three letters or more, without numbers', () => {
    expect(telWoorden(['De kosten, de KOSTEN en 2026'])).toEqual({ kosten: 2 });
  });
});

function nepPagefind(index: Record<string, string[]>): PagefindLike & { vragen: string[] } {
  const vragen: string[] = [];
  return {
    vragen,
    async search(vraag: string) {
      vragen.push(vraag);
      const treffers = index[vraag] ?? [];
      return { results: treffers.map((id, i): PagefindResultaat => ({ id, score: 10 - i, data: async () => ({ url: id, excerpt: '', meta: {} }) })) };
    },
  };
}

describe('zoek', () => {
  const laad = async () => woorden;

  it('enough hits: no correction needed', async () => {
    const pf = nepPagefind({ kosten: ['a', 'b', 'c'] });
    expect(await zoek(pf, 'Wat zijn de kosten?', {}, laad)).toMatchObject({ gezochtOp: null });
    expect(pf.vragen).toEqual(['kosten']);
  });

  it('a typo is corrected and reported', async () => {
    const pf = nepPagefind({ safehouse: ['x', 'y', 'z'] });
    const uit = await zoek(pf, 'safhouse', {}, laad);
    expect(uit.gezochtOp).toBe('safehouse');
    expect(uit.resultaten.map((r) => r.id)).toEqual(['x', 'y', 'z']);
  });

  it('a hyphenated compound with few hits is searched as its parts (the pages write "melding" and "Wmo" apart)', async () => {
    const pf = nepPagefind({ 'wmo-melding': ['handboek'], 'wmo melding': ['aanmelden', 'route', 'handboek'] });
    const uit = await zoek(pf, 'Wmo-melding', {}, laad);
    expect(pf.vragen).toEqual(['wmo-melding', 'wmo melding']);
    expect(uit.gezochtOp).toBe('wmo melding');
    expect(uit.resultaten.map((r) => r.id)).toEqual(['aanmelden', 'route', 'handboek']);
  });

  it('a long query without a hit: each word apart, pages with more words first', async () => {
    const pf = nepPagefind({ moeder: ['naasten'], intake: ['route', 'naasten'] });
    const uit = await zoek(pf, 'mag mijn moeder mee naar de intake', {}, laad);
    expect(uit.resultaten.map((r) => r.id)).toEqual(['naasten', 'route']);
  });
});
