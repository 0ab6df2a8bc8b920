// Chrome's autofill store on a shared computer (issue 16): a persistent Chromium profile fills in
// a full melding for every role and both handboek templates, clicking and downloading as a person
// would, closes the browser so Chrome writes its profile to disk, and then reads the profile's
// own database ("Default/Web Data", SQLite). None of the cliënt's or other people's answers may
// be in it; the verwijzer's own work contact details may (src/lib/melding/formulier.ts,
// autocompleteVoor). So that an empty store cannot pass for a clean one, the same profile first
// submits a plain form without any autocomplete attribute, whose value must be in the store.
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStatischeServer } from '../../scripts/statische-server.ts';
import { datumVoorFormulier } from '../../src/lib/kern/datum.ts';
import { SJABLONEN } from '../../src/lib/sjablonen/index.ts';
import type { Invuller } from '../../src/lib/melding/woordenschat.ts';
import { maximaal } from '../fixtures/meldingen.ts';
import { CHROMIUM_ARGUMENTEN, chromiumPad, DIST, isoDag, stapKop } from './browser.ts';

let server: Server;
let origin = '';
const profielen: string[] = [];

beforeAll(async () => {
  ({ server, origin } = await startStatischeServer(DIST));
});
afterAll(async () => {
  await new Promise((klaar) => server.close(klaar));
  for (const map of profielen) rmSync(map, { recursive: true, force: true });
});

/** A Chromium with a profile on disk, as on a ward or library computer; outside requests aborted. */
async function persistentProfiel(): Promise<{ context: BrowserContext; map: string }> {
  const map = mkdtempSync(join(tmpdir(), 'autofill-profiel-'));
  profielen.push(map);
  const context = await chromium.launchPersistentContext(map, {
    executablePath: chromiumPad(),
    args: CHROMIUM_ARGUMENTEN,
    ignoreDefaultArgs: ['--headless=new'],
    acceptDownloads: true,
    viewport: { width: 1280, height: 900 },
  });
  await context.route('**/*', (route) => (route.request().url().startsWith(`${origin}/`) ? route.continue() : route.abort()));
  return { context, map };
}

/** Every text value in every table of the profile's "Web Data" (autofill, addresses, …), as one string. */
function webData(map: string): { tabellen: string[]; inhoud: string } {
  const db = new DatabaseSync(join(map, 'Default', 'Web Data'), { readOnly: true });
  try {
    const tabellen = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name);
    const inhoud = tabellen.map((t) => {
      const rijen = db.prepare(`SELECT * FROM "${t}"`);
      rijen.setReadBigInts(true); // Chrome's timestamps do not fit a double
      return JSON.stringify(rijen.all(), (_, w: unknown) => (typeof w === 'bigint' ? String(w) : w instanceof Uint8Array ? undefined : w));
    });
    return { tabellen, inhoud: inhoud.join('\n') };
  } finally {
    db.close();
  }
}

const CONTROLE = 'Controlewaarde Zonnedauw';

/** A plain form as any site has one, at the test server's origin: Chrome must keep its value. */
async function vulControleIn(page: Page) {
  await page.route(`${origin}/autofill-controle/**`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: '<!doctype html><title>controle</title><form action="/autofill-controle/verzonden"><label>Naam <input name="controle"></label><button>Verzenden</button></form>',
    }),
  );
  await page.goto(`${origin}/autofill-controle/`);
  await page.getByLabel('Naam').fill(CONTROLE);
  await page.getByRole('button', { name: 'Verzenden' }).click();
  await page.waitForURL(/verzonden/);
}

/** The melding as a person types it, for this role: the full fixture, dates around today. */
function antwoorden(invuller: Invuller) {
  const w = structuredClone(maximaal) as typeof maximaal;
  w.invuller = invuller;
  w.toestemming.datum = datumVoorFormulier(isoDag());
  w.plaatsing.gewensteStartdatum = datumVoorFormulier(isoDag(30));
  w.behandeling.opnamedatum = datumVoorFormulier(isoDag(-30));
  w.verslaving.abstinentSinds = datumVoorFormulier(isoDag(-30));
  w.behandeling.verwachteOntslagdatum = datumVoorFormulier(isoDag(60));
  return w;
}

