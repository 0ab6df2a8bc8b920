// The open data as another site and a data user meet it: read cross-origin from the browser,
// no null and no empty list in any file, a licence in every file and on /aanbieders/, and the
// JSON-LD @id of provider and region pages equal to the record's address in the data.
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, onTestFinished } from 'vitest';
import { LICENTIE } from '../../src/lib/opendata/licentie.ts';
import { nullOfLeeg } from '../fixtures/hsds-regels.ts';
import { DIST } from './browser.ts';
import { browserSessie } from './sessie.ts';

const { sessie, it } = browserSessie();
const gebouwd = (pad: string) => readFileSync(join(DIST, pad), 'utf8');
const dataBestanden = readdirSync(join(DIST, 'data'), { recursive: true, withFileTypes: true })
  .filter((d) => d.isFile())
  .map((d) => join(d.parentPath, d.name).slice(join(DIST, 'data').length + 1));
const jsonBestanden = dataBestanden.filter((b) => b.endsWith('.json') && !b.includes('.schema.'));

// A second origin: a blank page on another port, as another site would be.
let ander: Server;
let anderOrigin = '';
beforeAll(async () => {
  ander = createServer((_, antwoord) =>
    antwoord.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end('<!doctype html><title>Andere site</title>'),
  );
  await new Promise<void>((klaar) => ander.listen(0, '127.0.0.1', klaar));
  const adres = ander.address();
  anderOrigin = `http://127.0.0.1:${typeof adres === 'object' && adres ? adres.port : 0}`;
});
afterAll(() => new Promise<void>((klaar) => ander.close(() => klaar())));

describe('open data for other sites', () => {
  it('another origin can fetch /data/* in Chromium, and not a page (the check can fail)', async () => {
    // A plain context: the guarded pages of browserSessie abort every request to another origin.
    const context = await sessie.browser.newContext();
    onTestFinished(() => context.close());
    const page = await context.newPage();
    await page.goto(`${anderOrigin}/`);
    expect(new URL(page.url()).origin).not.toBe(new URL(sessie.origin).origin);
    const lees = (url: string) =>
      page.evaluate(async (u) => {
        try {
          const antwoord = await fetch(u);
          return `ok ${antwoord.status} ${(await antwoord.text()).length}`;
        } catch (fout) {
          return `geblokkeerd: ${(fout as Error).name}`;
        }
      }, url);
    for (const pad of ['/data/aanbieders.json', '/data/hsds/organizations/1.json', '/data/hsds/csv/organizations.csv']) {
      expect(await lees(`${sessie.origin}${pad}`), pad).toMatch(/^ok 200 [1-9]/);
    }
    expect(await lees(`${sessie.origin}/aanbieders/`)).toBe('geblokkeerd: TypeError');
  });

  it('no JSON data file holds null or an empty list', () => {
    expect(jsonBestanden).toEqual(
      expect.arrayContaining(['aanbieders.json', 'regios.json', 'hsds/index.json', 'hsds/organizations/1.json', 'hsds/csv/datapackage.json']),
    );
    for (const bestand of jsonBestanden) expect(nullOfLeeg(JSON.parse(gebouwd(`data/${bestand}`))), bestand).toEqual([]);
  });

  it('names the licence in every data file and on /aanbieders/', () => {
    for (const bestand of dataBestanden.filter((b) => !b.includes('.schema.'))) {
      const tekst = gebouwd(`data/${bestand}`);
      const metLicentie = bestand.startsWith('hsds/csv/') && bestand.endsWith('.csv') ? gebouwd('data/hsds/csv/datapackage.json') : tekst;
      expect(metLicentie, bestand).toMatch(/CC0[ -]1\.0/);
    }
    expect(gebouwd('aanbieders/index.html')).toContain(`<a href="${LICENTIE.url}" rel="license">${LICENTIE.naam}</a>`);
  });

  it("the JSON-LD @id of provider and region pages is the record's address in the data", () => {
    const jsonLd = (pad: string) => JSON.parse(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/.exec(gebouwd(pad))![1]!) as { '@id': string };
    const feed = JSON.parse(gebouwd('data/hsds/organizations/1.json')) as { contents: { name: string; uri: string }[] };
    const aanbieders = JSON.parse(gebouwd('data/aanbieders.json')) as {
      organizations: { slug: string; name: string; services: { nl: { portaal_url: string } }[] }[];
    };
    expect(aanbieders.organizations.length).toBeGreaterThan(0);
    for (const o of aanbieders.organizations) {
      const id = jsonLd(`aanbieders/${o.slug}/index.html`)['@id'];
      expect(id).toBe(o.services[0]!.nl.portaal_url);
      expect(feed.contents.find((c) => c.name === o.name)!.uri).toBe(id);
    }
    const regios = JSON.parse(gebouwd('data/regios.json')) as { regios: { id: string; url: string }[] };
    for (const r of regios.regios) expect(jsonLd(`regios/${r.id}/index.html`)['@id']).toBe(r.url);
  });
});
