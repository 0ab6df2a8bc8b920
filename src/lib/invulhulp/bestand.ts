import { Document } from 'yaml';
import { COLLECTIES } from '../content/collecties.ts';
import { controleerContent, type ContentBestand, type Probleem, type Referentie } from '../content/controleer.ts';
import { leesFrontmatter } from '../content/frontmatter.ts';
import { beschrijfVelden } from '../content/veldbeschrijvingen.ts';

/**
 * The core of the invulhulp on /regios/publiceren/ (pure; the island only renders): it writes a
 * region or provider file from form values, reads an existing file back, and judges it with the
 * very check the build runs (controleerContent), so form, `npm run controleer` and build cannot
 * disagree. Each problem is tied to the top-level field whose lines it points at.
 */
export type Soort = 'regios' | 'aanbieders';

/** Frontmatter values in the schema's field order, empty ones left out, and the Markdown body. */
export function maakBestand(soort: Soort, waarden: Record<string, unknown>, lichaam: string): string {
  const volgorde = beschrijfVelden(COLLECTIES[soort].schema).map((v) => v.sleutel);
  const gevuld = (w: unknown): boolean => w !== undefined && w !== null && w !== '' && !(Array.isArray(w) && w.length === 0);
  const data = Object.fromEntries(
    [...volgorde, ...Object.keys(waarden).filter((k) => !volgorde.includes(k))].filter((k) => gevuld(waarden[k])).map((k) => [k, waarden[k]]),
  );
  const yaml = new Document(data).toString({ lineWidth: 0 });
  return `---\n${yaml}---\n${lichaam.trim() ? `\n${lichaam.trim()}\n` : ''}`;
}

/** An existing file as form values, and the original text (saving unchanged gives it back). */
export function leesBestand(tekst: string): { waarden: Record<string, unknown>; lichaam: string; problemen: string[] } {
  const fm = leesFrontmatter(tekst);
  const data = fm.data && typeof fm.data === 'object' && !Array.isArray(fm.data) ? (fm.data as Record<string, unknown>) : {};
  return { waarden: data, lichaam: fm.lichaam, problemen: fm.leesfouten.map((f) => `Regel ${f.regel}: ${f.bericht}`) };
}

export interface Veldprobleem extends Probleem {
  /** The top-level field it belongs to, or null for the file as a whole. */
  veld: string | null;
}

/**
 * The check's verdict on one file, with the documents and regions it may cite. `andere` are the
 * site's other files (source documents, regions), so "bestaat niet" is judged as in the build.
 */
export function controleerBestand(
  soort: Soort,
  bestandsnaam: string,
  tekst: string,
  andere: readonly ContentBestand[],
  referentie: Referentie,
  vandaag: Date = new Date(),
): Veldprobleem[] {
  const pad = `${bestandsnaam}.md`;
  const uitslag = controleerContent(
    [...andere.filter((b) => !(b.collectie === soort && b.pad === pad)), { collectie: soort, pad, tekst }],
    referentie,
    vandaag,
  );
  const eigen = `content/${COLLECTIES[soort].map}/${pad}`;
  const fm = leesFrontmatter(tekst);
  const sleutels = fm.data && typeof fm.data === 'object' ? Object.keys(fm.data as object) : [];
  const begin = sleutels.map((k) => ({ veld: k, regel: fm.regelVan([k]) })).sort((a, b) => a.regel - b.regel);
  const veldOpRegel = (regel: number) => {
    if (regel >= fm.lichaamRegel) return 'lichaam';
    return [...begin].reverse().find((b) => b.regel <= regel)?.veld ?? null;
  };
  return uitslag.problemen.filter((p) => p.bestand === eigen).map((p) => ({ ...p, veld: veldOpRegel(p.regel) }));
}