/** Fills what the current step shows: choices first (they reveal questions), then every text field. */
async function vulStap(page: Page, waarden: Record<string, unknown>, getypt: Set<string>) {
  const waardeVan = (pad: string) => pad.split('.').reduce<unknown>((w, k) => (w as Record<string, unknown> | undefined)?.[k], waarden);
  const keuzes = await page.locator('#melding-formulier input[type="radio"], #melding-formulier input[type="checkbox"]').all();
  for (const keuze of keuzes) {
    const [naam, waarde] = await Promise.all([keuze.getAttribute('name'), keuze.getAttribute('value')]);
    const gewenst = waardeVan(naam!);
    if (gewenst === true || gewenst === waarde || (Array.isArray(gewenst) && gewenst.includes(waarde))) await keuze.check();
  }
  const velden = await page.locator('#melding-formulier input:not([type="radio"]):not([type="checkbox"]), #melding-formulier textarea').all();
  for (const veld of velden) {
    const gewenst = waardeVan((await veld.getAttribute('name'))!);
    if (typeof gewenst !== 'string' || (await veld.inputValue()) === gewenst) continue;
    await veld.click();
    await veld.fill(gewenst);
    await page.keyboard.press('Escape'); // closes a type-ahead list
    getypt.add(gewenst);
  }
}

async function vulMeldingIn(page: Page, invuller: Invuller, getypt: Set<string>) {
  const waarden = antwoorden(invuller);
  await page.goto(`${origin}/melding/`);
  await page.waitForSelector('#melding-formulier');
  await page.locator(`input[name="invuller"][value="${invuller}"]`).check();
  await page.locator('#melding-volgende').click();
  for (let stap = 0; stap < 7; stap++) {
    await expect.poll(() => page.locator('.stap-nummer').first().textContent()).toContain(`Stap ${stap + 1} van`);
    await vulStap(page, waarden, getypt);
    await page.locator('#melding-volgende').click();
  }
  await expect.poll(() => stapKop(page)).toBe('Controleren');
  const pdf = page.waitForEvent('download');
  await page.locator('#melding-pdf').click();
  expect(await (await pdf).failure()).toBeNull();
  const ics = page.waitForEvent('download');
  await page.locator('#melding-ics').click();
  expect(await (await ics).failure()).toBeNull();
}

async function vulSjabloonIn(page: Page, id: string, getypt: Set<string>) {
  await page.goto(`${origin}/handboek/sjablonen/${id}/`);
  await page.waitForSelector('form textarea');
  for (const veld of SJABLONEN[id]!.velden) {
    const waarde = veld.soort === 'datum' ? datumVoorFormulier(isoDag(40)) : `${veld.label.replace(/[^\p{L} ]/gu, '')} Zonnedauw ${id}`;
    await page.locator(`#sjabloon-${veld.id}`).fill(waarde);
    getypt.add(waarde);
  }
  const pdf = page.waitForEvent('download');
  await page.getByRole('button', { name: 'PDF downloaden' }).click();
  expect(await (await pdf).failure()).toBeNull();
}

/** The verwijzer's own work contact details: the one place the form offers the browser a token (it may keep them). */
const EIGEN_VERWIJZER = [maximaal.aanmelder.organisatie, maximaal.aanmelder.naam, maximaal.aanmelder.telefoon, maximaal.aanmelder.email] as string[];

describe("the browser's autofill store on a shared computer", () => {
  it('keeps none of the answers after a full melding for every role and both templates', async () => {
    const { context, map } = await persistentProfiel();
    const getypt = new Set<string>();
    // Each in a tab of its own (the draft lives per tab), left the way a person leaves it.
    const inNieuwTabblad = async (vul: (page: Page) => Promise<void>) => {
      const page = await context.newPage();
      await vul(page);
      await page.goto(`${origin}/`);
      await page.close();
    };
    await inNieuwTabblad(vulControleIn);
    for (const invuller of ['client', 'naaste', 'verwijzer'] as const) await inNieuwTabblad((page) => vulMeldingIn(page, invuller, getypt));
    for (const id of Object.keys(SJABLONEN)) await inNieuwTabblad((page) => vulSjabloonIn(page, id, getypt));
    // Closing the browser makes Chrome write its profile database.
    await context.close();

    const { tabellen, inhoud } = webData(map);
    expect(tabellen).toContain('autofill');
    const gevonden = [...getypt].filter((w) => w.length >= 3 && !EIGEN_VERWIJZER.includes(w) && inhoud.includes(w));
    expect(gevonden).toEqual([]);
    // The control: this profile does keep what an ordinary form is given.
    expect(inhoud).toContain(CONTROLE);
  }, 300_000);
});
