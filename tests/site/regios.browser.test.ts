// The provider directory and the gemeente lookup, in real Chromium: with and without
// JavaScript, with the keyboard, and as a screen reader hears them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HTMLElement as HtmlElement, parse, TextNode, type Node as HtmlNode } from 'node-html-parser';
import { describe, expect } from 'vitest';
import { leesCsvMetKoppen } from '../../src/lib/gemeenten/csv.ts';
import { CSV_KOLOMMEN } from '../../src/lib/opendata/export.ts';
import { BRONDOCUMENT_SLEUTELS } from '../../src/lib/bronnen/documenten.ts';
import { aanbiedersExportSchema, regiosExportSchema } from '../../src/lib/opendata/schema.ts';
import { axe, DIST } from './browser.ts';
import { browserSessie } from './sessie.ts';

const gebouwd = (pad: string) => readFileSync(join(DIST, pad), 'utf8');
/** Elements that separate blocks of text: a line break before and after each. */
const BLOK = new Set(['p', 'li', 'dd', 'dt', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th', 'tr', 'div', 'section', 'ul', 'ol', 'dl', 'caption', 'br']);
/** Visible text of a built page: scripts and styles out, a line break around each block, no-break spaces as spaces. */
function tekstVan(html: string): string {
  const delen: string[] = [];
  const loop = (node: HtmlNode) => {
    if (node instanceof TextNode) delen.push(node.text.replaceAll('\u00a0', ' '));
    if (!(node instanceof HtmlElement) || node.matches('script, style')) return;
    const blok = BLOK.has(node.tagName?.toLowerCase() ?? '');
    if (blok) delen.push('\n');
    for (const kind of node.childNodes) loop(kind);
    if (blok) delen.push('\n');
  };
  loop(parse(html));
  return delen.join('');
}

/**
 * A small JSON Schema check (the keywords zod's toJSONSchema emits), so the published schema
 * itself is tested against the published data, not only the zod schema it came from.
 */
type JsonSchema = Record<string, unknown>;
function schemaFouten(schema: JsonSchema, waarde: unknown, pad = '$'): string[] {
  const fouten: string[] = [];
  const typeVan = (w: unknown) => (w === null ? 'null' : Array.isArray(w) ? 'array' : Number.isInteger(w) ? 'integer' : typeof w);
  if (schema.anyOf) {
    const past = (schema.anyOf as JsonSchema[]).some((s) => schemaFouten(s, waarde, pad).length === 0);
    if (!past) fouten.push(`${pad}: past bij geen van anyOf`);
  }
  if (schema.type) {
    const typen = ([] as string[]).concat(schema.type as string | string[]);
    const t = typeVan(waarde);
    if (!typen.includes(t) && !(t === 'integer' && typen.includes('number'))) return [...fouten, `${pad}: ${t}, verwacht ${typen.join('|')}`];
  }
  if ('const' in schema && waarde !== schema.const) fouten.push(`${pad}: niet ${JSON.stringify(schema.const)}`);
  if (schema.enum && !(schema.enum as unknown[]).includes(waarde)) fouten.push(`${pad}: ${JSON.stringify(waarde)} niet in enum`);
  if (typeof waarde === 'string' && schema.pattern && !new RegExp(schema.pattern as string, 'u').test(waarde))
    fouten.push(`${pad}: past niet bij ${schema.pattern}`);
  if (typeof waarde === 'number') {
    if (typeof schema.minimum === 'number' && waarde < schema.minimum) fouten.push(`${pad}: < minimum`);
    if (typeof schema.exclusiveMinimum === 'number' && waarde <= schema.exclusiveMinimum) fouten.push(`${pad}: <= exclusiveMinimum`);
  }
  if (Array.isArray(waarde)) {
    if (typeof schema.minItems === 'number' && waarde.length < schema.minItems) fouten.push(`${pad}: minder dan ${schema.minItems}`);
    if (schema.items) waarde.forEach((w, i) => fouten.push(...schemaFouten(schema.items as JsonSchema, w, `${pad}[${i}]`)));
  }
  if (waarde && typeof waarde === 'object' && !Array.isArray(waarde)) {
    const obj = waarde as Record<string, unknown>;
    const props = (schema.properties ?? {}) as Record<string, JsonSchema>;
    for (const sleutel of (schema.required ?? []) as string[]) if (!(sleutel in obj)) fouten.push(`${pad}.${sleutel}: ontbreekt`);
    for (const [sleutel, w] of Object.entries(obj)) {
      if (props[sleutel]) fouten.push(...schemaFouten(props[sleutel], w, `${pad}.${sleutel}`));
      else if (schema.additionalProperties === false) fouten.push(`${pad}.${sleutel}: niet in het schema`);
    }
  }
  return fouten;
}

const { sessie, it } = browserSessie();

describe('aanbieders overview', () => {
  it('without JavaScript every aanbieder is listed and the filter is hidden', async ({ pagina }) => {
    const { page } = await pagina({ javaScript: false });
    await page.goto(`${sessie.origin}/aanbieders/?regio=achterhoek`);
    await expect.poll(() => page.locator('#aanbieders-lijst > li:visible').count()).toBe(2);
    expect(await page.locator('#aanbieders-filter').isVisible()).toBe(false);
    expect(await page.locator('#aanbieders-telling').textContent()).toContain('Er staan 2 aanbieders in de lijst.');
  });

  it('with JavaScript it filters, announces the count and keeps the choice in the address', async ({ pagina }) => {
    const { page, fouten } = await pagina();
    await page.goto(`${sessie.origin}/aanbieders/`);
    const regio = page.getByRole('combobox', { name: 'Regio' });
    await regio.focus();
    await regio.selectOption('noord-en-midden-limburg');
    const telling = page.getByRole('status');
    await expect.poll(() => telling.textContent()).toBe('Beide aanbieders passen bij je keuze.');
    expect(page.url()).toContain('?regio=noord-en-midden-limburg');

    // The regional page names gambling for its safehouses, not medication: a known "no" is no match.
    await page.getByRole('combobox', { name: 'Verslavingsvorm' }).selectOption('gokken');
    await expect.poll(() => telling.textContent()).toBe('Beide aanbieders passen bij je keuze.');
    await page.getByRole('combobox', { name: 'Verslavingsvorm' }).selectOption('medicijnen');
    await expect.poll(() => telling.textContent()).toBe('0 van 2 aanbieders passen bij je keuze.');
    expect(await page.locator('#aanbieders-lijst > li:visible').count()).toBe(0);

    // The sources don't say whether they take people from outside the region: unknown never counts as a match.
    await page.getByRole('combobox', { name: 'Verslavingsvorm' }).selectOption('');
    await page.getByRole('checkbox', { name: /van buiten hun regio/ }).check();
    await expect
      .poll(() => telling.textContent())
      .toBe('0 van 2 aanbieders passen bij je keuze. Van 2 aanbieders is niet bekend of ze passen; die staan er niet bij.');
    expect(await page.locator('#aanbieders-lijst > li:visible').count()).toBe(0);
    await page.getByRole('checkbox', { name: /van buiten hun regio/ }).uncheck();

    await page.getByRole('combobox', { name: 'Verslavingsvorm' }).selectOption('');
    await page.getByRole('combobox', { name: 'Methodiek' }).selectOption('12-stappen-minnesota');
    await expect.poll(() => page.locator('#aanbieders-lijst > li:visible').count()).toBe(2);

    // Reload with the query: the same choice is restored.
    await page.goto(`${sessie.origin}/aanbieders/?methodiek=act`);
    await expect.poll(() => page.getByRole('combobox', { name: 'Methodiek' }).inputValue()).toBe('act');
    await expect.poll(() => page.locator('#aanbieders-lijst > li:visible').count()).toBe(0);
    expect(fouten).toEqual([]);
  });

  it('the aanbieder page has tel: and https: links', async ({ pagina }) => {
    const { page } = await pagina();
    await page.goto(`${sessie.origin}/aanbieders/confidence-twende/`);
    expect(await page.getByRole('link', { name: '088 200 47 30' }).getAttribute('href')).toBe('tel:+31882004730');
    const website = page.getByRole('link', { name: 'www.confidence-twende.nl/safehouse' });
    expect(await website.getAttribute('href')).toBe('https://www.confidence-twende.nl/safehouse');
    // The corrected address carries its caveat in the same cell, and a screen reader hears it with the link.
    const cel = await website.locator('xpath=ancestor::dd').textContent();
    expect(cel).toContain('Let op: in de bron staat “www.confidence-twende/safehouse”.');
    expect(cel).toContain('Dit is niet bij de aanbieder nagevraagd');
    await expect
      .poll(() => website.evaluate((el) => (el as HTMLElement & { ariaDescription?: string }).getAttribute('aria-describedby')))
      .toBe('website-correctie');
    expect(await page.locator('#website-correctie').textContent()).toContain('mist de extensie van de domeinnaam');
    expect(await page.locator('dd', { hasText: 'onbekend' }).count()).toBeGreaterThan(0);
    // Verslavingsvormen and methodiek both come from the regional page's sections, cited as such.
    expect(await page.locator('dd', { hasText: 'Alcohol, Drugs, Gamen, Gokken, Seks of liefde' }).count()).toBe(1);
    const bronnen = await page.locator('section.bronnen').textContent();
    expect(bronnen).toContain('Wat is de doelgroep van een safehouse?');
    expect(bronnen).toContain('Wat is de aanpak binnen een safehouse?');
  });
});

describe('which regio does my gemeente belong to?', () => {
  it('without JavaScript: all 342 gemeenten, by province', async ({ pagina }) => {
    const { page } = await pagina({ javaScript: false });
    await page.goto(`${sessie.origin}/regios/mijn-gemeente/`);
    expect(await page.locator('#gemeenten-lijst li[data-namen]').count()).toBe(342);
    expect(await page.locator('#gemeenten-lijst h2').count()).toBe(12);
    expect(await page.locator('#gemeente-zoeken').isVisible()).toBe(false);
  });

  it('with the keyboard: typing filters, the count is read out, the answer is right', async ({ pagina }) => {
    const { page, fouten } = await pagina();
    await page.goto(`${sessie.origin}/regios/mijn-gemeente/`);
    const zoekveld = page.getByRole('searchbox', { name: 'Zoek je gemeente' });
    await expect.poll(async () => await zoekveld.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent)).toBe('Zoek je gemeente');
    // The hint and the live count describe the field.
    expect(await zoekveld.getAttribute('aria-describedby')).toBe('gemeente-zoekterm-hint gemeente-telling');
    for (let i = 0; i < 40 && !(await zoekveld.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    expect(await zoekveld.evaluate((el) => el === document.activeElement)).toBe(true);

    await page.keyboard.type('venlo');
    const status = page.locator('#gemeente-telling');
    await expect.poll(() => status.textContent()).toBe('1 gemeente gevonden: Venlo.');
    const venlo = page.locator('#gemeenten-lijst li:visible');
    const tekst = await venlo.textContent();
    expect(tekst).toContain('Melding: bij het Wmo-loket van de gemeente Venlo.');
    expect(tekst).toContain('centrumgemeente Venlo');
    expect(await venlo.getByRole('link', { name: 'regio Noord- en Midden-Limburg' }).getAttribute('href')).toBe('/regios/noord-en-midden-limburg/');

    await zoekveld.fill('');
    await page.keyboard.type('den haag');
    await expect.poll(() => status.textContent()).toBe("1 gemeente gevonden: 's-Gravenhage.");
    expect(await page.locator('#gemeenten-lijst li:visible').textContent()).toContain('afgeleid, niet in een bron gelezen');

    // A former gemeente is found under the one it merged into, with the region it belonged to.
    await zoekveld.fill('weesp');
    await zoekveld.dispatchEvent('input');
    await expect.poll(() => status.textContent()).toBe('1 gemeente gevonden: Amsterdam.');
    const amsterdam = page.locator('#gemeenten-lijst li:visible');
    expect(await amsterdam.textContent()).toContain('Sinds 24 maart 2022 hoort de vroegere gemeente Weesp bij Amsterdam.');
    expect(await amsterdam.getByRole('link', { name: 'regio Gooi en Vechtstreek' }).getAttribute('href')).toBe('/regios/gooi-en-vechtstreek/');

    await zoekveld.fill('gennep');
    await zoekveld.dispatchEvent('input');
    await expect.poll(() => status.textContent()).toBe('1 gemeente gevonden: Gennep.');
    const gennep = await page.locator('#gemeenten-lijst li:visible').textContent();
    expect(gennep).toContain('De regio beschermd wonen van deze gemeente is onbekend.');
    expect(gennep).toContain('Deze site kent de regionale afspraken voor deze gemeente nog niet.');

    await zoekveld.fill('xyz');
    await zoekveld.dispatchEvent('input');
    await expect.poll(() => status.textContent()).toBe('Geen gemeente gevonden voor "xyz". Controleer de spelling.');
    expect(fouten).toEqual([]);
  });
});

describe('built regio and aanbieder pages', () => {
  const paginas = [
    'regios/index.html',
    'regios/mijn-gemeente/index.html',
    'regios/achterhoek/index.html',
    'regios/noord-en-midden-limburg/index.html',
    'regios/gooi-en-vechtstreek/index.html',
    'aanbieders/index.html',
    'aanbieders/confidence-twende/index.html',
    'aanbieders/met-ggz-leger-des-heils/index.html',
  ];

  it.each(paginas)('%s: no space before a comma or semicolon, no doubled punctuation', (pad) => {
    const tekst = tekstVan(gebouwd(pad));
    expect(tekst.match(/.{0,30} [,;].{0,10}/g) ?? []).toEqual([]);
    expect(tekst.match(/.{0,30}[?!]\..{0,10}/g) ?? []).toEqual([]);
  });

  it('/regios/ says for every regio how to apply, with a visible lower-case “onbekend”', () => {
    const tekst = tekstVan(gebouwd('regios/index.html'));
    expect(tekst.match(/Aanmelden: (onbekend|via de gemeentelijke toegang \(Wmo-loket\))\n/g)).toHaveLength(3);
    expect(tekst).not.toContain('Onbekend');
  });

  it('a derived member of a regio is on the regio page as derived, with an explanation', () => {
    const tekst = tekstVan(gebouwd('regios/noord-en-midden-limburg/index.html'));
    for (const g of ['Roerdalen', 'Roermond', 'Weert']) expect(tekst).toContain(`${g} (afgeleid)`);
    for (const g of ['Venlo', 'Venray', 'Beesel']) expect(tekst).not.toContain(`${g} (afgeleid)`);
    expect(tekst).toMatch(/Afgeleid: deze gemeenten staan in het referentiebestand bij\s+deze regio, maar geen bron noemt ze als lid/);
    expect(tekstVan(gebouwd('regios/achterhoek/index.html'))).not.toContain('(afgeleid)');
    const regiosJson = JSON.parse(gebouwd('data/regios.json')) as { regios: { id: string; afgeleide_gemeenten: string[] }[] };
    expect(regiosJson.regios.find((r) => r.id === 'noord-en-midden-limburg')!.afgeleide_gemeenten).toEqual(['Roerdalen', 'Roermond', 'Weert']);
  });

  it('the gemeente list does not say the melding "altijd" goes to the own gemeente, and names the Wmo rule', () => {
    const tekst = tekstVan(gebouwd('regios/mijn-gemeente/index.html'));
    expect(tekst).not.toMatch(/altijd naar het Wmo-loket/);
    // Landelijke toegankelijkheid (VNG §6.1): any gemeente, a centrumgemeente included — not only a centrumgemeente.
    expect(tekst).toMatch(/je mag je bij elke gemeente melden, ook bij een centrumgemeente/);
    expect(tekst).not.toMatch(/bij elke centrumgemeente\s+melden/);
    expect(tekst).toMatch(/gemeente van herkomst de melding onderzoekt/);
  });

  it.each(['achterhoek', 'noord-en-midden-limburg', 'gooi-en-vechtstreek'])('/regios/%s/ names no internal source keys', (slug) => {
    expect(tekstVan(gebouwd(`regios/${slug}/index.html`))).not.toMatch(/BW-[A-Z]{2,}/);
  });

  it('the gemeente list shows readable sources, no internal keys', () => {
    const tekst = tekstVan(gebouwd('regios/mijn-gemeente/index.html'));
    expect(tekst).not.toMatch(/BW-[A-Z]{2,}|NML-convenant/);
    expect(tekst).toContain('(bron: regionieuwshoogeveen.nl)');
  });

  it('a regio without requirements, policy or website says “onbekend”; a known website is an https link', () => {
    const gv = tekstVan(gebouwd('regios/gooi-en-vechtstreek/index.html'));
    expect(gv).toMatch(/Eisen van de regio:\s*onbekend/);
    expect(gv).toMatch(/Website van de regio\s*onbekend/);
    const nml = gebouwd('regios/noord-en-midden-limburg/index.html');
    expect(tekstVan(nml)).toMatch(/Regionaal beleid over safehouses:\s*onbekend/);
    expect(parse(nml).querySelector('a[href="https://sociaaldomein-limburgnoord.nl/"]')?.text).toBe('sociaaldomein-limburgnoord.nl');
    expect(tekstVan(nml)).toContain('Overeenkomsten%2022');
  });

  it('Gooi en Vechtstreek names who proposed it, but not the contact person', () => {
    const html = gebouwd('regios/gooi-en-vechtstreek/index.html');
    expect(tekstVan(html)).toMatch(
      /Door wie\s*Regio Gooi en Vechtstreek \(eenheid Beleid en bestuur\)\. Het kader zelf is gemaakt in de ambtelijke werkgroep Bescherming en Opvang\./,
    );
    expect(html).not.toMatch(/hartkamp|@regiogv\.nl/i);
    expect(gebouwd('data/regios.json')).not.toMatch(/hartkamp|@regiogv\.nl/i);
  });

  it('Achterhoek: the whole product description is on it, including results and budget management', () => {
    const tekst = tekstVan(gebouwd('regios/achterhoek/index.html'));
    for (const stukje of [
      'in de Achterhoek',
      'vergunningen',
      'grijpt op tijd in bij terugval',
      'Bij de start leggen cliënt en aanbieder vast',
      'mee te doen in de samenleving',
      'collega met hbo',
      'diploma of certificaat',
      'onafhankelijke derde',
      'De cliënt is stabieler geworden.',
    ]) {
      expect(tekst).toContain(stukje);
    }
    expect(tekst).not.toMatch(/alcohol- en drugsvrij/);
  });

  it.each(['aanbieders', 'regios'] as const)('dist/data/%s.json conforms to the published JSON Schema and to the zod schema', (naam) => {
    const data = JSON.parse(gebouwd(`data/${naam}.json`));
    const schema = JSON.parse(gebouwd(`data/${naam}.schema.v1.json`)) as JsonSchema;
    expect(schemaFouten(schema, data)).toEqual([]);
    expect((naam === 'aanbieders' ? aanbiedersExportSchema : regiosExportSchema).safeParse(data).error?.issues ?? []).toEqual([]);
    // The check itself can fail: a wrong type and an extra key are caught.
    const kapot = structuredClone(data);
    kapot.versie = 1;
    kapot.extra = true;
    expect(schemaFouten(schema, kapot)).toEqual(['$.versie: integer, verwacht string', '$.extra: niet in het schema']);
  });

  it('the CSV has the documented columns and the same aanbieders as the JSON', () => {
    const json = aanbiedersExportSchema.parse(JSON.parse(gebouwd('data/aanbieders.json')));
    const rijen = leesCsvMetKoppen(gebouwd('data/aanbieders.csv').replace(/^\uFEFF/, ''));
    expect(Object.keys(rijen[0]!)).toEqual([...CSV_KOLOMMEN]);
    expect(rijen.map((r) => [r.id, r.slug, r.naam, r.website, r.url])).toEqual(
      json.organizations.map((o) => [o.id, o.slug, o.name, o.website ?? '', o.services[0]!.nl.portaal_url]),
    );
    expect(rijen.find((r) => r.slug === 'confidence-twende')!.correcties).toContain('www.confidence-twende/safehouse');
  });

  it.each(['confidence-twende', 'met-ggz-leger-des-heils'])('JSON-LD on /aanbieders/%s/ is valid JSON with @type, name, telephone and url', (slug) => {
    const html = gebouwd(`aanbieders/${slug}/index.html`);
    const blokken = parse(html)
      .querySelectorAll('script[type="application/ld+json"]')
      .map((script) => JSON.parse(script.rawText));
    expect(blokken).toHaveLength(1);
    expect(blokken[0]).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Organization',
      name: expect.any(String),
      telephone: expect.stringMatching(/^\+31\d{9}$/),
      url: expect.stringMatching(/^https:\/\//),
    });
    expect(blokken[0].description).not.toMatch(/alcohol|drugs/);
  });
});

describe('publishing', () => {
  it('names every allowed source key and says: copy the template', () => {
    const html = gebouwd('regios/publiceren/index.html');
    const code = parse(html)
      .querySelectorAll('code')
      .map((element) => element.text);
    for (const sleutel of BRONDOCUMENT_SLEUTELS) expect(code).toContain(sleutel);
    expect(tekstVan(html)).toContain('Kopieer het sjabloon');
    expect(tekstVan(html)).not.toMatch(/bestaand bestand/);
  });
});

describe('axe in a filtered state', () => {
  it('the aanbieders overview with one filter chosen (JavaScript on)', async ({ pagina }) => {
    const { page, fouten } = await pagina();
    await page.goto(`${sessie.origin}/aanbieders/`);
    await page.getByRole('combobox', { name: 'Methodiek' }).selectOption('act');
    await expect.poll(() => page.locator('#aanbieders-lijst > li:visible').count()).toBe(0);
    await expect.poll(() => page.getByRole('status').textContent()).toContain('0 van 2');
    expect(await axe(page)).toEqual([]);
    expect(fouten).toEqual([]);
  });

  it('the gemeente finder with an answer shown', async ({ pagina }) => {
    const { page, fouten } = await pagina();
    await page.goto(`${sessie.origin}/regios/mijn-gemeente/`);
    await page.getByRole('searchbox', { name: 'Zoek je gemeente' }).fill('winterswijk');
    await expect.poll(() => page.locator('#gemeente-telling').textContent()).toBe('1 gemeente gevonden: Winterswijk.');
    expect(await page.locator('#gemeenten-lijst li:visible').textContent()).toContain('Regio beschermd wonen: Achterhoek, centrumgemeente Doetinchem.');
    expect(await axe(page)).toEqual([]);
    expect(fouten).toEqual([]);
  });
});
