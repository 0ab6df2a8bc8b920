// A region's maximum stay lives once, in content/regios/<slug>.md. Every page that names it
// (handboek and route) must show exactly the region file's value, through <MaximaleDuur>:
// a hand-typed duration, or a page built from an older region file, makes this red.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { contentMap } from '../../src/lib/content/content-map.ts';
import { leesEnControleerContent } from '../../src/integrations/lees-content.ts';
import { DIST } from './browser.ts';

const ROOT = join(import.meta.dirname, '../..');
/** The region files as the build reads them (same content folder, same schema). */
const regios = [...leesEnControleerContent(contentMap(ROOT), ROOT).geldig.regios].map(([slug, data]) => ({
  slug,
  data: data as { maximale_duur_maanden?: number },
}));
/**
 * The expected words per month count, written out here rather than computed with the site's
 * own code, so a wrong number or unit in the component turns this red. A new count: add it.
 */
const IN_WOORDEN: Record<number, string> = { 6: 'hoogstens 6 maanden', 12: 'hoogstens 1 jaar', 18: 'hoogstens 18 maanden', 24: 'hoogstens 2 jaar' };
/** The region file's maximum in words; without one, null: the page may say so in its own words. */
const verwacht = (data: { maximale_duur_maanden?: number }) =>
  data.maximale_duur_maanden === undefined ? null : (IN_WOORDEN[data.maximale_duur_maanden] ?? `(${data.maximale_duur_maanden} maanden: zet in IN_WOORDEN)`);

const PAGINAS = [
  '/handboek/regionale-kaders/',
  '/handboek/traject-en-werkafspraken/',
  '/handboek/alles/',
  '/route/wat-is-een-safehouse/',
  '/route/de-route-stap-voor-stap/',
  '/route/veelgestelde-vragen/',
];
/**
 * The page's main text without its Bronnen lists, which say in brief what each source covers
 * (they close the page or, on /handboek/alles/, each chapter, and may hold nested sections).
 */
const lees = (pad: string) => {
  const pagina = parse(readFileSync(join(DIST, pad.slice(1), 'index.html'), 'utf8'));
  for (const bronnen of pagina.querySelectorAll('section.bronnen')) bronnen.remove();
  return pagina;
};
const tekst = (element: HTMLElement) => element.text.replace(/\s+/g, ' ');
/** Where the page shows a region's maximum through <MaximaleDuur>. */
const duurElementen = (pagina: HTMLElement) => pagina.querySelectorAll('span[data-maximale-duur]');
/** A duration as a maximum, in digits or words: "hoogstens 2 jaar", "Maximaal een jaar". */
const DUUR = /\b(hoogstens|maximaal|ten hoogste)\s+(\d+|een|één|twee|drie|vier|anderhalf|half)\s+(jaar|maanden?)\b/gi;

describe('maximum duration per regio comes from the regio file', () => {
  it('the regio files were found', () => {
    expect(regios.map((r) => r.slug)).toContain('achterhoek');
    expect(regios.some((r) => typeof r.data.maximale_duur_maanden === 'number')).toBe(true);
  });

  it.each(PAGINAS)('%s shows per regio the duration from the regio file', (pad) => {
    const getoond = duurElementen(lees(pad)).map((span) => span.getAttribute('data-maximale-duur')!);
    const fout = duurElementen(lees(pad))
      .map((span) => ({ slug: span.getAttribute('data-maximale-duur')!, tekst: tekst(span).trim() }))
      .map((g) => ({ ...g, regio: regios.find((r) => r.slug === g.slug) }))
      .filter((g) => !g.regio || (verwacht(g.regio.data) ? g.tekst !== verwacht(g.regio.data) : new RegExp(DUUR.source, 'i').test(g.tekst)))
      .map((g) => `${g.slug}: "${g.tekst}", verwacht "${g.regio ? (verwacht(g.regio.data) ?? 'geen duur') : '(geen regiobestand)'}"`);
    expect(fout).toEqual([]);
    // Every region that has a maximum is named on the page with it.
    const metDuur = regios.filter((r) => typeof r.data.maximale_duur_maanden === 'number').map((r) => r.slug);
    expect(metDuur.filter((slug) => !getoond.includes(slug))).toEqual([]);
  });

  it.each(PAGINAS)('%s names no hand-typed maximum duration', (pad) => {
    const zonderComponent = lees(pad);
    for (const span of duurElementen(zonderComponent)) span.remove();
    expect(tekst(zonderComponent).match(DUUR) ?? []).toEqual([]);
  });
});
