/**
 * Stable anchors for handboek sections, so a consulent can cite "handboek §3.2" and link to
 * /handboek/<hoofdstuk>/#par-3-2. A heading "3.2 Instroom" gets id "par-3-2"; the number, not
 * the title, makes the anchor, so rewording a title does not break links.
 */
export function paragraafNummer(tekst: string): string | null {
  return /^\s*(\d+(?:\.\d+)*)\.?\s/.exec(tekst)?.[1] ?? null;
}

export function paragraafAnker(tekst: string): string | null {
  const nummer = paragraafNummer(tekst);
  return nummer ? `par-${nummer.replace(/\./g, '-')}` : null;
}

export interface Kop {
  depth: number;
  slug: string;
  text: string;
}

/** The table of contents: numbered h2 and h3 headings, with the id they get on the page. */
export function inhoudsopgave(koppen: readonly Kop[]): { niveau: 2 | 3; id: string; tekst: string }[] {
  return koppen
    .filter((k) => (k.depth === 2 || k.depth === 3) && paragraafNummer(k.text))
    .map((k) => ({ niveau: k.depth as 2 | 3, id: paragraafAnker(k.text)!, tekst: k.text }));
}
