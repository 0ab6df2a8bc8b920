import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentMap } from '../../src/integrations/content-map.ts';
import { leesEnControleerContent } from '../../src/integrations/lees-content.ts';
import { leesCsvMetKoppen } from '../../src/lib/gemeenten/csv.ts';
import { leesGemeenten } from '../../src/lib/gemeenten/gemeenten.ts';
import { aanbiedersCsv, aanbiedersExport, correctieTekst, CSV_KOLOMMEN, regiosExport } from '../../src/lib/opendata/export.ts';
import { aanbiederJsonLd } from '../../src/lib/opendata/jsonld.ts';
import { aanbiedersExportSchema, jsonSchemaVoor, regiosExportSchema } from '../../src/lib/opendata/schema.ts';
import { stabieleUuid } from '../../src/lib/opendata/uuid.ts';
import type { Aanbieder } from '../../src/lib/schemas/aanbieder.ts';
import { AANMELDROUTES, METHODIEKEN, VERSLAVINGSVORMEN } from '../../src/lib/schemas/keuzelijsten.ts';
import type { Regio } from '../../src/lib/schemas/regio.ts';

const root = join(import.meta.dirname, '../..');
const uitslag = leesEnControleerContent(contentMap(root), root);
const aanbieders = [...uitslag.geldig.aanbieders].map(([id, data]) => ({ id, data: data as Aanbieder }));
const regios = [...uitslag.geldig.regios].map(([id, data]) => ({ id, data: data as Regio }));
const provincieOp = new Map(leesGemeenten(readFileSync(join(root, 'src/data/gemeenten.csv'), 'utf8')).map((g) => [g.naam, g.provincie]));
const provincieVan = (plaats: string) => provincieOp.get(plaats) ?? null;

describe('open data', () => {
  const exp = aanbiedersExport(aanbieders, regios, { provincieVan });

  it('de aanbieders-export voldoet aan het eigen schema (HSDS-vorm)', () => {
    expect(aanbiedersExportSchema.safeParse(exp).error?.issues ?? []).toEqual([]);
    expect(exp.organizations).toHaveLength(aanbieders.length);
    const ct = exp.organizations.find((o) => o.slug === 'confidence-twende')!;
    expect(ct.phones[0]).toMatchObject({ number: '+31882004730', description: '088 200 47 30' });
    expect(ct.services[0]!.organization_id).toBe(ct.id);
    expect(ct.services[0]!.nl.regio).toEqual([{ id: 'noord-en-midden-limburg', naam: 'Noord- en Midden-Limburg' }]);
    expect(ct.services[0]!.nl.verslavingsvormen).toBeNull(); // onbekend blijft onbekend
    expect(ct.description).not.toMatch(/alcohol|drugs/);
  });

  it('zonder straat en postcode geen HSDS-adres met nulls, wel plaats, provincie en de koppeling dienst → locatie', () => {
    const ct = exp.organizations.find((o) => o.slug === 'confidence-twende')!;
    const locatie = ct.locations[0]!;
    expect(locatie.addresses).toEqual([]);
    expect(locatie.nl).toEqual({ plaats: 'Venlo', provincie: 'Limburg' });
    expect(ct.services[0]!.service_at_locations).toEqual([
      { id: expect.any(String), service_id: ct.services[0]!.id, location_id: locatie.id },
    ]);
    expect(JSON.stringify(exp)).not.toMatch(/"(address_1|postal_code|state_province)":null/);
  });

  it('een volledig adres wordt een HSDS-adres met provincie uit de gemeentelijst', () => {
    const met = aanbiedersExport(
      [{ id: 'x', data: { ...aanbieders[0]!.data, adres: 'Voorbeeldstraat 1, 5911AA Venlo' } }],
      regios,
      { provincieVan },
    );
    expect(aanbiedersExportSchema.safeParse(met).error?.issues ?? []).toEqual([]);
    expect(met.organizations[0]!.locations[0]!.addresses).toEqual([
      expect.objectContaining({ address_1: 'Voorbeeldstraat 1', postal_code: '5911 AA', city: 'Venlo', state_province: 'Limburg', location_id: met.organizations[0]!.locations[0]!.id }),
    ]);
    const onvolledig = aanbiedersExport([{ id: 'x', data: { ...aanbieders[0]!.data, adres: 'ergens in Venlo' } }], regios, { provincieVan });
    expect(onvolledig.organizations[0]!.locations[0]!.addresses).toEqual([]);
  });

  it('portaallinks zijn absoluut met SITE_URL en anders relatief, ook in JSON-LD', () => {
    const abs = aanbiedersExport(aanbieders, regios, { basisUrl: 'https://voorbeeld.nl' });
    expect(abs.organizations.map((o) => o.services[0]!.nl.portaal_url)).toContain('https://voorbeeld.nl/aanbieders/confidence-twende/');
    expect(exp.organizations.map((o) => o.services[0]!.nl.portaal_url)).toContain('/aanbieders/confidence-twende/');
    expect(regiosExport(regios, aanbieders, { basisUrl: 'https://voorbeeld.nl' }).regios[0]!.url).toMatch(/^https:\/\/voorbeeld\.nl\/regios\//);
    const ld = aanbiederJsonLd({ ...aanbieders[0]!.data, website: undefined }, 'https://voorbeeld.nl/aanbieders/x/', []);
    expect(ld.url).toBe('https://voorbeeld.nl/aanbieders/x/');
    expect(String(ld.description)).not.toMatch(/alcohol|drugs/);
  });

  it('de keuzelijsten van de export komen uit dezelfde tabellen als het contentschema', () => {
    const js = jsonSchemaVoor(aanbiedersExportSchema, 'x', 't');
    const tekst = JSON.stringify(js);
    for (const sleutel of [...Object.keys(VERSLAVINGSVORMEN), ...Object.keys(METHODIEKEN)]) expect(tekst).toContain(`"${sleutel}"`);
    const regioJs = JSON.stringify(jsonSchemaVoor(regiosExportSchema, 'x', 't'));
    for (const sleutel of Object.keys(AANMELDROUTES)) expect(regioJs).toContain(`"${sleutel}"`);
    const metOnbekendeVorm = structuredClone(exp);
    (metOnbekendeVorm.organizations[0]!.services[0]!.nl as { verslavingsvormen: string[] }).verslavingsvormen = ['koffie'];
    expect(aanbiedersExportSchema.safeParse(metOnbekendeVorm).success).toBe(false);
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
        url: d.portaal_url,
        correcties: d.correcties.map(correctieTekst).join('; '),
      });
    });
    // The guessed Confidence Twende address never travels without its note.
    const ct = rijen.find((r) => r.slug === 'confidence-twende')!;
    expect(ct.website).toBe('https://www.confidence-twende.nl/safehouse');
    expect(ct.correcties).toContain('website: in de bron staat "www.confidence-twende/safehouse".');
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
