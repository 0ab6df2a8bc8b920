/**
 * A region's maximum stay, as words for route pages. The number lives once, in the region file
 * (`maximale_duur_maanden`); the timeline and the route page read it from there.
 */
export interface RegioDuur {
  naam: string;
  href: string;
  /** "hoogstens 1 jaar", or null when the region's sources give no maximum (shown as "onbekend"). */
  tekst: string | null;
}

export function duurInWoorden(maanden: number): string {
  if (maanden % 12 !== 0) return `${maanden} maanden`;
  return `${maanden / 12} jaar`;
}

export function duurPerRegio(regios: readonly { id: string; data: { naam: string; maximale_duur_maanden?: number | undefined } }[]): RegioDuur[] {
  return [...regios]
    .sort((a, b) => a.data.naam.localeCompare(b.data.naam, 'nl'))
    .map((r) => ({
      naam: r.data.naam,
      href: `/regios/${r.id}/`,
      tekst: r.data.maximale_duur_maanden ? `hoogstens ${duurInWoorden(r.data.maximale_duur_maanden)}` : null,
    }));
}
