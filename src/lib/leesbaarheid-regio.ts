import { leesFrontmatter } from './content/frontmatter.ts';

/**
 * The prose of a region file that an inwoner reads on /regios/<slug>/, as Markdown for
 * meetLeesbaarheid: the body and the free-text fields, each field its own paragraph.
 *
 * Left out on purpose: `eisen`, the table of contract requirements (Achterhoek's
 * productbeschrijving). It restates a contract for providers and keeps the contract's terms so
 * a provider can check it against the source; the page shows it with less weight in search.
 * Names, gemeenten, dates and sources are data, not sentences.
 */
export function regioProza(bestand: string): string {
  const data = (leesFrontmatter(bestand).data ?? {}) as Record<string, unknown>;
  const tekst = (w: unknown): string[] => (typeof w === 'string' ? [w] : []);
  const lijst = (w: unknown): string[] => (Array.isArray(w) ? w.flatMap(tekst) : []);
  const veld = (w: unknown, sleutel: string): unknown => (w && typeof w === 'object' ? (w as Record<string, unknown>)[sleutel] : undefined);
  const body = bestand.replace(/^---\r?\n[\s\S]*?\r?\n---\s*\r?\n/, '');
  const delen = [
    ...tekst(veld(data.aanmelding, 'toelichting')),
    ...tekst(data.evaluatie),
    ...tekst(veld(data.beleid, 'status')),
    ...tekst(veld(data.beleid, 'door')),
    ...tekst(veld(data.beleid, 'toelichting')),
    ...lijst(data.resultaten),
    ...lijst(data.ondersteuning),
    ...(Array.isArray(data.correcties) ? data.correcties.flatMap((c) => tekst(veld(c, 'toelichting'))) : []),
    body,
  ];
  return delen
    .map((d) => d.trim())
    .filter(Boolean)
    .join('\n\n');
}
