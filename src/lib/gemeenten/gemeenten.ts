import { leesCsvMetKoppen } from './csv.ts';

/**
 * The Dutch gemeenten with province and, where a public source supports it, the region and
 * centrumgemeente beschermd wonen. Data: src/data/gemeenten.csv (see src/data/README.md).
 */
export interface Gemeente {
  /** CBS code, e.g. "GM0983". */
  cbsCode: string;
  /** Official CBS name, e.g. "Venlo", "'s-Gravenhage". */
  naam: string;
  provincie: string;
  /** Centrumgemeente beschermd wonen, when a source names it. */
  centrumgemeente: string | null;
  /** Region beschermd wonen, when known. */
  bwRegio: string | null;
  /** "bron": a source names it; "afgeleid": inferred; null: no mapping found. */
  zekerheid: 'bron' | 'afgeleid' | null;
  /** Note on special cases (mergers, own intake since 2022, …). */
  opmerking: string | null;
}

const leegAlsNull = (waarde: string | undefined): string | null => (waarde && waarde.trim() ? waarde.trim() : null);

export function leesGemeenten(csv: string): Gemeente[] {
  return leesCsvMetKoppen(csv).map((rij) => {
    const zekerheid = leegAlsNull(rij.bw_zekerheid);
    return {
      cbsCode: rij.cbs_code ?? '',
      naam: rij.naam ?? '',
      provincie: rij.provincie ?? '',
      centrumgemeente: leegAlsNull(rij.centrumgemeente_bw),
      bwRegio: leegAlsNull(rij.bw_regio),
      zekerheid: zekerheid === 'bron' || zekerheid === 'afgeleid' ? zekerheid : null,
      opmerking: leegAlsNull(rij.bw_opmerking),
    };
  });
}
