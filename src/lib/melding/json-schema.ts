import { z } from 'astro/zod';
import { ALLE_VELDEN } from './formulier.ts';
import { INVULLERS, sleutelsVan } from './keuzes.ts';
import { MELDING_JSON_SCHEMA, MELDING_SCHEMA_VERSIE, STAP_IDS, type StapId } from './woordenschat.ts';
import type { Vraag } from './vraag.ts';

/**
 * The published JSON Schema of melding.json (the attachment in every melding-PDF), so a
 * gemeente can read the answers without retyping. The form schema (schema.ts) turns typed
 * input into this output; its transforms cannot be expressed in JSON Schema, so the output is
 * described here from the same field definitions and converted with zod's z.toJSONSchema.
 * A key is required when the schema always writes it; whatever depends on the audience or on
 * another answer is optional.
 */

const enumVan = (opties: Readonly<Record<string, string>> | undefined) => z.enum(sleutelsVan(opties ?? {}) as [string, ...string[]]);

function uitvoer(veld: Vraag): z.ZodType {
  const beschrijving = veld.label;
  switch (veld.soort) {
    case 'datum':
      return z.iso.date().describe(`${beschrijving} (ISO-datum)`);
    case 'keuze':
      // An answer written without the question (the aanmelder's implied role) is one of the values too.
      return enumVan({ ...veld.opties, ...Object.fromEntries(Object.values(veld.zonderVraag ?? {}).map((w) => [w, w])) }).describe(beschrijving);
    case 'vinkjes':
      return z.array(enumVan(veld.opties)).describe(beschrijving);
    case 'vinkje':
      return veld.nietAangevinkt ? z.literal(true).describe(beschrijving) : z.boolean().describe(beschrijving);
    default:
      return veld.formaat === 'telefoon'
        ? z
            .string()
            .regex(/^\+\d{8,15}$/)
            .describe(`${beschrijving} (E.164)`)
        : z.string().describe(beschrijving);
  }
}

/** Written for every melding: required answers, ticked-or-not boxes, lists, answers written without a question (as `Altijd` in schema.ts). */
const altijd = (veld: Vraag) =>
  (veld.verplicht === true && !veld.alleenVoor && !veld.alleenAls) || veld.soort === 'vinkjes' || veld.soort === 'vinkje' || veld.zonderVraag !== undefined;

function stapSchema(stap: StapId) {
  const velden = ALLE_VELDEN.filter((v) => v.pad.startsWith(`${stap}.`));
  const vorm: Record<string, z.ZodType> = {};
  for (const veld of velden) {
    const naam = veld.pad.slice(stap.length + 1);
    vorm[naam] = altijd(veld) ? uitvoer(veld) : uitvoer(veld).optional();
  }
  return z.strictObject(vorm);
}

const meldingUitvoerSchema = z.strictObject({
  schema: z.literal(MELDING_JSON_SCHEMA),
  versie: z.literal(MELDING_SCHEMA_VERSIE),
  melding: z.strictObject({
    versie: z.literal(MELDING_SCHEMA_VERSIE),
    invuller: enumVan(INVULLERS).describe('Wie het formulier invulde'),
    ...Object.fromEntries(STAP_IDS.map((stap) => [stap, stapSchema(stap)])),
  }),
});

export function meldingJsonSchema(): Record<string, unknown> {
  return {
    $id: MELDING_JSON_SCHEMA,
    title: `Melding beschermd wonen — safehouse (melding.json), versie ${MELDING_SCHEMA_VERSIE}`,
    ...z.toJSONSchema(meldingUitvoerSchema, { target: 'draft-2020-12' }),
  };
}
