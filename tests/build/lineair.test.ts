// The build stays linear in the number of providers (issue #13): at a few hundred generated
// providers the collections are indexed once and the exports computed once for all downloads,
// however many region pages and data files read them; and /aanbieders/ stays small. Built with
// SITE_URL, as for publication, the same build's open data is checked as a reuser would: the
// HSDS feed over several pages against the HSDS 3.0 rules, the CSV tables against the feed.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { genereerContent } from '../../scripts/genereer-content.ts';
import { leesCsvMetKoppen } from '../../src/lib/gemeenten/csv.ts';
import { HSDS_TABELLEN, organisatiesUitTabellen, type Tabellen } from '../../src/lib/opendata/hsds-tabellen.ts';
import { hsdsPaginaFouten, nullOfLeeg } from '../fixtures/hsds-regels.ts';
import { bouwIn, projectKopie, ROOT } from './project-kopie.ts';

const AANTAL = 300; // the generator makes one region per ten providers: 30 regions
const SITE = 'https://voorbeeld.nl';
const content = genereerContent(AANTAL, ROOT);
const teller = join(mkdtempSync(join(tmpdir(), 'bouwteller-')), 'stappen.txt');
afterAll(() => rmSync(content, { recursive: true, force: true }));

let dist = '';
let stappen: string[] = [];
beforeAll(() => {
  const kopie = projectKopie('lineair-project');
  const { status, uitvoer } = bouwIn(kopie, { SAFEHOUSE_CONTENT_DIR: content, SAFEHOUSE_BOUWTELLER: teller, SITE_URL: SITE });
  expect(status, uitvoer.slice(-2000)).toBe(0);
  dist = join(kopie, 'dist');
  stappen = readFileSync(teller, 'utf8').trim().split('\n');
}, 600_000);

const gebouwd = (pad: string) => readFileSync(join(dist, pad), 'utf8');

describe(`build with ${AANTAL} generated providers`, () => {
  it('indexes the collections once and computes the exports once for all pages and downloads', () => {
    const regioPaginas = readdirSync(join(dist, 'regios'), { withFileTypes: true }).filter((d) => d.isDirectory() && d.name.startsWith('testregio-'));
    expect(regioPaginas).toHaveLength(AANTAL / 10);
    const dataBestanden = readdirSync(join(dist, 'data'), { recursive: true }).filter((n) => /\.(json|csv)$/.test(String(n)));
    expect(dataBestanden.length).toBeGreaterThan(3);
    // One line per run of each step: a page that rebuilt them would add a line per page.
    expect(stappen.filter((s) => s === 'bouwindex')).toHaveLength(1);
    expect(stappen.filter((s) => s === 'exports')).toHaveLength(1);
  });

  it('no page or download reads the provider collection except through the index', () => {
    const bronnen = readdirSync(join(ROOT, 'src'), { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile() && /\.(astro|ts|tsx)$/.test(d.name))
      .map((d) => join(d.parentPath, d.name))
      .filter((pad) => /getCollection\(\s*['"]aanbieders['"]/.test(readFileSync(pad, 'utf8')));
    expect(bronnen.map((p) => p.slice(ROOT.length + 1))).toEqual(['src/pages/_gedeeld/bouwindex.ts']);
  });

  it('each region page lists exactly its own providers', () => {
    const html = gebouwd('regios/testregio-7/index.html');
    const links = [...html.matchAll(/href="\/aanbieders\/(testaanbieder-\d+)\/"/g)].map((m) => m[1]).sort();
    // The generator puts provider a in region (a % 30) + 1: region 7 has providers 7, 37, … 277.
    expect(links).toEqual(Array.from({ length: 10 }, (_, i) => `testaanbieder-${7 + 30 * i}`).sort());
  });

  it('/aanbieders/ lists the regions instead of every provider and stays within 50 KB gzip', () => {
    const html = gebouwd('aanbieders/index.html');
    expect(gzipSync(html).length).toBeLessThanOrEqual(50 * 1024);
    expect(html).not.toContain('href="/aanbieders/testaanbieder-1/"');
    const regioLinks = [...html.matchAll(/href="\/regios\/(testregio-\d+)\/#aanbieders"/g)].map((m) => m[1]);
    expect(regioLinks).toHaveLength(AANTAL / 10);
    expect(html).toMatch(/Er staan 300 aanbieders in de lijst, in 30 regio's/);
  });

  it('publishes the HSDS organization list in pages that meet the HSDS 3.0 rules, without null or empty lists', () => {
    const index = JSON.parse(gebouwd('data/hsds/index.json')) as { nl_organisatiepaginas: string[] };
    expect(index.nl_organisatiepaginas).toEqual([1, 2, 3].map((n) => `${SITE}/data/hsds/organizations/${n}.json`));
    const ids = new Set<string>();
    const paginas = [1, 2, 3].map((n) => JSON.parse(gebouwd(`data/hsds/organizations/${n}.json`)));
    for (const p of paginas) expect(hsdsPaginaFouten('organization', p, ids)).toEqual([]);
    expect(paginas.map((p) => [p.page_number, p.size, p.total_items, p.total_pages, p.first_page, p.last_page])).toEqual([
      [1, 100, 300, 3, true, false],
      [2, 100, 300, 3, false, false],
      [3, 100, 300, 3, false, true],
    ]);
    const json = readdirSync(join(dist, 'data'), { recursive: true })
      .map(String)
      .filter((n) => n.endsWith('.json'));
    for (const bestand of json) expect(nullOfLeeg(JSON.parse(gebouwd(`data/${bestand}`))), bestand).toEqual([]);
  });

  it('the HSDS CSV tables read back into the feed', () => {
    const feed = [1, 2, 3].flatMap((n) => JSON.parse(gebouwd(`data/hsds/organizations/${n}.json`)).contents);
    const tabellen = Object.fromEntries(
      HSDS_TABELLEN.map((t) => [
        t.bestand,
        leesCsvMetKoppen(gebouwd(`data/hsds/csv/${t.bestand}`)).map((r) => Object.fromEntries(Object.entries(r).filter(([, w]) => w !== ''))),
      ]),
    ) as Tabellen;
    expect(organisatiesUitTabellen(tabellen)).toEqual(feed);
  });

  it('the JSON-LD @id of provider and region pages is the absolute address of the record in the data', () => {
    const jsonLd = (pad: string) => JSON.parse(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/.exec(gebouwd(pad))![1]!)['@id'];
    const feed = JSON.parse(gebouwd('data/hsds/organizations/1.json')).contents as { name: string; uri: string }[];
    const eerste = feed.find((o) => o.name === 'Testaanbieder 1')!;
    expect(eerste.uri).toBe(`${SITE}/aanbieders/testaanbieder-1/`);
    expect(jsonLd('aanbieders/testaanbieder-1/index.html')).toBe(eerste.uri);
    const regio = (JSON.parse(gebouwd('data/regios.json')).regios as { id: string; url: string }[]).find((r) => r.id === 'testregio-7')!;
    expect(regio.url).toBe(`${SITE}/regios/testregio-7/`);
    expect(jsonLd('regios/testregio-7/index.html')).toBe(regio.url);
  });

  it('dist/_headers lets other origins read /data/*', () => {
    expect(gebouwd('_headers')).toMatch(/^\/data\/\*\n {2}Access-Control-Allow-Origin: \*$/m);
  });
});
