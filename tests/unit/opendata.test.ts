import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentMap } from '../../src/lib/content/content-map.ts';
import { leesEnControleerContent } from '../../src/integrations/lees-content.ts';
import { leesCsvMetKoppen } from '../../src/lib/gemeenten/csv.ts';
import { leesGemeenten } from '../../src/lib/gemeenten/gemeenten.ts';
import { aanbiedersCsv, aanbiedersExport, CSV_KOLOMMEN, regiosExport } from '../../src/lib/opendata/export.ts';
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

  it('the aanbieders export conforms to its own schema (HSDS shape)', () => {
    expect(aanbiedersExportSchema.safeParse(exp).error?.issues ?? []).toEqual([]);
    expect(exp.organizations).toHaveLength(aanbieders.length);
    const ct = exp.organizations.find((o) => o.slug === 'confidence-twende')!;
    expect(ct.phones![0]).toMatchObject({ number: '+31882004730', description: '088 200 47 30' });
    expect(ct.services[0]!.organization_id).toBe(ct.id);
    expect(ct.services[0]!.nl.regio).toEqual([{ id: 'noord-en-midden-limburg', naam: 'Noord- en Midden-Limburg' }]);
    // From the regional page's doelgroep section (seed 000), like methodiek from its aanpak section.
    expect(ct.services[0]!.nl.verslavingsvormen).toEqual(['alcohol', 'drugs', 'gamen', 'gokken', 'seks-liefde']);
    expect('bovenregionaal' in ct.services[0]!.nl).toBe(false); // onbekend blijft onbekend: weggelaten, nooit null
    // The corrected website never travels without its note, in the JSON too.
    expect(ct.services[0]!.nl.correcties).toEqual([expect.objectContaining({ veld: 'website', in_de_bron: 'www.confidence-twende/safehouse' })]);
    expect(ct.description).not.toMatch(/alcohol|drugs/);
  });

  it('without street and postcode no HSDS address with nulls, but city, province and the service → location link', () => {
    const ct = exp.organizations.find((o) => o.slug === 'confidence-twende')!;
    const locatie = ct.locations![0]!;
    expect('addresses' in locatie).toBe(false);
    expect(locatie.nl).toEqual({ plaats: 'Venlo', provincie: 'Limburg' });
    expect(ct.services[0]!.service_at_locations).toEqual([{ id: expect.any(String), service_id: ct.services[0]!.id, location_id: locatie.id }]);
    expect(JSON.stringify(exp)).not.toMatch(/"(address_1|postal_code|state_province)":null/);
  });

  it('a full address becomes an HSDS address with the province from the gemeente list', () => {
    const met = aanbiedersExport([{ id: 'x', data: { ...aanbieders[0]!.data, adres: 'Voorbeeldstraat 1, 5911AA Venlo' } }], regios, { provincieVan });
    expect(aanbiedersExportSchema.safeParse(met).error?.issues ?? []).toEqual([]);
    expect(met.organizations[0]!.locations![0]!.addresses).toEqual([
      expect.objectContaining({
        address_1: 'Voorbeeldstraat 1',
        postal_code: '5911 AA',
        city: 'Venlo',
        state_province: 'Limburg',
        location_id: met.organizations[0]!.locations![0]!.id,
      }),
    ]);
    const onvolledig = aanbiedersExport([{ id: 'x', data: { ...aanbieders[0]!.data, adres: 'ergens in Venlo' } }], regios, { provincieVan });
    expect('addresses' in onvolledig.organizations[0]!.locations![0]!).toBe(false);
  });

  it('portal links are absolute with SITE_URL and relative otherwise, also in JSON-LD', () => {
    const abs = aanbiedersExport(aanbieders, regios, { basisUrl: 'https://voorbeeld.nl' });
    expect(abs.organizations.map((o) => o.services[0]!.nl.portaal_url)).toContain('https://voorbeeld.nl/aanbieders/confidence-twende/');
    expect(exp.organizations.map((o) => o.services[0]!.nl.portaal_url)).toContain('/aanbieders/confidence-twende/');
    expect(regiosExport(regios, aanbieders, { basisUrl: 'https://voorbeeld.nl' }).regios[0]!.url).toMatch(/^https:\/\/voorbeeld\.nl\/regios\//);
    const ld = aanbiederJsonLd({ ...aanbieders[0]!.data, website: undefined }, 'https://voorbeeld.nl/aanbieders/x/', []);
    expect(ld.url).toBe('https://voorbeeld.nl/aanbieders/x/');
    expect(String(ld.description)).not.toMatch(/alcohol|drugs/);
  });

  it('the choice lists of the export come from the same tables as the content schema', () => {
    const js = jsonSchemaVoor(aanbiedersExportSchema, 'x', 't');
    const tekst = JSON.stringify(js);
    for (const sleutel of [...Object.keys(VERSLAVINGSVORMEN), ...Object.keys(METHODIEKEN)]) expect(tekst).toContain(`"${sleutel}"`);
    const regioJs = JSON.stringify(jsonSchemaVoor(regiosExportSchema, 'x', 't'));
    for (const sleutel of Object.keys(AANMELDROUTES)) expect(regioJs).toContain(`"${sleutel}"`);
    const metOnbekendeVorm = structuredClone(exp);
    (metOnbekendeVorm.organizations[0]!.services[0]!.nl as { verslavingsvormen: string[] }).verslavingsvormen = ['koffie'];
    expect(aanbiedersExportSchema.safeParse(metOnbekendeVorm).success).toBe(false);
  });

  it('the regio export conforms to its own schema and names the derived members', () => {
    const afgeleid = new Set(
      leesGemeenten(readFileSync(join(root, 'src/data/gemeenten.csv'), 'utf8'))
        .filter((g) => g.zekerheid === 'afgeleid')
        .map((g) => g.naam),
    );
    const r = regiosExport(regios, aanbieders, { isAfgeleid: (g) => afgeleid.has(g) });
    expect(r.regios.find((x) => x.id === 'noord-en-midden-limburg')!.afgeleide_gemeenten).toEqual(['Roerdalen', 'Roermond', 'Weert']);
    expect('afgeleide_gemeenten' in r.regios.find((x) => x.id === 'achterhoek')!).toBe(false);
    expect(regiosExportSchema.safeParse(r).error?.issues ?? []).toEqual([]);
    const nml = r.regios.find((x) => x.id === 'noord-en-midden-limburg')!;
    expect(nml.aanbieders).toEqual(['confidence-twende', 'met-ggz-leger-des-heils']);
    expect('maximale_duur_maanden' in r.regios.find((x) => x.id === 'gooi-en-vechtstreek')!).toBe(false);
  });

  it('the CSV reads back to the same data as the JSON, in every column', () => {
    // A provider with every field filled, so no column can hide behind an empty value.
    const vol: Aanbieder = {
      ...aanbieders[0]!.data,
      naam: 'Volledig, "getest"',
      email: 'info@voorbeeld.nl',
      adres: 'Voorbeeldstraat 1, 5911 AA Venlo',
      verslavingsvormen: ['alcohol', 'gokken'],
      methodiek: ['12-stappen-minnesota', 'herstelgericht'],
      bovenregionaal: true,
      keurmerk: 'VKS-keurmerk',
      contract: 'Gecontracteerd; met puntkomma',
      correcties: [{ veld: 'website', in_de_bron: 'www.voorbeeld/x', toelichting: 'De extensie ontbrak.' }],
    };
    const metVol = aanbiedersExport([...aanbieders, { id: 'volledig', data: vol }], regios, { provincieVan });
    const rijen = leesCsvMetKoppen(aanbiedersCsv(metVol));
    expect(Object.keys(rijen[0]!)).toEqual([...CSV_KOLOMMEN]);
    expect(rijen).toHaveLength(metVol.organizations.length);
    // Every column, written out literally: the expectation does not restate the export's own mapping.
    const volledig = metVol.organizations.find((o) => o.slug === 'volledig')!;
    expect(rijen.find((r) => r.slug === 'volledig')).toEqual({
      id: stabieleUuid('aanbieder/volledig'),
      slug: 'volledig',
      naam: 'Volledig, "getest"',
      plaats: 'Venlo',
      telefoon: volledig.phones![0]!.number,
      website: vol.website,
      email: 'info@voorbeeld.nl',
      adres: 'Voorbeeldstraat 1',
      regio: vol.regio.join('; '),
      verslavingsvormen: 'alcohol; gokken',
      methodiek: '12-stappen-minnesota; herstelgericht',
      bovenregionaal: 'ja',
      contract: 'Gecontracteerd; met puntkomma',
      keurmerk: 'VKS-keurmerk',
      laatst_gecontroleerd: vol.laatst_gecontroleerd,
      url: '/aanbieders/volledig/',
      correcties: 'website: in de bron staat "www.voorbeeld/x". De extensie ontbrak.',
      licentie: 'CC0 1.0 Universeel (publiek domein), https://creativecommons.org/publicdomain/zero/1.0/deed.nl',
    });
    expect(volledig.phones![0]!.number).toMatch(/^\+31\d+$/);
    expect(rijen.find((r) => r.slug === 'confidence-twende')).toEqual({
      id: stabieleUuid('aanbieder/confidence-twende'),
      slug: 'confidence-twende',
      naam: 'Confidence Twende',
      plaats: 'Venlo',
      telefoon: '+31882004730',
      website: 'https://www.confidence-twende.nl/safehouse',
      email: '',
      adres: '',
      regio: 'noord-en-midden-limburg',
      verslavingsvormen: 'alcohol; drugs; gamen; gokken; seks-liefde',
      methodiek: 'herstelgericht; 12-stappen-minnesota',
      bovenregionaal: '',
      contract: 'Gecontracteerd door de gemeenten in Noord- en Midden-Limburg.',
      keurmerk: '',
      laatst_gecontroleerd: aanbieders.find((x) => x.id === 'confidence-twende')!.data.laatst_gecontroleerd,
      url: '/aanbieders/confidence-twende/',
      correcties: expect.stringMatching(/^website: in de bron staat "www\.confidence-twende\/safehouse"\. Het adres in de bron mist/),
      licentie: 'CC0 1.0 Universeel (publiek domein), https://creativecommons.org/publicdomain/zero/1.0/deed.nl',
    });
    // The guessed Confidence Twende address never travels without its note.
    const ct = rijen.find((r) => r.slug === 'confidence-twende')!;
    expect(ct.website).toBe('https://www.confidence-twende.nl/safehouse');
    expect(ct.correcties).toContain('website: in de bron staat "www.confidence-twende/safehouse".');
  });

  it('HSDS text fields are never null: unknown means left out', () => {
    const zonder = aanbiedersExport([{ id: 'kaal', data: { ...aanbieders[0]!.data, website: undefined, email: undefined, keurmerk: undefined } }], regios, {
      provincieVan,
    });
    const o = zonder.organizations[0]!;
    const d = o.services[0]!;
    for (const [object, velden] of [
      [o, ['website', 'email']],
      [d, ['url', 'email', 'accreditations']],
    ] as const) {
      for (const veld of velden) expect(Object.hasOwn(object, veld), veld).toBe(false);
    }
    expect(aanbiedersExportSchema.safeParse(zonder).error?.issues ?? []).toEqual([]);
    const metNull = structuredClone(exp) as unknown as { organizations: { website: unknown }[] };
    metNull.organizations[0]!.website = null;
    expect(aanbiedersExportSchema.safeParse(metNull).success).toBe(false);
    expect(JSON.stringify(exp)).not.toMatch(/"(website|email|url|accreditations|application_process|assured_date)":null/);
  });

  it('HSDS fields carry last checked, quality mark, service area and application', () => {
    const nml = regios.find((r) => r.id === 'noord-en-midden-limburg')!.data;
    const ct = aanbieders.find((a) => a.id === 'confidence-twende')!;
    const metKeurmerk = aanbiedersExport([{ id: ct.id, data: { ...ct.data, keurmerk: 'VKS-keurmerk', laatst_gecontroleerd: '2026-10-01' } }], regios, {
      provincieVan,
    });
    const d = metKeurmerk.organizations[0]!.services[0]!;
    expect(d.assured_date).toBe('2026-10-01');
    expect(d.accreditations).toBe('VKS-keurmerk');
    expect(d.url).toBe('https://www.confidence-twende.nl/safehouse');
    expect(d.service_areas).toEqual([
      { id: expect.any(String), service_id: d.id, name: 'Noord- en Midden-Limburg', description: `Gemeenten: ${nml.gemeenten.join(', ')}.` },
    ]);
    expect(d.service_areas[0]!.description).toContain('Roermond');
    expect(d.application_process).toBe(`Noord- en Midden-Limburg: ${nml.aanmelding.toelichting}`);
    expect(d.application_process).toContain('gemeentelijke toegang');
    // Moved to HSDS, so no longer duplicated under nl.
    expect(Object.keys(d.nl)).not.toEqual(expect.arrayContaining(['keurmerk']));
    expect(Object.hasOwn(d.nl, 'laatst_gecontroleerd')).toBe(false);
  });

  it('the JSON Schema names version 1.3.0 and what changed', () => {
    const js = jsonSchemaVoor(aanbiedersExportSchema, 'x', 't') as { description: string };
    expect(exp.versie).toBe('1.3.0');
    expect(js.description).toMatch(/^Versie 1\.3\.0: er staat nergens meer null of een lege lijst/);
    expect(js.description.match(/Versie/g)).toHaveLength(1);
    expect(js.description).toContain('CC0 1.0');
  });

  it('ids are stable UUIDs (version 5)', () => {
    expect(stabieleUuid('aanbieder/x')).toBe(stabieleUuid('aanbieder/x'));
    expect(stabieleUuid('aanbieder/x')).not.toBe(stabieleUuid('aanbieder/y'));
    expect(stabieleUuid('aanbieder/x')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('the published JSON Schema describes the required fields', () => {
    const js = jsonSchemaVoor(aanbiedersExportSchema, '/data/aanbieders.schema.v1.json', 't') as { $id: string; required: string[] };
    expect(js.$id).toBe('/data/aanbieders.schema.v1.json');
    expect(js.required).toEqual(expect.arrayContaining(['versie', 'organizations']));
  });
});
