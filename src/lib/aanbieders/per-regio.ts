/**
 * Providers grouped by region in one pass over the list. Region pages and the regions export
 * look their providers up here instead of filtering the whole list once per region, which made
 * the build grow with regions × providers (issue #13: 41.6 s of a 20,000-provider build).
 * A provider in two regions appears under both; order within a region follows the input.
 */
export function aanbiedersPerRegio<T extends { data: { regio: readonly string[] } }>(aanbieders: readonly T[]): ReadonlyMap<string, readonly T[]> {
  const perRegio = new Map<string, T[]>();
  for (const aanbieder of aanbieders) {
    for (const regio of new Set(aanbieder.data.regio)) {
      const lijst = perRegio.get(regio);
      if (lijst) lijst.push(aanbieder);
      else perRegio.set(regio, [aanbieder]);
    }
  }
  return perRegio;
}
