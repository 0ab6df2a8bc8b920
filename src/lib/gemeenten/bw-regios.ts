import { leesCsvMetKoppen } from './csv.ts';

/**
 * The regions beschermd wonen of the reference data (src/data/bw_regios.csv), each with a page
 * address. A region without its own content file gets a page built from these facts alone
 * (src/pages/regios/[...referentie].astro): nothing is added, unknown stays unknown.
 */
export interface BwRegio {
  /** Source-set key, e.g. "BW-ACH" (the same as gemeenten.csv:bw_bron). */
  sleutel: string;
  naam: string;
  /** Page address under /regios/, from the name: "Twente, centrumregio Almelo" → "twente-centrumregio-almelo". */
  slug: string;
  /** Only when a source names it. */
  centrumgemeente: string | null;
  gemeenten: string[];
  /** Source addresses as the reference data records them (some are a site plus a description). */
  bronnen: string[];
  opmerking: string | null;
}

export const slugVanNaam = (naam: string) =>
  naam
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

const gevuld = (w: string | undefined) => (w && w.trim() ? w.trim() : null);

export function leesBwRegios(csv: string): BwRegio[] {
  return leesCsvMetKoppen(csv).map((rij) => ({
    sleutel: rij.bw_bron ?? '',
    naam: rij.bw_regio ?? '',
    slug: slugVanNaam(rij.bw_regio ?? ''),
    centrumgemeente: gevuld(rij.centrumgemeente_bw),
    gemeenten: (rij.gemeenten ?? '')
      .split(';')
      .map((g) => g.trim())
      .filter(Boolean),
    bronnen: (rij.bronnen ?? '')
      .split('|')
      .map((b) => b.trim())
      .filter(Boolean),
    opmerking: gevuld(rij.opmerking),
  }));
}

/** The region's page: its own content file when there is one (same name or same slug), else the reference page. */
export function regioPaginaVoor(regio: Pick<BwRegio, 'naam' | 'slug'>, eigenRegios: readonly { id: string; naam: string }[]): { id: string; eigen: boolean } {
  const eigen = eigenRegios.find((r) => r.id === regio.slug || r.naam === regio.naam);
  return eigen ? { id: eigen.id, eigen: true } : { id: regio.slug, eigen: false };
}

/** A source address from the reference data as a link target, only when it is a full https address. */
export const bronLink = (bron: string) => (/^https:\/\/\S+$/.test(bron) ? bron : null);
