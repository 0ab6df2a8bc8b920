import { headersVoor, type HeaderRegel } from './headers-bestand.ts';

/**
 * Compares what a deployed host sends with what dist/_headers asks for one path. Pure, so the
 * command (scripts/controleer-headers.ts) and its tests share it. A host may send more headers
 * than ours; each of ours must be there with exactly our value.
 */
export function verwachteHeaders(regels: readonly HeaderRegel[], pad: string): Map<string, string> {
  // A later (more specific) rule overrides the same header, as on every host we write for.
  return new Map(headersVoor(regels, pad).map(([naam, waarde]) => [naam.toLowerCase(), waarde]));
}

/** The problems in Dutch, one per header; empty when everything matches. */
export function headerProblemen(verwacht: ReadonlyMap<string, string>, ontvangen: { get(naam: string): string | null }): string[] {
  const problemen: string[] = [];
  for (const [naam, waarde] of verwacht) {
    const echt = ontvangen.get(naam);
    if (echt === null) problemen.push(`${naam} ontbreekt`);
    else if (echt.trim() !== waarde) problemen.push(`${naam} is "${kort(echt)}", verwacht "${kort(waarde)}"`);
  }
  return problemen;
}

const kort = (t: string) => (t.length > 80 ? `${t.slice(0, 77)}…` : t);
