// The melding form in real Chromium, used with the keyboard only: every step, errors for bad
// input and their fixes, the PDF download (its text checked with pdftotext), the draft in this
// tab, wiping it, opening a PDF back, working offline, and axe on every step and error state.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { datumVoorFormulier } from '../../src/lib/kern/datum.ts';
import { FORMULIER_TEKST as T } from '../../src/lib/ui-tekst.ts';
import { OPEN_FOUTBERICHTEN } from '../../src/lib/melding/melding-json.ts';
import { maximaal } from '../fixtures/meldingen.ts';
import { axe, isoDag, stapKop, volgVerzoeken } from './browser.ts';
import { browserSessie } from './sessie.ts';

const map = mkdtempSync(join(tmpdir(), 'melding-'));
const { sessie, it } = browserSessie();

/** Presses Tab until the element with this id has focus (keyboard only, like a person). */
async function tabNaar(page: Page, id: string, max = 80) {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((doel) => document.activeElement?.id === doel, id)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Met Tab niet bij #${id} gekomen`);
}

/** Presses Tab until the focused element's text matches (for links and buttons without an id). */
async function tabNaarTekst(page: Page, tekst: RegExp, max = 80) {
  for (let i = 0; i < max; i++) {
    const actief = await page.evaluate(() => (/^(A|BUTTON)$/.test(document.activeElement?.tagName ?? '') ? document.activeElement!.textContent : ''));
    if (tekst.test(actief ?? '')) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Met Tab niet bij ${tekst} gekomen`);
}

const CONCEPT = 'safehouse-melding-concept-v2';

/** The maximal fixture as a draft on the check page, with dates around today so it stays valid. */
function volledigConcept(invuller: 'client' | 'verwijzer' = 'verwijzer') {
  const waarden = structuredClone(maximaal) as Record<string, unknown> & typeof maximaal;
  waarden.invuller = invuller;
  waarden.toestemming.datum = datumVoorFormulier(isoDag());
  waarden.plaatsing.gewensteStartdatum = datumVoorFormulier(isoDag(30));
  return JSON.stringify({ waarden, stap: 7, laatstActief: Date.now() });
}

async function idVanLabel(page: Page, label: string | RegExp): Promise<string> {
  const id = await page
    .getByLabel(label, { exact: typeof label === 'string' })
    .first()
    .getAttribute('id');
  if (!id) throw new Error(`Geen veld met label ${label}`);
  return id;
}

async function typ(page: Page, label: string | RegExp, tekst: string) {
  await tabNaar(page, await idVanLabel(page, label));
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(tekst);
}

/** Ticks a radio or checkbox by its label with Tab and Space. */
async function kies(page: Page, label: string | RegExp) {
  const id = await idVanLabel(page, label);
  const type = await page.locator(`#${id}`).getAttribute('type');
  if (type === 'radio') {
    // Tab reaches a radio group once; arrow keys move within it and select.
    const naam = await page.locator(`#${id}`).getAttribute('name');
    const eerste = await page.locator(`input[name="${naam}"]`).first().getAttribute('id');
    const gekozen = page.locator(`input[name="${naam}"]:checked`);
    const aangevinkt = (await gekozen.count()) > 0 ? await gekozen.getAttribute('id') : null;
    await tabNaar(page, aangevinkt ?? eerste!);
    for (let i = 0; i < 10 && !(await page.evaluate((d) => document.activeElement?.id === d, id)); i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Space');
  } else {
    await tabNaar(page, id);
    await page.keyboard.press('Space');
  }
  expect(await page.locator(`#${id}`).isChecked()).toBe(true);
}

async function volgende(page: Page) {
  await tabNaar(page, 'melding-volgende');
  await page.keyboard.press('Enter');
}

/** Next without the required answer: the summary names it, and axe finds nothing in that state. */
async function foutBijVolgende(page: Page, tekst: string) {
  await volgende(page);
  await expect.poll(() => page.getByRole('alert').textContent()).toContain(tekst);
  expect(await axe(page)).toEqual([]);
}

describe('making a melding', () => {
  it('with the keyboard only: every step, fixing errors, downloading the PDF', async ({ pagina }) => {
    const { page, externeVerzoeken, fouten } = await pagina();
    await page.goto(`${sessie.origin}/melding/`);
    await page.waitForSelector('#melding-formulier');
    expect(await axe(page)).toEqual([]);

    // Start: nothing chosen → error summary, focused, with a link to the question.
    await volgende(page);
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('foutsamenvatting'))).toBe(true);
    expect(await page.title()).toMatch(/^Fout: /);
    expect(await page.getByRole('alert').textContent()).toContain('Kies wie dit formulier invult.');
    expect(await axe(page)).toEqual([]);
    await kies(page, 'Een verwijzer of hulpverlener');
    await volgende(page);
    await expect.poll(() => stapKop(page)).toBe('Cliënt');
    expect(await page.title()).toMatch(/^Stap 1 van 8: Cliënt/);

    // Step 1 with mistakes.
    await typ(page, /^Voornamen/, 'Łukasz Ğül');
    await typ(page, /^Achternaam/, 'Nguyễn');
    await typ(page, /^Geboortedatum/, '31-02-1990');
    await typ(page, /^BSN/, '123456789');
    await typ(page, /^Postcode/, '0123 AB');
    await volgende(page);
    const samenvatting = page.getByRole('alert');
    await expect.poll(() => samenvatting.textContent()).toContain('Er is een probleem');
    const meldingen = await samenvatting.getByRole('link').allTextContents();
    expect(meldingen).toEqual([
      'Vul bij de geboortedatum een bestaande datum in, zoals 17-03-1990.',
      'Dit BSN bestaat niet: controleer de cijfers, of laat het veld leeg.',
      'Vul een postcode in zoals 1234 AB.',
      'Vul de gemeente van herkomst in.',
    ]);
    // Inline: same message, "Fout:" for screen readers, aria-invalid, hint before error.
    const bsn = page.getByLabel(/^BSN/);
    expect(await bsn.getAttribute('aria-invalid')).toBe('true');
    expect(await bsn.getAttribute('aria-describedby')).toBe('veld-client-bsn-hint veld-client-bsn-fout');
    expect(await page.locator('#veld-client-bsn-fout').textContent()).toBe('Fout: Dit BSN bestaat niet: controleer de cijfers, of laat het veld leeg.');
    // Nothing typed was lost.
    expect(await page.getByLabel(/^Voornamen/).inputValue()).toBe('Łukasz Ğül');
    expect(await axe(page)).toEqual([]);

    // The summary link, reached with Tab from the focused summary, moves focus to the field.
    await tabNaarTekst(page, /BSN/);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('veld-client-bsn');

    await typ(page, /^Geboortedatum/, '17-3-1990');
    await typ(page, /^BSN/, '111222333');
    await typ(page, /^Postcode/, '5911ab');
    // Type-ahead for the gemeente: arrows and Enter.
    await typ(page, /^Gemeente van herkomst/, 'venl');
    await page.keyboard.press('ArrowDown');
    expect(await page.getByRole('combobox', { name: /Gemeente van herkomst/ }).getAttribute('aria-activedescendant')).toBeTruthy();
    expect(await axe(page)).toEqual([]); // the open list
    await page.keyboard.press('Enter');
    expect(await page.getByRole('combobox', { name: /Gemeente van herkomst/ }).inputValue()).toBe('Venlo');
    await volgende(page);
    await expect.poll(() => stapKop(page)).toBe('Aanmelder');
    expect(await axe(page)).toEqual([]);

    // Step 2: verwijzer.
    await kies(page, 'Regiebehandelaar in een (verslavings)kliniek');
    await typ(page, /^Organisatie/, 'Kliniek De Berk');
    await typ(page, /^Naam van de aanmelder/, 'Đorđe Zoë');
    await typ(page, /^Telefoonnummer aanmelder/, '077 123 45 67');
    await typ(page, /^AGB-code/, '1234');
    await volgende(page);
    await expect.poll(() => samenvatting.textContent()).toContain('Een AGB-code heeft 8 cijfers.');
    expect(await axe(page)).toEqual([]);
    await typ(page, /^AGB-code/, '12345678');
    await volgende(page);
    await expect.poll(() => stapKop(page)).toBe('Behandeling nu');
    expect(await axe(page)).toEqual([]);

    // Step 3: discharge before admission is an error; then a discharge before the decision date shows the timeline warning.
    await kies(page, 'Klinische opname');
    await typ(page, /^Opnamedatum/, '01-10-2026');
    await typ(page, /^Verwachte ontslagdatum/, '01-09-2026');
    await volgende(page);
    await expect.poll(() => samenvatting.textContent()).toContain('De verwachte ontslagdatum kan niet vóór de opnamedatum liggen.');
    expect(await axe(page)).toEqual([]);
    await typ(page, /^Verwachte ontslagdatum/, datumVoorFormulier(isoDag(1)));
    await expect.poll(() => page.locator('.tijdlijn-hulp').textContent()).toContain('Dan heeft de gemeente misschien nog niet beslist.');
    expect(await axe(page)).toEqual([]); // the timeline warning
    await kies(page, '12-stappen / Minnesota-model');
    await volgende(page);
    await expect.poll(() => stapKop(page)).toBe('Verslaving');
    expect(await axe(page)).toEqual([]);

    // Step 4: drugs ticked → "welke drugs" appears and is required.
    await kies(page, 'Drugs');
    await foutBijVolgende(page, 'Vul de soort drugs in.');
    await typ(page, /^Welke drugs/, 'cocaïne');
    await volgende(page);
    await expect.poll(() => stapKop(page)).toBe('Leefgebieden');
    expect(await axe(page)).toEqual([]);

    // Step 5: all optional, but an answer can be too long; the message names the maximum.
    await tabNaar(page, await idVanLabel(page, /^Psychische gezondheid/));
    await page.keyboard.insertText('x'.repeat(4001));
    await volgende(page);
    await expect.poll(() => samenvatting.textContent()).toContain('Gebruik bij de psychische gezondheid hoogstens 4000 tekens. Kort de tekst in.');
    expect(await axe(page)).toEqual([]);
    await typ(page, /^Psychische gezondheid/, 'Somber.');
    await kies(page, 'Vooral belastend');
    await volgende(page);
    await expect.poll(() => stapKop(page)).toBe('Hulpvraag en plaatsing');
    expect(await axe(page)).toEqual([]);

    // Step 6: the verwijzer's onderbouwing is required.
    await typ(page, /^Hulpvraag en doelen/, 'Leren leven zonder te gebruiken.\nWerk vinden.');
    await typ(page, /^Waarom een safehouse/, 'Thuis is het netwerk te riskant.');
    await foutBijVolgende(page, 'Vul de onderbouwing in.');
    await typ(page, /^Onderbouwing van de verwijzer/, 'Na drie klinische opnames steeds terugval binnen een maand.');
    await typ(page, /^Uitstroomadres/, 'Bij zus, Voorbeeldstraat 1, Venlo');
    await volgende(page);
    await expect.poll(() => stapKop(page)).toBe('Naasten en toestemming');
    expect(await axe(page)).toEqual([]);

    // Step 7: consent is required before a PDF can be made.
    await typ(page, /^Plaats/, 'Venlo');
    await volgende(page);
    await expect
      .poll(() => samenvatting.getByRole('link').allTextContents())
      .toEqual([
        'De cliënt moet toestemming geven voor de melding. Vraag de cliënt eerst om toestemming en zet dan het vinkje.',
        'De cliënt moet toestemming geven om informatie te delen tussen kliniek, safehouse en gemeente. Vraag de cliënt eerst om toestemming en zet dan het vinkje.',
      ]);
    expect(await axe(page)).toEqual([]);
    await kies(page, /De cliënt geeft toestemming voor deze melding/);
    await kies(page, /De cliënt geeft toestemming dat kliniek/);
    await volgende(page);
    await expect.poll(() => stapKop(page)).toBe('Controleren');
    expect(await page.title()).toMatch(/^Stap 8 van 8: Controleren/);
    expect(await axe(page)).toEqual([]);

    const controle = await page.locator('.controleren').textContent();
    for (const tekst of [
      'Łukasz Ğül',
      'Nguyễn',
      '17 maart 1990',
      '5911 AB',
      'Venlo',
      'Đorđe Zoë',
      '077 123 45 67',
      'cocaïne',
      'niet ingevuld',
      'Nog aan te leveren',
    ]) {
      expect(controle).toContain(tekst);
    }

    // The PDF: download it and read its text.
    await tabNaar(page, 'melding-pdf', 200);
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const pdfPad = join(map, 'melding.pdf');
    await download.saveAs(pdfPad);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'PDF' }).first().textContent()).toBe('De PDF is gemaakt en gedownload.');
    const tekst = execFileSync('pdftotext', [pdfPad, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    for (const waarde of ['Meldingbeschermdwonen', 'Łukasz', 'Ğül', 'Nguyễn', 'Đorđe', 'Zoë', 'Venlo', 'KliniekDeBerk', 'Nogaanteleveren', 'pagina1van']) {
      expect(tekst).toContain(waarde);
    }

    // The calendar file.
    await tabNaar(page, 'melding-ics', 20);
    const [ics] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Space')]);
    const icsPad = join(map, 'melding.ics');
    await ics.saveAs(icsPad);
    const agenda = readFileSync(icsPad, 'utf8');
    expect(agenda).toContain('BEGIN:VCALENDAR');
    expect(agenda.match(/BEGIN:VEVENT/g)).toHaveLength(3);

    expect(externeVerzoeken).toEqual([]);
    expect(fouten).toEqual([]);
    writeFileSync(join(map, 'pad.txt'), pdfPad);
  }, 180_000);

  it('as the cliënt: "je" wording, axe on every step and error, reload keeps the draft, wiping with the keyboard leaves nothing', async ({ pagina }) => {
    const { page, fouten } = await pagina();
    await page.goto(`${sessie.origin}/melding/`);
    await page.waitForSelector('#melding-formulier');
    expect(await page.locator('p.status').textContent()).toBe(''); // a fresh tab: nothing to restore
    await kies(page, 'De cliënt zelf');
    await volgende(page);
    await typ(page, /^Je voornamen/, 'Zoë');
    await typ(page, /^Je achternaam/, 'de Vries');
    await page.reload();
    await page.waitForSelector('#melding-formulier'); // the island renders after load; under load that can take over expect.poll's 1 s
    await expect.poll(() => stapKop(page)).toBe('Cliënt');
    expect(await page.locator('p.status').textContent()).toBe(T.concepthersteld);
    expect(await page.getByLabel(/^Je voornamen/).inputValue()).toBe('Zoë');
    expect(await page.getByLabel(/^Je achternaam/).inputValue()).toBe('de Vries');
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    expect(await page.context().cookies()).toEqual([]);

    // Step 1 in the je-form, with its errors.
    expect(await page.locator('#veld-client-gemeenteVanHerkomst-hint').textContent()).toContain('waar je woonde');
    await typ(page, /^Je geboortedatum/, '1-1-2015');
    await volgende(page);
    const samenvatting = page.getByRole('alert');
    await expect.poll(() => samenvatting.getByRole('link').allTextContents()).toEqual(['Vul je gemeente van herkomst in.']);
    expect(await axe(page)).toEqual([]);
    // Typed loosely, without choosing from the list: still the official name.
    await typ(page, /^Je gemeente van herkomst/, 'den haag');
    await page.keyboard.press('Escape');
    await volgende(page);
    await expect
      .poll(() => samenvatting.getByRole('link').allTextContents())
      .toEqual([
        'Je moet 18 jaar of ouder zijn: beschermd wonen via de Wmo is voor volwassenen. Voor jongeren onder de 18 loopt hulp via de Jeugdwet; vraag het de gemeente.',
      ]);
    await typ(page, /^Je geboortedatum/, '17-03-1990');
    await volgende(page);
    await expect.poll(() => stapKop(page)).toBe('Aanmelder');
    expect(await axe(page)).toEqual([]);
    await volgende(page);
    await expect.poll(() => stapKop(page)).toBe('Behandeling nu');
    await foutBijVolgende(page, 'Kies de soort behandeling.');
    await kies(page, 'Nu geen behandeling');
    expect(await page.getByLabel('Wat adviseert je behandelaar?').count()).toBe(1);
    await volgende(page);
    await expect.poll(() => stapKop(page)).toBe('Verslaving');
    await foutBijVolgende(page, 'Kies minstens één antwoord');
    await kies(page, 'Alcohol');
    await volgende(page);
    await expect.poll(() => stapKop(page)).toBe('Leefgebieden');
    expect(await axe(page)).toEqual([]);
    await volgende(page);
    await expect.poll(() => stapKop(page)).toBe('Hulpvraag en plaatsing');
    expect(await page.locator('#veld-plaatsing-hulpvraag-hint').textContent()).toBe('In je eigen woorden.');
    await volgende(page);
    await expect.poll(() => samenvatting.getByRole('link').allTextContents()).toEqual(['Vul de hulpvraag in.', 'Vul je reden voor een safehouse in.']);
    expect(await axe(page)).toEqual([]);
    await typ(page, /^Waar wil je hulp bij/, 'Niet meer drinken.');
    await typ(page, /^Waarom wil je naar een safehouse/, 'Thuis lukt het niet.');
    await volgende(page);
    await expect.poll(() => stapKop(page)).toBe('Naasten en toestemming');
    await typ(page, /^In welke plaats vul je dit in/, 'Den Haag');
    await volgende(page);
    await expect
      .poll(() => samenvatting.getByRole('link').allTextContents())
      .toEqual([
        'Zonder je toestemming voor de melding kan die niet gemaakt worden. Zet het vinkje als je toestemming geeft.',
        'Zonder je toestemming om informatie te delen kan de melding niet gemaakt worden. Zet het vinkje als je toestemming geeft.',
      ]);
    expect(await axe(page)).toEqual([]);
    await kies(page, /^Ik geef toestemming voor deze melding/);
    await kies(page, /^Ik geef toestemming dat de kliniek/);
    await volgende(page);
    await expect.poll(() => stapKop(page)).toBe('Controleren');
    expect(await page.locator('.controleren').textContent()).toContain("'s-Gravenhage");
    expect(await axe(page)).toEqual([]);

    // "Wijzig" for the role of a cliënt goes to the start question, focused on the choice.
    await tabNaar(page, await page.locator('button[data-pad="aanmelder.rol"]').evaluate((b) => (b.id ||= 'wijzig-rol')), 200);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('veld-invuller-0');

    // Wipe with the keyboard: ask, axe on the question, confirm.
    await tabNaar(page, 'melding-wissen', 200);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('wissen-vraag');
    expect(await axe(page)).toEqual([]);
    await tabNaar(page, 'wissen-vraag-ja', 5);
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator('p.status').textContent()).toBe(T.gewist);
    expect(await page.evaluate((k) => sessionStorage.getItem(k), CONCEPT)).toBeNull();
    await page.reload();
    await expect.poll(() => page.locator('.stap-kop').first().textContent()).toBe('Wie vult dit formulier in?');
    expect(await page.locator('p.status').textContent()).toBe('');
    expect(await page.evaluate((k) => sessionStorage.getItem(k), CONCEPT)).toBeNull();
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    expect(fouten).toEqual([]);
  }, 120_000);

  it('as a naaste: questions about "de cliënt", axe on their own steps', async ({ pagina }) => {
    const { page, fouten } = await pagina();
    await page.goto(`${sessie.origin}/melding/`);
    await kies(page, 'Een naaste (familie, partner, vriend)');
    await volgende(page);
    await expect.poll(() => stapKop(page)).toBe('Cliënt');
    expect(await page.getByLabel(/^Voornamen/).count()).toBe(1);
    expect(await page.locator('#veld-client-gemeenteVanHerkomst-hint').textContent()).toContain('waar de cliënt woonde');
    expect(await axe(page)).toEqual([]);
    await typ(page, /^Voornamen/, 'Sam');
    await typ(page, /^Achternaam/, 'Jansen');
    await typ(page, /^Geboortedatum/, '17-03-1990');
    await typ(page, /^Gemeente van herkomst/, 'VENLO');
    await page.keyboard.press('Escape');
    await volgende(page);
    await expect.poll(() => stapKop(page)).toBe('Aanmelder');
    expect(await page.locator('#veld-aanmelder-organisatie-hint').textContent()).toBe('Laat leeg als je niet namens een organisatie meldt.');
    await volgende(page);
    await expect.poll(() => page.getByRole('alert').getByRole('link').allTextContents()).toEqual(['Vul de naam in.']);
    expect(await axe(page)).toEqual([]);
    expect(fouten).toEqual([]);
  });

  it('gemeente van herkomst: everyday and former names are offered and accepted, a split gemeente is explained', async ({ pagina }) => {
    const { page, fouten } = await pagina();
    await page.goto(`${sessie.origin}/melding/`);
    await kies(page, 'Een verwijzer of hulpverlener');
    await volgende(page);
    await expect.poll(() => stapKop(page)).toBe('Cliënt');
    const gemeente = page.getByRole('combobox', { name: /Gemeente van herkomst/ });
    const opties = page.getByRole('listbox').getByRole('option');
    for (const [getypt, aangeboden] of [
      ['Den Bosch', ["'s-Hertogenbosch (Den Bosch)"]],
      ['Weesp', ['Amsterdam (voorheen Weesp)']],
      ['Brielle', ['Voorne aan Zee (voorheen Brielle)']],
      ['Haaren', ['Boxtel (deels voorheen Haaren)', 'Oisterwijk (deels voorheen Haaren)', 'Tilburg (deels voorheen Haaren)', 'Vught (deels voorheen Haaren)']],
    ] as const) {
      await gemeente.fill(getypt);
      await expect.poll(() => opties.allTextContents()).toEqual(aangeboden);
    }
    // Left as typed: the everyday name passes, the split gemeente gets an explanation at the field.
    await gemeente.fill('Haaren');
    await page.keyboard.press('Escape');
    await volgende(page);
    await expect
      .poll(() => page.locator('#veld-client-gemeenteVanHerkomst-fout').textContent())
      .toBe(
        'Fout: De gemeente Haaren is opgeheven per 1 januari 2021, nu onderdeel van Boxtel, Oisterwijk, Tilburg en Vught. Kies de gemeente waar de cliënt nu onder valt: typ de eerste letters en kies uit de lijst.',
      );
    await gemeente.fill('Den Bosch');
    await page.keyboard.press('Escape');
    await volgende(page);
    await expect.poll(() => page.locator('#veld-client-gemeenteVanHerkomst-fout').count()).toBe(0);
    expect(fouten).toEqual([]);
  });

  it('check page: every "Wijzig" focuses its own field; when the whole is not valid, an error summary', async ({ pagina }) => {
    const { page, fouten } = await pagina();
    await page.goto(`${sessie.origin}/melding/`);
    await page.evaluate(([k, w]) => sessionStorage.setItem(k!, w!), [CONCEPT, volledigConcept()]);
    await page.reload();
    await expect.poll(() => stapKop(page)).toBe('Controleren');
    const paden = await page.locator('.controle-rij__actie button').evaluateAll((knoppen) => knoppen.map((k) => k.getAttribute('data-pad')!));
    expect(paden.length).toBeGreaterThan(50);
    const misser: string[] = [];
    for (const pad of paden) {
      await page.locator(`button[data-pad="${pad}"]`).press('Enter');
      const doel = `veld-${pad.replace(/\./g, '-')}`;
      await expect.poll(() => page.evaluate(() => document.activeElement?.id ?? '')).toMatch(/^veld-/);
      const id = await page.evaluate(() => document.activeElement?.id ?? '');
      if (id !== doel && !id.startsWith(`${doel}-`)) misser.push(`${pad} → ${id}`);
      // In a choice group, focus belongs on a chosen option when there is one.
      if (id.startsWith(`${doel}-`)) {
        const keuze = await page.evaluate((d) => {
          const opties = [...document.querySelectorAll<HTMLInputElement>(`input[id^="${d}-"]`)];
          return { gekozen: opties.some((o) => o.checked), actief: (document.activeElement as HTMLInputElement).checked };
        }, doel);
        if (keuze.gekozen && !keuze.actief) misser.push(`${pad} → ${id} (niet de gekozen optie)`);
      }
      // Back to the check page through the steps (navigation, not what is tested here).
      await page.evaluate(async () => {
        for (let i = 0; i < 8 && document.querySelector('.stap-kop')?.textContent !== 'Controleren'; i++) {
          document.getElementById('melding-volgende')?.click();
          await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        }
      });
      await expect.poll(() => stapKop(page)).toBe('Controleren');
    }
    expect(misser).toEqual([]);

    // A draft that does not pass as a whole: the same summary as on a step.
    await page.evaluate(
      (k) => sessionStorage.setItem(k, JSON.stringify({ waarden: { invuller: 'client', client: { voornamen: 'Sam' } }, stap: 7, laatstActief: Date.now() })),
      CONCEPT,
    );
    await page.reload();
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('foutsamenvatting'))).toBe(true);
    expect(await page.title()).toMatch(/^Fout: Stap 8 van 8: Controleren/);
    expect(await page.getByRole('alert').getByRole('link').first().textContent()).toBe('Vul je achternaam in.');
    expect(await axe(page)).toEqual([]);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('veld-client-achternaam');
    expect(fouten).toEqual([]);
  }, 120_000);

  it('"Melding openen" asks first over a filled-in form; a broken file leaves the form as it was', async ({ pagina }) => {
    const pdfPad = readFileSync(join(map, 'pad.txt'), 'utf8');
    const { page, fouten } = await pagina();
    await page.goto(`${sessie.origin}/melding/`);
    await kies(page, 'De cliënt zelf');
    await volgende(page);
    await typ(page, /^Je voornamen/, 'Zoë');
    const kapot = join(map, 'kapot.pdf');
    writeFileSync(kapot, '%PDF-1.7\nniet echt');

    // Filled form: a question first. "Nee" keeps everything.
    await page.getByLabel(T.openen).setInputFiles(kapot);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('openen-vraag');
    expect(await page.locator('#openen-vraag').textContent()).toBe(T.openenVraag);
    expect(await axe(page)).toEqual([]);
    await tabNaar(page, 'openen-vraag-nee', 5);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('p.status').textContent()).toBe(T.openenGeannuleerd);
    // Focus returns in the next animation frame (Beheer.tsx: terugNaar), so wait for it.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('melding-openen');

    // "Ja" with a damaged file: the exact message, the form unchanged.
    await page.getByLabel(T.openen).setInputFiles(kapot);
    await tabNaar(page, 'openen-vraag-ja', 5);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('p.status').textContent()).toBe(OPEN_FOUTBERICHTEN.beschadigd);
    expect(await stapKop(page)).toBe('Cliënt');
    expect(await page.getByLabel(/^Je voornamen/).inputValue()).toBe('Zoë');

    // A real melding-PDF replaces it after "Ja".
    await page.getByLabel(T.openen).setInputFiles(pdfPad);
    await tabNaar(page, 'openen-vraag-ja', 5);
    await page.keyboard.press('Enter');
    await expect.poll(() => stapKop(page)).toBe('Controleren');
    const controle = await page.locator('.controleren').textContent();
    for (const tekst of ['Łukasz Ğül', 'Nguyễn', 'Kliniek De Berk', 'cocaïne']) expect(controle).toContain(tekst);
    // And the answers are editable again in the form.
    await page.getByRole('button', { name: /Wijzig achternaam/ }).press('Enter');
    await expect.poll(() => page.getByLabel(/^Achternaam/).inputValue()).toBe('Nguyễn');
    expect(fouten).toEqual([]);
  });

  it('without network: "Melding openen" works when only that field had focus; without loaded PDF code an honest message', async ({ pagina }) => {
    const pdfPad = readFileSync(join(map, 'pad.txt'), 'utf8');
    const { page, fouten } = await pagina();
    const verzoeken: string[] = [];
    await page.goto(`${sessie.origin}/melding/`);
    await page.waitForSelector('#melding-formulier');
    const stil = volgVerzoeken(page);
    await page.locator('#melding-openen').focus(); // outside the form: this focus starts loading the PDF code
    await stil();
    await page.context().setOffline(true);
    page.on('request', (r) => verzoeken.push(r.url()));
    await page.getByLabel(T.openen).setInputFiles(pdfPad);
    await expect.poll(() => stapKop(page)).toBe('Controleren');
    await tabNaar(page, 'melding-pdf', 200);
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(await download.failure()).toBeNull();
    expect(verzoeken.filter((u) => !u.startsWith('blob:'))).toEqual([]);
    expect(fouten).toEqual([]);

    // Offline before anything was loaded: say so, and leave the form as it was.
    const tweede = await pagina();
    await tweede.page.goto(`${sessie.origin}/melding/`);
    await tweede.page.waitForSelector('#melding-formulier');
    await tweede.page.context().setOffline(true);
    await tweede.page.getByLabel(T.openen).setInputFiles(pdfPad);
    await expect.poll(() => tweede.page.locator('p.status').textContent()).toBe(T.pdfCodeNietGeladen);
    expect(await tweede.page.locator('.stap-kop').first().textContent()).toBe('Wie vult dit formulier in?');
  });
});
