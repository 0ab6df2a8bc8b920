import { STOPWOORDEN, verbeterZoekvraag, woordenVan } from './verbeter.ts';

/**
 * The search flow over Pagefind, kept apart from the page so it can be tested with a fake:
 * 1. search the question without filler words;
 * 2. too few hits → correct typos and split compounds with the site's vocabulary, search again;
 * 3. still too few → search each word on its own and merge (a long question in own words).
 */
export interface PagefindResultaat {
  id: string;
  score: number;
  data: () => Promise<PagefindData>;
}

interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: { title: string; url: string; excerpt: string }[];
}

export interface PagefindLike {
  search(vraag: string, opties?: { filters?: Record<string, string> }): Promise<{ results: PagefindResultaat[] } | null>;
}

export interface Zoekuitkomst {
  resultaten: PagefindResultaat[];
  /** The question actually searched, when it differs from what was typed. */
  gezochtOp: string | null;
}

const GENOEG = 3;

export async function zoek(
  pf: PagefindLike,
  vraag: string,
  filters: Record<string, string>,
  laadWoorden: () => Promise<ReadonlyMap<string, number>>,
): Promise<Zoekuitkomst> {
  const kern = woordenVan(vraag).filter((w) => !STOPWOORDEN.has(w));
  const basis = kern.length ? kern.join(' ') : vraag.trim();
  if (!basis) return { resultaten: [], gezochtOp: null };
  const eerste = (await pf.search(basis, { filters }))?.results ?? [];
  if (eerste.length >= GENOEG) return { resultaten: eerste, gezochtOp: null };

  const verbetering = verbeterZoekvraag(basis, await laadWoorden());
  let resultaten = eerste;
  let gezochtOp: string | null = null;
  if (verbetering.veranderd) {
    const tweede = (await pf.search(verbetering.vraag, { filters }))?.results ?? [];
    if (tweede.length > resultaten.length) {
      resultaten = tweede;
      gezochtOp = verbetering.vraag;
    }
  }
  const woorden = woordenVan(gezochtOp ?? basis);
  if (resultaten.length < GENOEG && woorden.length > 1) {
    // Any of the words: pages that match more words, and match them better, come first.
    const perPagina = new Map<string, { r: PagefindResultaat; score: number }>();
    for (const woord of woorden) {
      for (const r of (await pf.search(woord, { filters }))?.results ?? []) {
        const bestaand = perPagina.get(r.id);
        perPagina.set(r.id, { r, score: (bestaand?.score ?? 0) + r.score });
      }
    }
    const samen = [...perPagina.values()].sort((a, b) => b.score - a.score).map((x) => x.r);
    const eerder = new Set(resultaten.map((r) => r.id));
    resultaten = [...resultaten, ...samen.filter((r) => !eerder.has(r.id))];
  }
  return { resultaten, gezochtOp };
}
