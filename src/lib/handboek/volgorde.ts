/**
 * The one order of the handboek: `volgorde` in each chapter's frontmatter. The chapter list, the
 * printable page and previous/next all come from it, so they cannot disagree.
 */
export interface MetVolgorde {
  id: string;
  data: { volgorde: number };
}

/** The chapters sorted by `volgorde`; two chapters with the same number stop the build. */
export function opVolgorde<T extends MetVolgorde>(hoofdstukken: readonly T[]): T[] {
  const gesorteerd = [...hoofdstukken].sort((a, b) => a.data.volgorde - b.data.volgorde);
  gesorteerd.forEach((h, i) => {
    const vorige = gesorteerd[i - 1];
    if (vorige && vorige.data.volgorde === h.data.volgorde) {
      throw new Error(`Handboek: "${vorige.id}" en "${h.id}" hebben allebei volgorde ${h.data.volgorde}. Geef elk hoofdstuk een eigen nummer.`);
    }
  });
  return gesorteerd;
}
