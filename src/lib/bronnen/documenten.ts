import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { datumVoluitDeels } from '../kern/datum.ts';
import { join } from 'node:path';
import { contentMap } from '../content/content-map.ts';
import { isSjabloon } from '../content/collecties.ts';
import { leesFrontmatter } from '../content/frontmatter.ts';
import { brondocumentSchema } from '../schemas/brondocument.ts';

/**
 * The source documents the portal's facts come from: one file per document in content/bronnen
 * (schema: src/lib/schemas/brondocument.ts). A page cites a document by its file name. Read at
 * build time in Node (pages, open data); the content check has already judged the files, so an
 * invalid one is simply left out here.
 */

export interface Brondocument {
  /** Full title as the publisher gives it. */
  titel: string;
  /** Short title for citations on pages. */
  kort: string;
  /** Who published it. */
  uitgever: string;
  /** Publication date as the document gives it; null when the document is undated. */
  datum: string | null;
  /** What kind of document it is. */
  soort: string;
  /** Public address where the text can be read, when known. */
  url?: string;
  /** Note on rights or use, when there is one. */
  opmerking?: string;
}

export type BrondocumentSleutel = string;

/** The documents in given files ({ pad: "vng-handreiking.md", tekst }), by key, in file order. */
function brondocumentenUit(bestanden: readonly { pad: string; tekst: string }[]): Record<string, Brondocument> {
  const documenten: Record<string, Brondocument> = {};
  for (const { pad, tekst } of bestanden) {
    if (isSjabloon(pad) || !pad.endsWith('.md')) continue;
    const uitkomst = brondocumentSchema.safeParse(leesFrontmatter(tekst).data);
    if (!uitkomst.success) continue;
    const { datum, ...rest } = uitkomst.data;
    documenten[pad.replace(/\.md$/, '')] = { ...rest, datum: datum ?? null } as Brondocument;
  }
  return documenten;
}

function leesBrondocumenten(map: string): Record<string, Brondocument> {
  if (!existsSync(map)) return {};
  const paden = readdirSync(map)
    .filter((naam) => naam.endsWith('.md'))
    .sort();
  return brondocumentenUit(paden.map((pad) => ({ pad, tekst: readFileSync(join(map, pad), 'utf8') })));
}

export const BRONDOCUMENTEN: Readonly<Record<string, Brondocument>> = leesBrondocumenten(join(contentMap(), 'bronnen'));

export const BRONDOCUMENT_SLEUTELS = Object.keys(BRONDOCUMENTEN);

/** "2025-07-07" → "7 juli 2025", "2022-03" → "maart 2022", "2024" → "2024", null → "zonder datum". */
export function formatBrondatum(datum: string | null): string {
  if (!datum) return 'zonder datum';
  return datumVoluitDeels(datum);
}
