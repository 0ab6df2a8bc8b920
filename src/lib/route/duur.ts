/**
 * A region's maximum stay, in words. The number lives once, in the region file
 * (`maximale_duur_maanden`); the route timeline and the MDX component <MaximaleDuur> (used on
 * route and handboek pages) read it from there. tests/site/handboek-regiofeiten.test.ts checks the pages.
 */
export interface RegioDuur {
  /** The region file's name, e.g. "achterhoek". */
  id: string;
  naam: string;
  href: string;
}

export function duurInWoorden(maanden: number): string {
  if (maanden % 12 !== 0) return `${maanden} maanden`;
  return `${maanden / 12} jaar`;
}

/** "hoogstens 1 jaar", or null when the region file gives no maximum. */
export function maximaleDuurTekst(maanden: number | undefined): string | null {
  return maanden ? `hoogstens ${duurInWoorden(maanden)}` : null;
}

export function duurPerRegio(regios: readonly { id: string; data: { naam: string; maximale_duur_maanden?: number | undefined } }[]): RegioDuur[] {
  return [...regios]
    .sort((a, b) => a.data.naam.localeCompare(b.data.naam, 'nl'))
    .map((r) => ({
      id: r.id,
      naam: r.data.naam,
      href: `/regios/${r.id}/`,
    }));
}
