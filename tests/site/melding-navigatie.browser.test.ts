// The melding form between its steps: "Vorige stap" and the step list keep every answer, the
// cliënt's own step 2, the timeline help when discharge comes before the decision, and a PDF
// click after the network went away (and again once it is back).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { datumVoluit, datumVoorFormulier } from '../../src/lib/kern/datum.ts';
import { meldingSchema } from '../../src/lib/melding/schema.ts';
import { FORMULIER_TEKST as T } from '../../src/lib/ui-tekst.ts';
import { ALS_ONTSLAG_EERDER_IS, tijdlijn } from '../../src/lib/melding/termijnen.ts';
import { maakMeldingPdf } from '../../src/lib/melding-pdf/melding-pdf.ts';
import { maximaal } from '../fixtures/meldingen.ts';
import { isoDag, stapKop } from './browser.ts';
import { browserSessie } from './sessie.ts';
import { PDF_FONTS } from '../fixtures/pdf-fonts.ts';

const { sessie, it } = browserSessie();

const CONCEPT = 'safehouse-melding-concept-v2';
/** Loading pdf-lib and the font and making a PDF can take seconds on a busy machine. */
const LADEN = 20_000;
const stapNummer = (page: Page) => page.locator('.stap-nummer').textContent();
const vul = (page: Page, label: RegExp, tekst: string) => page.getByLabel(label).first().fill(tekst);
const waarde = (page: Page, label: RegExp) => page.getByLabel(label).first().inputValue();

async function naarStap(page: Page, titel: string) {
  await page.locator('#melding-volgende').click();
  await expect.poll(() => stapKop(page)).toBe(titel);
}

async function open(page: Page) {
  await page.goto(`${sessie.origin}/melding/`);
  await page.waitForSelector('#melding-formulier');
}

/** A verwijzer fills steps 1 and 2 (the cliënt's names, their own name) and reaches step 3. */
async function alsVerwijzerTotStap3(page: Page, voornamen: string, achternaam: string, aanmelder: string) {
  await open(page);
  await page.getByLabel('Een verwijzer of hulpverlener').check();
  await naarStap(page, 'Cliënt');
  await vul(page, /^Voornamen/, voornamen);
  await vul(page, /^Achternaam/, achternaam);
  await vul(page, /^Geboortedatum/, '17-03-1990');
  await vul(page, /^Gemeente van herkomst/, 'Venlo');
  await page.keyboard.press('Escape');
  await naarStap(page, 'Aanmelder');
  await page.getByLabel('Regiebehandelaar in een (verslavings)kliniek').check();
  await vul(page, /^Organisatie/, 'Kliniek De Berk');
  await vul(page, /^Naam van de aanmelder/, aanmelder);
  await naarStap(page, 'Behandeling nu');
}

/** The cliënt fills step 1 (on an open page) and reaches step 2. */
async function alsClientTotStap2(page: Page, achternaam: string) {
  await page.getByLabel('De cliënt zelf').check();
  await naarStap(page, 'Cliënt');
  await vul(page, /^Je voornamen/, 'Zoë');
  await vul(page, /^Je achternaam/, achternaam);
  await vul(page, /^Je geboortedatum/, '17-03-1990');
  await vul(page, /^Je gemeente van herkomst/, 'Venlo');
  await page.keyboard.press('Escape');
  await naarStap(page, 'Aanmelder');
}

