// The provider directory and the gemeente lookup, in real Chromium: with and without
// JavaScript, with the keyboard, and as a screen reader hears them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bewaaktePagina, startSessie, type Sessie } from './browser.ts';

let sessie: Sessie;
beforeAll(async () => {
  sessie = await startSessie();
});
afterAll(async () => {
  await sessie?.stop();
});

describe('aanbiedersoverzicht', () => {
  it('zonder JavaScript staan alle aanbieders er en is het filter verborgen', async () => {
    const context = await sessie.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${sessie.origin}/aanbieders/?regio=achterhoek`);
    await expect.poll(() => page.locator('#aanbieders-lijst > li:visible').count()).toBe(2);
    expect(await page.locator('#aanbieders-filter').isVisible()).toBe(false);
    expect(await page.locator('#aanbieders-telling').textContent()).toContain('Er staan 2 aanbieders in de lijst.');
    await context.close();
  });

  it('met JavaScript filtert het, meldt de telling en bewaart de keuze in het adres', async () => {
    const { page, fouten } = await bewaaktePagina(sessie);
    await page.goto(`${sessie.origin}/aanbieders/`);
    const regio = page.getByRole('combobox', { name: 'Regio' });
    await regio.focus();
    await regio.selectOption('noord-en-midden-limburg');
    const telling = page.getByRole('status');
    await expect.poll(() => telling.textContent()).toBe('Alle 2 aanbieders passen bij je keuze.');
    expect(page.url()).toContain('?regio=noord-en-midden-limburg');

    // The sources don't say which addictions these providers take: unknown never counts as a match.
    await page.getByRole('combobox', { name: 'Verslavingsvorm' }).selectOption('gokken');
    await expect.poll(() => telling.textContent()).toBe(
      '0 van 2 aanbieders passen bij je keuze. Van 2 aanbieders is niet bekend of ze passen; die staan er niet bij.',
    );
    expect(await page.locator('#aanbieders-lijst > li:visible').count()).toBe(0);

    await page.getByRole('combobox', { name: 'Verslavingsvorm' }).selectOption('');
    await page.getByRole('combobox', { name: 'Methodiek' }).selectOption('12-stappen-minnesota');
    await expect.poll(() => page.locator('#aanbieders-lijst > li:visible').count()).toBe(2);

    // Reload with the query: the same choice is restored.
    await page.goto(`${sessie.origin}/aanbieders/?methodiek=act`);
    await expect.poll(() => page.getByRole('combobox', { name: 'Methodiek' }).inputValue()).toBe('act');
    await expect.poll(() => page.locator('#aanbieders-lijst > li:visible').count()).toBe(0);
    expect(fouten).toEqual([]);
    await page.context().close();
  });

  it('de aanbiederspagina heeft tel:- en https:-links', async () => {
    const { page } = await bewaaktePagina(sessie);
    await page.goto(`${sessie.origin}/aanbieders/confidence-twende/`);
    expect(await page.getByRole('link', { name: '088 200 47 30' }).getAttribute('href')).toBe('tel:+31882004730');
    expect(await page.getByRole('link', { name: 'www.confidence-twende.nl/safehouse' }).getAttribute('href')).toBe('https://www.confidence-twende.nl/safehouse');
    expect(await page.locator('dd', { hasText: 'onbekend' }).count()).toBeGreaterThan(0);
    await page.context().close();
  });
});

describe('welke regio hoort bij mijn gemeente?', () => {
  it('zonder JavaScript: alle 342 gemeenten, per provincie', async () => {
    const context = await sessie.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${sessie.origin}/regios/mijn-gemeente/`);
    expect(await page.locator('#gemeenten-lijst li[data-namen]').count()).toBe(342);
    expect(await page.locator('#gemeenten-lijst h2').count()).toBe(12);
    expect(await page.locator('#gemeente-zoeken').isVisible()).toBe(false);
    await context.close();
  });

  it('met het toetsenbord: typen filtert, de telling wordt voorgelezen, het antwoord klopt', async () => {
    const { page, fouten } = await bewaaktePagina(sessie);
    await page.goto(`${sessie.origin}/regios/mijn-gemeente/`);
    const zoekveld = page.getByRole('searchbox', { name: 'Zoek je gemeente' });
    await expect.poll(async () => (await zoekveld.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent))).toBe('Zoek je gemeente');
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
    await page.context().close();
  });
});
