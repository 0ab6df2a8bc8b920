// The published JSON Schema of melding.json (dist/melding/melding.schema.v1.json): it describes
// exactly what the PDF embeds. No JSON Schema validator is installed, so a small checker below
// covers the keywords the schema uses (type, properties, required, additionalProperties, enum,
// const, items, pattern, format date).
import { describe, expect, it } from 'vitest';
import { meldingJsonSchema } from '../../src/lib/melding/json-schema.ts';
import { meldingSchema } from '../../src/lib/melding/schema.ts';
import { meldingJson } from '../../src/lib/melding/melding-json.ts';
import { MELDING_JSON_NAAM, MELDING_JSON_SCHEMA } from '../../src/lib/melding/woordenschat.ts';
import { maakMeldingPdf } from '../../src/lib/melding-pdf/melding-pdf.ts';
import { leesBijlage } from '../../src/lib/pdf/teken.ts';
import { GEMEENTEN, MELDINGEN, PEILDATUM } from '../fixtures/meldingen.ts';
import { PDF_FONTS } from '../fixtures/pdf-fonts.ts';

type Schema = {
  type?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean;
  enum?: unknown[];
  const?: unknown;
  items?: Schema;
  pattern?: string;
  format?: string;
};

function fouten(schema: Schema, data: unknown, pad = '$'): string[] {
  const uit: string[] = [];
  if ('const' in schema && data !== schema.const) uit.push(`${pad}: niet ${JSON.stringify(schema.const)}`);
  if (schema.enum && !schema.enum.includes(data)) uit.push(`${pad}: ${JSON.stringify(data)} niet in enum`);
  const soort = Array.isArray(data) ? 'array' : data === null ? 'null' : typeof data;
  if (schema.type && schema.type !== soort && !(schema.type === 'integer' && Number.isInteger(data)))
    return [...uit, `${pad}: ${soort} in plaats van ${schema.type}`];
  if (typeof data === 'string' && schema.pattern && !new RegExp(schema.pattern).test(data)) uit.push(`${pad}: past niet bij ${schema.pattern}`);
  if (typeof data === 'string' && schema.format === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(data)) uit.push(`${pad}: geen datum`);
  if (Array.isArray(data) && schema.items) data.forEach((w, i) => uit.push(...fouten(schema.items!, w, `${pad}[${i}]`)));
  if (soort === 'object') {
    const obj = data as Record<string, unknown>;
    for (const sleutel of schema.required ?? []) if (!(sleutel in obj)) uit.push(`${pad}.${sleutel}: ontbreekt`);
    for (const [sleutel, waarde] of Object.entries(obj)) {
      const sub = schema.properties?.[sleutel];
      if (sub) uit.push(...fouten(sub, waarde, `${pad}.${sleutel}`));
      else if (schema.additionalProperties === false) uit.push(`${pad}.${sleutel}: niet toegestaan`);
    }
  }
  return uit;
}

const schema = meldingJsonSchema() as Schema & { $id: string; $schema: string };
const parse = (naam: keyof typeof MELDINGEN) => meldingSchema({ peildatum: PEILDATUM, gemeenten: GEMEENTEN }).parse(MELDINGEN[naam]);

describe('JSON Schema of melding.json', () => {
  it('has as $id the path it is published at, which is also the schema id in the PDF', () => {
    expect(schema.$id).toBe('/melding/melding.schema.v1.json');
    expect(MELDING_JSON_SCHEMA).toBe(schema.$id);
    expect(JSON.parse(meldingJson(parse('minimaal'))).schema).toBe(schema.$id);
    expect(schema.$schema).toContain('2020-12');
  });

  it('validates the JSON that is really in a melding PDF', async () => {
    const bytes = await maakMeldingPdf(parse('maximaal'), { fonts: PDF_FONTS, gemaaktOp: new Date('2026-11-22T10:30:00+01:00') });
    const bijlage = await leesBijlage(bytes, MELDING_JSON_NAAM);
    expect(bijlage.ok).toBe(true);
    const data = JSON.parse((bijlage as { ok: true; tekst: string }).tekst);
    expect(fouten(schema, data)).toEqual([]);
  });

  it.each(Object.keys(MELDINGEN) as (keyof typeof MELDINGEN)[])('validates fixture %s', (naam) => {
    expect(fouten(schema, JSON.parse(meldingJson(parse(naam))))).toEqual([]);
  });

  it('rejects what is wrong', () => {
    const goed = JSON.parse(meldingJson(parse('minimaal')));
    expect(fouten(schema, { ...goed, schema: 'iets anders' })).not.toEqual([]);
    const zonderNaam = structuredClone(goed);
    delete zonderNaam.melding.client.voornamen;
    expect(fouten(schema, zonderNaam)).toContain('$.melding.client.voornamen: ontbreekt');
    expect(fouten(schema, { ...goed, melding: { ...goed.melding, client: { ...goed.melding.client, bsn: 123 } } })).toContain(
      '$.melding.client.bsn: number in plaats van string',
    );
    expect(fouten(schema, { ...goed, melding: { ...goed.melding, extra: 1 } })).toContain('$.melding.extra: niet toegestaan');
    expect(fouten(schema, { ...goed, melding: { ...goed.melding, behandeling: { ...goed.melding.behandeling, soort: 'x' } } })).toContain(
      '$.melding.behandeling.soort: "x" niet in enum',
    );
  });
});