describe('between the steps of the melding', () => {
  it('"Vorige stap" and the step list keep everything filled in', async ({ pagina }) => {
    const { page, externeVerzoeken, fouten } = await pagina();
    await alsVerwijzerTotStap3(page, 'Łukasz', 'Nguyễn', 'Đorđe Zoë');

    // Back with "Vorige stap", twice: step 2, then step 1, each as it was left.
    await page.getByRole('button', { name: T.vorige }).click();
    await expect.poll(() => stapKop(page)).toBe('Aanmelder');
    expect(await waarde(page, /^Organisatie/)).toBe('Kliniek De Berk');
    expect(await waarde(page, /^Naam van de aanmelder/)).toBe('Đorđe Zoë');
    expect(await page.getByLabel('Regiebehandelaar in een (verslavings)kliniek').isChecked()).toBe(true);
    await page.getByRole('button', { name: T.vorige }).click();
    await expect.poll(() => stapKop(page)).toBe('Cliënt');
    expect(await waarde(page, /^Voornamen/)).toBe('Łukasz');
    expect(await waarde(page, /^Achternaam/)).toBe('Nguyễn');
    expect(await waarde(page, /^Geboortedatum/)).toBe('17-03-1990');
    expect(await waarde(page, /^Gemeente van herkomst/)).toBe('Venlo');

    // Forward again, then jump back through the step list (it links the steps already done).
    await naarStap(page, 'Aanmelder');
    await naarStap(page, 'Behandeling nu');
    const stappen = page.getByRole('navigation', { name: T.stappenAccessibleLabel });
    await stappen.getByRole('button', { name: 'Aanmelder' }).click();
    await expect.poll(() => stapKop(page)).toBe('Aanmelder');
    expect(await waarde(page, /^Naam van de aanmelder/)).toBe('Đorđe Zoë');
    await stappen.getByRole('button', { name: 'Cliënt' }).click();
    await expect.poll(() => stapKop(page)).toBe('Cliënt');
    expect(await waarde(page, /^Voornamen/)).toBe('Łukasz');
    expect(await waarde(page, /^Gemeente van herkomst/)).toBe('Venlo');
    await naarStap(page, 'Aanmelder');
    expect(await waarde(page, /^Organisatie/)).toBe('Kliniek De Berk');
    expect(externeVerzoeken).toEqual([]);
    expect(fouten).toEqual([]);
  });

  it('the cliënt gets an explanation at step 2 instead of an empty step, and the step number is right', async ({ pagina }) => {
    const { page } = await pagina();
    await open(page);
    await alsClientTotStap2(page, 'de Vries');
    expect(await stapNummer(page)).toBe(T.stapVan(2, 8));
    expect(await page.locator('#melding-formulier').textContent()).toContain('Je meldt jezelf aan, dus jij bent de aanmelder.');
    expect(await page.locator('#melding-formulier').textContent()).toContain('Hier hoef je niets in te vullen');
    expect(await page.locator('#melding-formulier :is(input, textarea, select)').count()).toBe(0);
    await naarStap(page, 'Behandeling nu');
    expect(await stapNummer(page)).toBe(T.stapVan(3, 8));
  });

  it('the timeline assumes receipt today, names both legal terms and the VNG count, and all three options when discharge comes first', async ({ pagina }) => {
    const { page } = await pagina();
    await alsVerwijzerTotStap3(page, 'Sam', 'Jansen', 'Kim de Boer');
    await page.getByLabel('Klinische opname').check();
    const hulp = page.locator('.tijdlijn-hulp');

    // The terms run from receipt: the dates assume the gemeente receives the melding today, and say so.
    const t = tijdlijn(isoDag(), isoDag(10));
    await vul(page, /^Verwachte ontslagdatum/, datumVoorFormulier(isoDag(10)));
    await expect.poll(() => hulp.textContent()).toContain(`Ontvangt de gemeente de melding vandaag, ${datumVoluit(isoDag())}?`);
    const tekst = (await hulp.textContent()) ?? '';
    expect(tekst).toContain(`uiterlijk ${datumVoluit(t.onderzoekUiterlijk)} (6 weken na ontvangst; Wmo 2015, art. 2.3.2 lid 1)`);
    expect(tekst).toContain('art. 2.3.5 lid 1');
    expect(tekst).toContain(`uiterlijk ${datumVoluit(t.beslissingVolgensVng)}. Dat is een telling van de VNG, geen wettelijke termijn.`);
    expect(tekst).toContain(`Het ontslag uit de kliniek valt ${t.dagenTekort} dagen vóór ${datumVoluit(t.beslissingVolgensVng)}`);
    expect(await hulp.getByRole('listitem').allTextContents()).toEqual([
      'Vraag de gemeente of er in de regio een kortere termijn is afgesproken, bijvoorbeeld 5 weken.',
      'De regiebehandelaar kan met de zorgverzekeraar verblijf met rechtvaardigingsgrond (VMR) afspreken, zodat de cliënt langer in de kliniek kan blijven (hoogstens zes maanden).',
      'Laat het verblijf in de kliniek niet eindigen voordat het vervolg geregeld is.',
    ]);
    expect(ALS_ONTSLAG_EERDER_IS).toHaveLength(3);

    // Discharge after the decision date: the dates, no warning.
    await vul(page, /^Verwachte ontslagdatum/, datumVoorFormulier(isoDag(70)));
    await expect.poll(() => hulp.getByRole('listitem').count()).toBe(0);
    expect(await hulp.textContent()).toContain(datumVoluit(t.beslissingVolgensVng));
  });

  it('without network after loading: an honest message at the PDF, everything stays, and with network it works', async ({ pagina }) => {
    const { page, externeVerzoeken } = await pagina();
    const geladen: string[] = [];
    page.on('requestfinished', (r) => geladen.push(r.url()));
    await open(page);
    await page.waitForLoadState('networkidle');
    expect(geladen.filter((u) => u.includes('/fonts/SafehouseSansPDF'))).toEqual([]); // nothing asked for a PDF yet

    // The network goes; the first focus (the first answer) tries to load the PDF code and fails.
    await page.context().setOffline(true);
    await alsClientTotStap2(page, 'Nguyễn');
    await naarStap(page, 'Behandeling nu');
    await page.getByLabel('Nu geen behandeling').check();
    await naarStap(page, 'Verslaving');
    await page.getByLabel('Alcohol').check();
    await naarStap(page, 'Leefgebieden');
    await naarStap(page, 'Hulpvraag en plaatsing');
    await vul(page, /^Waar wil je hulp bij/, 'Niet meer drinken.');
    await vul(page, /^Waarom wil je naar een safehouse/, 'Thuis lukt het niet.');
    await naarStap(page, 'Naasten en toestemming');
    await vul(page, /^In welke plaats vul je dit in/, 'Venlo');
    await page.getByLabel(/^Ik geef toestemming voor deze melding/).check();
    await page.getByLabel(/^Ik geef toestemming dat de kliniek/).check();
    await naarStap(page, 'Controleren');

    await page.locator('#melding-pdf').click();
    const status = page.locator('p.status');
    await expect.poll(() => status.textContent(), { timeout: LADEN }).toBe(T.pdfCodeNietGeladenMaken);
    const controle = (await page.locator('.controleren').textContent()) ?? '';
    for (const tekst of ['Zoë', 'Nguyễn', 'Niet meer drinken.', 'Thuis lukt het niet.']) expect(controle).toContain(tekst);
    expect(await page.evaluate((k) => sessionStorage.getItem(k), CONCEPT)).toContain('Niet meer drinken.');

    // Back online: the same button now makes the PDF.
    await page.context().setOffline(false);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#melding-pdf').click()]);
    expect(await download.failure()).toBeNull();
    await expect.poll(() => status.textContent(), { timeout: LADEN }).toBe(T.pdfKlaar);
    expect(externeVerzoeken).toEqual([]);
  });

  it('"Melding openen": its own PDF from weeks ago opens; a start date in the past becomes an ordinary error', async ({ pagina }) => {
    // Made 20 days ago with a start date 10 days ago: valid then, stale now.
    const invoer = structuredClone(maximaal);
    invoer.toestemming.datum = datumVoorFormulier(isoDag(-20));
    invoer.plaatsing.gewensteStartdatum = datumVoorFormulier(isoDag(-10));
    const melding = meldingSchema({ peildatum: isoDag(-20), gemeenten: new Set(['Venlo', 'Venray']) }).parse(invoer);
    const pad = join(mkdtempSync(join(tmpdir(), 'melding-openen-')), 'oud.pdf');
    writeFileSync(pad, await maakMeldingPdf(melding, { fonts: PDF_FONTS, gemaaktOp: new Date(`${isoDag(-20)}T10:00:00Z`) }));

    const { page, fouten } = await pagina();
    await open(page);
    await page.getByLabel(T.openen).setInputFiles(pad);
    await expect.poll(() => page.locator('p.status').textContent(), { timeout: LADEN }).toBe(T.openenGelukt);
    expect(await stapKop(page)).toBe('Controleren');
    const samenvatting = page.getByRole('alert');
    await expect.poll(() => samenvatting.getByRole('link').allTextContents()).toEqual([expect.stringContaining('niet in het verleden ligt')]);
    // The link leads to the field, with the answer from the PDF and the same message inline.
    await samenvatting.getByRole('link').click();
    await expect.poll(() => stapKop(page)).toBe('Hulpvraag en plaatsing');
    expect(await waarde(page, /^Gewenste startdatum/)).toBe(datumVoorFormulier(isoDag(-10)));
    await page.locator('#melding-volgende').click();
    await expect.poll(() => page.locator('#veld-plaatsing-gewensteStartdatum-fout').textContent()).toContain('niet in het verleden ligt');
    expect(fouten).toEqual([]);
  });
});
