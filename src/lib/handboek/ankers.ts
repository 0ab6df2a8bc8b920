/**
 * Stable anchors for handboek sections, so a consulent can cite "handboek §3.2" and link to
 * /handboek/<hoofdstuk>/#par-3-2. A heading "3.2 Instroom" gets id "par-3-2"; the number, not
 * the title, makes the anchor, so rewording a title does not break links.
 */
function paragraafNummer(tekst: string): string | null {
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

export interface TocRegel {
  niveau: 2 | 3;
  id: string;
  tekst: string;
  /** Deeper headings in this section (the role checklists), each with its stable id. */
  onder: { id: string; tekst: string }[];
}

/**
 * The table of contents: numbered h2 and h3 headings, and under each the deeper headings of its
 * section (such as "Checklist gemeente"), with the ids they get on the page, so every anchor a
 * consulent may cite (or the melding links to) is reachable from the top of the chapter.
 */
export function inhoudsopgave(koppen: readonly Kop[]): TocRegel[] {
  const stabiel = kopAnkers(koppen);
  const regels: TocRegel[] = [];
  for (const k of koppen) {
    if ((k.depth === 2 || k.depth === 3) && paragraafNummer(k.text)) {
      regels.push({ niveau: k.depth, id: paragraafAnker(k.text)!, tekst: k.text, onder: [] });
    } else if (k.depth > 3 && regels.length) {
      regels.at(-1)!.onder.push({ id: paragraafAnker(k.text) ?? stabiel.get(k.slug) ?? k.slug, tekst: k.text });
    }
  }
  return regels;
}

/** Lower-case ASCII letters, digits and single hyphens: "Checklist stap 1" → "checklist-stap-1". */
function slugVan(tekst: string): string {
  return tekst
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * Stable ids for unnumbered headings under a numbered section, such as the h4 "Checklist
 * gemeente" under "3.2.3": "par-3-2-3-checklist-gemeente". Astro numbers repeated titles by
 * position ("checklist-gemeente-2"), which changes when a checklist is added above and is
 * meaningless in an e-mail. Returns Astro's slug → the stable id; headings not under a numbered
 * section keep Astro's id. Ids stay unique: a repeated title under one section gets "-2", "-3".
 */
export function kopAnkers(koppen: readonly Kop[]): Map<string, string> {
  const ankers = new Map<string, string>();
  const gebruikt = new Set(koppen.map((k) => paragraafAnker(k.text)).filter((a): a is string => a !== null));
  const ouders: { depth: number; anker: string }[] = [];
  for (const kop of koppen) {
    while (ouders.length && ouders.at(-1)!.depth >= kop.depth) ouders.pop();
    const eigen = paragraafAnker(kop.text);
    if (eigen) {
      ouders.push({ depth: kop.depth, anker: eigen });
      continue;
    }
    const ouder = ouders.at(-1);
    if (!ouder || !slugVan(kop.text)) continue;
    const basis = `${ouder.anker}-${slugVan(kop.text)}`;
    let anker = basis;
    for (let n = 2; gebruikt.has(anker); n++) anker = `${basis}-${n}`;
    gebruikt.add(anker);
    ankers.set(kop.slug, anker);
  }
  return ankers;
}

/** Puts the stable ids of `kopAnkers` into rendered HTML (headings carry Astro's slug as id). */
export function zetKopAnkers(html: string, ankers: ReadonlyMap<string, string>): string {
  return html.replace(/(<h[2-6]\b[^>]*\sid=")([^"]+)(")/g, (heel, voor: string, id: string, na: string) =>
    ankers.has(id) ? `${voor}${ankers.get(id)}${na}` : heel,
  );
}
