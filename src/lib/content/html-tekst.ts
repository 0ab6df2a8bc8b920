const ENTITEITEN: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  '#39': "'",
  '#x27': "'",
  nbsp: ' ',
  '#160': ' ',
};

/**
 * The text of a rendered HTML fragment: tags dropped, the entities Astro and Markdown write
 * decoded in one pass (so "&amp;lt;" stays "&lt;"). For labels and anchors, not for display.
 */
export const htmlNaarTekst = (html: string) =>
  html.replace(/<[^>]+>/g, '').replace(/&(amp|lt|gt|quot|apos|nbsp|#39|#x27|#160);/g, (_, naam: string) => ENTITEITEN[naam]!);
