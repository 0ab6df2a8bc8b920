import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentMap } from '../../src/integrations/content-map.ts';
import { leesEnControleerContent } from '../../src/integrations/lees-content.ts';
import { leesCsvMetKoppen } from '../../src/lib/gemeenten/csv.ts';
import { aanbiedersCsv, aanbiedersExport, CSV_KOLOMMEN, regiosExport } from '../../src/lib/opendata/export.ts';
import { aanbiedersExportSchema, jsonSchemaVoor, regiosExportSchema } from '../../src/lib/opendata/schema.ts';
import { stabieleUuid } from '../../src/lib/opendata/uuid.ts';
import type { Aanbieder } from '../../src/lib/schemas/aanbieder.ts';
import type { Regio } from '../../src/lib/schemas/regio.ts';

const root = join(import.meta.dirname, '../..');
const uitslag = leesEnControleerContent(contentMap(root), root);
const aanbieders = [...uitslag.geldig.aanbieders].map(([id, data]) => ({ id, data: data as Aanbieder }));
const regios = [...uitslag.geldig.regios].map(([id, data]) => ({ id, data: data as Regio }));

describe('open data', () => {
  const exp = aanbiedersExport(aanbieders, regios);

  it('de aanbieders-export voldoet aan het eigen schema (HSDS-vorm)', () => {
    expect(aanbiedersExportSchema.safeParse(exp).error?.issues ?? []).toEqual([]);
    expect(exp.organizations).toHaveLength(aanbieders.length);
    const ct = exp.organizations.find((o) => o.slug === 'confidence-twende')!;
    expect(ct.phones[0]).toMatchObject({ number: '+31882004730', description: '088 200 47 30' });
    expect(ct.services[0]!.organization_id).toBe(ct.id);
    expect(ct.services[0]!.nl.regio).toEqual([{ id: 'noord-en-midden-limburg', naam: 'Noord- en Midden-Limburg' }]);
    expect(ct.services[0]!.nl.verslavingsvormen).toBeNull(); // onbekend blijft onbekend
  });

  it('de regio-export voldoet aan het eigen schema', () => {
    const r = regiosExport(regios, aanbieders);
    expect(regiosExportSchema.safeParse(r).error?.issues ?? []).toEqual([]);
    const nml = r.regios.find((x) => x.id === 'noord-en-midden-limburg')!;
    expect(nml.aanbieders).toEqual(['confidence-twende', 'met-ggz-leger-des-heils']);
    expect(r.regios.find((x) => x.id === 'gooi-en-vechtstreek')!.maximale_duur_maanden).toBeNull();
  });

  it('de CSV leest terug tot dezelfde gegevens als de JSON', () => {
    const rijen = leesCsvMetKoppen(aanbiedersCsv(exp));
    expect(Object.keys(rijen[0]!)).toEqual([...CSV_KOLOMMEN]);
    expect(rijen).toHaveLength(exp.organizations.length);
    rijen.forEach((rij, i) => {
      const o = exp.organizations[i]!;
      const d = o.services[0]!.nl;
      expect(rij).toMatchObject({
        id: o.id,
        naam: o.name,
        telefoon: o.phones[0]?.number ?? '',
        website: o.website ?? '',
        regio: d.regio.map((r) => r.id).join('; '),
        methodiek: d.methodiek?.join('; ') ?? '',
        contract: d.contract ?? '',
        laatst_gecontroleerd: d.laatst_gecontroleerd,
      });
    });
  });

  it('ids zijn stabiele UUID’s (versie 5)', () => {
    expect(stabieleUuid('aanbieder/x')).toBe(stabieleUuid('aanbieder/x'));
    expect(stabieleUuid('aanbieder/x')).not.toBe(stabieleUuid('aanbieder/y'));
    expect(stabieleUuid('aanbieder/x')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('het gepubliceerde JSON Schema beschrijft de verplichte velden', () => {
    const js = jsonSchemaVoor(aanbiedersExportSchema, '/data/aanbieders.schema.v1.json', 't') as { $id: string; required: string[] };
    expect(js.$id).toBe('/data/aanbieders.schema.v1.json');
    expect(js.required).toEqual(expect.arrayContaining(['versie', 'organizations']));
  });
});
