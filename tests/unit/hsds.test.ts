// The HSDS 3.0 feed, built from the real content, against the rules of the specification
// (tests/fixtures/hsds-regels.ts); and its CSV tables read back into the same feed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentMap } from '../../src/lib/content/content-map.ts';
import { leesEnControleerContent } from '../../src/integrations/lees-content.ts';
import { leesCsvMetKoppen } from '../../src/lib/gemeenten/csv.ts';
import { leesGemeenten } from '../../src/lib/gemeenten/gemeenten.ts';
import { hsdsOrganisaties, hsdsPagina, hsdsTaxonomieen } from '../../src/lib/opendata/hsds.ts';
import { datapackage, HSDS_TABELLEN, hsdsTabellen, organisatiesUitTabellen, tabelCsv, type Tabellen } from '../../src/lib/opendata/hsds-tabellen.ts';
import type { Aanbieder } from '../../src/lib/schemas/aanbieder.ts';
import type { Regio } from '../../src/lib/schemas/regio.ts';
import { hsdsPaginaFouten, nullOfLeeg } from '../fixtures/hsds-regels.ts';

const root = join(import.meta.dirname, '../..');
const uitslag = leesEnControleerContent(contentMap(root), root);
const aanbieders = [...uitslag.geldig.aanbieders].map(([id, data]) => ({ id, data: data as Aanbieder }));
const regios = [...uitslag.geldig.regios].map(([id, data]) => ({ id, data: data as Regio }));
const gemeenten = leesGemeenten(readFileSync(join(root, 'src/data/gemeenten.csv'), 'utf8'));
const opties = {
  basisUrl: 'https://voorbeeld.nl',
  provincieVan: (p: string) => gemeenten.find((g) => g.naam === p)?.provincie ?? null,
  isAfgeleid: (g: string) => gemeenten.find((x) => x.naam === g)?.zekerheid === 'afgeleid',
  cbsCodeVan: (g: string) => gemeenten.find((x) => x.naam === g)?.cbsCode,
};
const organisaties = hsdsOrganisaties(aanbieders, regios, opties);
const taxonomieen = hsdsTaxonomieen(organisaties);

describe('HSDS 3.0 feed', () => {
  it('every page of the organization list meets the HSDS rules, without null or empty lists', () => {
    const pagina = hsdsPagina(organisaties, 1);
    expect(hsdsPaginaFouten('organization', pagina)).toEqual([]);
    expect(nullOfLeeg(pagina)).toEqual([]);
    expect(pagina).toMatchObject({
      total_items: aanbieders.length,
      total_pages: 1,
      page_number: 1,
      size: aanbieders.length,
      first_page: true,
      last_page: true,
      empty: false,
    });
    // Paging: two per page.
    const tweede = hsdsPagina(organisaties, 2, 2);
    expect(hsdsPaginaFouten('organization', tweede)).toEqual([]);
    expect(tweede).toMatchObject({ page_number: 2, size: Math.min(2, aanbieders.length - 2), first_page: false });
    for (const t of [hsdsPagina(taxonomieen.taxonomies, 1, 10)]) expect(hsdsPaginaFouten('taxonomy', t)).toEqual([]);
    expect(hsdsPaginaFouten('taxonomy_term', hsdsPagina(taxonomieen.taxonomy_terms, 1, 1000))).toEqual([]);
  });

  it('the rule check fails on a broken feed', () => {
    const kapot = structuredClone(hsdsPagina(organisaties, 1)) as unknown as { size: number; contents: Record<string, unknown>[] };
    const org = kapot.contents[0]!;
    delete org.description;
    org.website = null;
    org.extra = 'x';
    (org.services as Record<string, unknown>[])[0]!.status = 'open';
    (org.services as Record<string, unknown>[])[0]!.funding = [];
    expect(hsdsPaginaFouten('organization', kapot)).toEqual([
      '$.contents[0].description: verplicht (organization)',
      '$.contents[0].website: null',
      '$.contents[0].services[0].status: open niet in active, inactive, defunct, temporarily closed',
      '$.contents[0].services[0].funding: lege lijst',
      '$.contents[0].extra: geen HSDS-veld van organization en geen nl_-uitbreiding',
    ]);
  });

  it('uses HSDS fields where HSDS has one: funding, accreditations, attributes with taxonomies, service areas with CBS codes', () => {
    const ct = organisaties.find((o) => o.uri === 'https://voorbeeld.nl/aanbieders/confidence-twende/')!;
    const dienst = ct.services[0]!;
    expect(dienst.funding).toEqual([expect.objectContaining({ source: 'Gecontracteerd door de gemeenten in Noord- en Midden-Limburg.' })]);
    const codes = dienst.attributes!.map((a) => `${a.taxonomy_term.taxonomy}: ${a.taxonomy_term.code}`);
    expect(codes).toEqual(
      expect.arrayContaining([
        'Verslavingsvormen (Safehouse-portaal): gokken',
        'Methodieken (Safehouse-portaal): herstelgericht',
        "Regio's beschermd wonen (Safehouse-portaal): noord-en-midden-limburg",
      ]),
    );
    const venlo = dienst.service_areas!.find((a) => a.name === 'Venlo')!;
    expect(venlo.attributes![0]!.taxonomy_term).toMatchObject({ code: 'GM0983', name: 'Venlo', taxonomy: 'CBS-gemeentecodes' });
    // The corrected website is HSDS metadata: field, value in the source, value now, and why.
    expect(ct.metadata).toEqual([
      expect.objectContaining({
        field_name: 'website',
        previous_value: 'www.confidence-twende/safehouse',
        replacement_value: 'https://www.confidence-twende.nl/safehouse',
        nl_toelichting: expect.stringContaining('extensie'),
      }),
    ]);
    // Every gemeente of the feed's service areas has its CBS code.
    const zonderCode = organisaties.flatMap((o) => o.services[0]!.service_areas ?? []).filter((a) => !a.attributes);
    expect(zonderCode.map((a) => a.name)).toEqual([]);
  });

  it('the CSV tables read back into the same feed', () => {
    const tabellen = hsdsTabellen(organisaties, taxonomieen);
    const gelezen = Object.fromEntries(
      HSDS_TABELLEN.map((t) => {
        const csv = tabelCsv(t.bestand, tabellen[t.bestand]);
        expect(csv.charCodeAt(0)).not.toBe(0xfeff); // UTF-8 without BOM
        expect(csv.split('\r\n')[0]).toBe(t.kolommen.join(','));
        // An empty cell is an unknown value: left out, as in the feed.
        return [t.bestand, leesCsvMetKoppen(csv).map((r) => Object.fromEntries(Object.entries(r).filter(([, w]) => w !== '')))];
      }),
    ) as Tabellen;
    expect(organisatiesUitTabellen(gelezen)).toEqual(organisaties);
    const pakket = datapackage('2026-11-22');
    expect(pakket.resources.map((r) => r.path)).toEqual(HSDS_TABELLEN.map((t) => t.bestand));
    expect(pakket.licenses[0]!.name).toBe('CC0-1.0');
  });
});
