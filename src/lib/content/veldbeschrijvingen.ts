import { z } from 'astro/zod';

/**
 * The fields of a content schema as people read them, derived from the schema's own `.meta()`
 * (src/lib/schemas/algemeen.ts, `beschreven`) through zod's JSON Schema: label, meaning,
 * example, required, choices and limits. Read by the content check (labels), the field list on
 * /regios/publiceren/ and the template generator (scripts/maak-sjablonen.ts).
 */
export interface Veldbeschrijving {
  sleutel: string;
  label: string;
  betekenis: string;
  /** A valid example value (a leaf's own, or composed from the fields of a group). */
  voorbeeld?: unknown;
  verplicht: boolean;
  soort: 'tekst' | 'datum' | 'getal' | 'ja-nee' | 'keuze' | 'lijst' | 'groep';
  /** Allowed values with their labels (a choice, or a list of choices). */
  keuzes?: Readonly<Record<string, string>>;
  /** Most characters (text) or highest number the schema allows. */
  maximum?: number;
  /** For a list: what each item is. For a group: its fields. */
  element?: Veldbeschrijving;
  velden?: Veldbeschrijving[];
}

interface JsonSchema {
  type?: string;
  title?: string;
  description?: string;
  voorbeeld?: unknown;
  enum?: string[];
  keuzes?: Record<string, string>;
  maxLength?: number;
  format?: string;
  maximum?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
}

function beschrijf(sleutel: string, js: JsonSchema, verplicht: boolean): Veldbeschrijving {
  const basis = { sleutel, label: js.title ?? sleutel, betekenis: js.description ?? '', verplicht };
  if (js.type === 'object' && js.properties) {
    const velden = Object.entries(js.properties).map(([k, v]) => beschrijf(k, v, js.required?.includes(k) ?? false));
    const voorbeeld = Object.fromEntries(velden.filter((v) => v.voorbeeld !== undefined).map((v) => [v.sleutel, v.voorbeeld]));
    return { ...basis, soort: 'groep', velden, voorbeeld };
  }
  if (js.type === 'array' && js.items) {
    const element = beschrijf(sleutel, js.items, true);
    const voorbeeld = js.voorbeeld ?? (element.voorbeeld === undefined ? undefined : [element.voorbeeld]);
    return {
      ...basis,
      soort: 'lijst',
      element,
      ...(voorbeeld === undefined ? {} : { voorbeeld }),
      ...(element.keuzes ? { keuzes: element.keuzes } : {}),
    };
  }
  const soort = js.enum
    ? 'keuze'
    : js.type === 'number' || js.type === 'integer'
      ? 'getal'
      : js.type === 'boolean'
        ? 'ja-nee'
        : js.format === 'date'
          ? 'datum'
          : 'tekst';
  const maximum = js.maxLength ?? js.maximum;
  return {
    ...basis,
    soort,
    ...(js.voorbeeld === undefined ? {} : { voorbeeld: js.voorbeeld }),
    ...(js.enum ? { keuzes: js.keuzes ?? Object.fromEntries(js.enum.map((w) => [w, w])) } : {}),
    ...(maximum === undefined ? {} : { maximum }),
  };
}

const cache = new WeakMap<z.ZodType, Veldbeschrijving[]>();

/** The top-level fields of an object schema, in schema order. */
export function beschrijfVelden(schema: z.ZodType): Veldbeschrijving[] {
  const bekend = cache.get(schema);
  if (bekend) return bekend;
  // io "input": what an editor writes (before transforms); transforms themselves have no JSON form.
  const js = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const velden = beschrijf('', js, true).velden ?? [];
  cache.set(schema, velden);
  return velden;
}

/** Is this top-level field required in the schema? */
export function isVerplicht(schema: z.ZodType, veld: string): boolean {
  return beschrijfVelden(schema).find((v) => v.sleutel === veld)?.verplicht ?? false;
}

/** Every label by key, over several schemas (the same key has the same label everywhere: tested). */
export function labelsVan(schemas: readonly z.ZodType[]): Record<string, string> {
  const labels: Record<string, string> = {};
  const voeg = (v: Veldbeschrijving) => {
    labels[v.sleutel] ??= v.label;
    v.velden?.forEach(voeg);
    v.element?.velden?.forEach(voeg);
  };
  for (const schema of schemas) beschrijfVelden(schema).forEach(voeg);
  return labels;
}

/** "Kies uit: alcohol (Alcohol), drugs (Drugs)" — for hints, from the one choice table. */
export const keuzeUitleg = (keuzes: Readonly<Record<string, string>>) =>
  Object.entries(keuzes)
    .map(([sleutel, label]) => (sleutel.toLowerCase() === label.toLowerCase() ? sleutel : `${sleutel} (${label})`))
    .join(', ');
