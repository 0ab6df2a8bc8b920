import type { z } from 'astro/zod';
import { aanbiederSchema } from '../schemas/aanbieder.ts';
import { begripSchema } from '../schemas/begrip.ts';
import { brondocumentSchema } from '../schemas/brondocument.ts';
import { paginaSchema } from '../schemas/pagina.ts';
import { regioSchema } from '../schemas/regio.ts';

/**
 * The content collections: folder under content/, which files count, and the schema.
 * Read by src/content.config.ts (Astro) and by the editors' check, so both judge alike.
 *
 * The Markdown body of a region or provider is what a region writes itself: `lichaam` limits it
 * to Markdown of a stated length (see src/lib/content/lichaam.ts).
 */
// A handboek chapter's place comes only from "volgorde" (src/lib/handboek/volgorde.ts): the
// schema rejects "volgende", so the check names the file and line instead of a quiet override.
const handboekSchema = paginaSchema.omit({ volgende: true });

export const COLLECTIES = {
  route: { map: 'route', patroon: '**/[^_]*.{md,mdx}', schema: paginaSchema, omschrijving: 'route-pagina' },
  handboek: { map: 'handboek', patroon: '**/[^_]*.{md,mdx}', schema: handboekSchema, omschrijving: 'handboekhoofdstuk' },
  regios: { map: 'regios', patroon: '**/[^_]*.md', schema: regioSchema, omschrijving: 'regio' },
  aanbieders: { map: 'aanbieders', patroon: '**/[^_]*.md', schema: aanbiederSchema, omschrijving: 'aanbieder' },
  begrippen: { map: 'begrippen', patroon: '**/[^_]*.md', schema: begripSchema, omschrijving: 'begrip' },
  // Read by src/lib/bronnen/documenten.ts, not by Astro: no page of its own.
  bronnen: { map: 'bronnen', patroon: '[^_]*.md', schema: brondocumentSchema, omschrijving: 'brondocument' },
} as const satisfies Record<string, { map: string; patroon: string; schema: z.ZodType; omschrijving: string }>;

export type CollectieNaam = keyof typeof COLLECTIES;

/** Files whose name starts with "_" are templates and drafts: not published, not checked. */
export function isSjabloon(bestandsnaam: string): boolean {
  return bestandsnaam.split('/').some((deel) => deel.startsWith('_'));
}

/** The slug Astro's glob loader gives a file: its path without extension, lower case. */
export function slugVan(relatiefPad: string): string {
  return relatiefPad
    .replace(/\.(md|mdx)$/i, '')
    .split('/')
    .map((deel) =>
      deel
        .toLowerCase()
        .replace(/[^a-z0-9-]+/g, '-')
        .replace(/^-+|-+$/g, ''),
    )
    .join('/');
}
