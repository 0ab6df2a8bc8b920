// Issue 12, point 1: the invulhulp in real Chromium. A provider with mistakes gets the check's
// Dutch messages at the field and in the summary; fixed, the downloaded file passes
// `npm run controleer` and a build in a project copy publishes it as a page and in the open data.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { bouwIn, projectKopie, ROOT } from '../build/project-kopie.ts';
import { axe } from './browser.ts';
import { browserSessie } from './sessie.ts';

const { sessie, it } = browserSessie();
const vandaag = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(new Date());

describe('invulhulp', () => {
  it('a provider with mistakes: messages at the field and in the summary; fixed, the file is published', async ({ pagina }) => {
    const { page, fouten, externeVerzoeken } = await pagina();
    await page.goto(`${sessie.origin}/regios/publiceren/`);
    await page.getByLabel('Naam', { exact: true }).fill('Nieuw Safehouse');
    await page.getByLabel(/^Telefoonnummer/).fill('088 114');
    await page.getByLabel(/^Website/).fill('www.voorbeeld.nl');
    await page.getByRole('button', { name: 'Controleren' }).click();

    const samenvatting = page.locator('.foutsamenvatting');
    await expect.poll(() => samenvatting.isVisible()).toBe(true);
    expect(await samenvatting.getByRole('heading').textContent()).toBe('Er is een probleem');
    const telefoonFout = 'Telefoonnummer (telefoon): "088 114" is geen geldig Nederlands telefoonnummer. Schrijf het zoals 077 123 45 67 of 06 1234 5678.';
    expect(await samenvatting.getByRole('link').allTextContents()).toEqual(
      expect.arrayContaining([telefoonFout, "Regio('s) (regio) ontbreekt. Dit veld is verplicht.", 'Bronnen (bronnen) ontbreekt. Dit veld is verplicht.']),
    );
    const telefoon = page.getByLabel(/^Telefoonnummer/);
    expect(await telefoon.getAttribute('aria-invalid')).toBe('true');
    await expect
      .poll(async () => (await telefoon.evaluate((el) => el.getAttribute('aria-describedby')))?.split(' '))
      .toEqual(['ih-telefoon-hint', 'ih-telefoon-fout']);
    expect(await page.locator('#ih-telefoon-fout').textContent()).toBe(`Fout: ${telefoonFout}`);
    expect(await page.title()).toMatch(/^Fout: /);
    expect(await axe(page)).toEqual([]);

    // Fix everything.
    await page
      .getByRole('group', { name: /^Regio\('s\)/ })
      .getByLabel('Achterhoek')
      .check();
    await telefoon.fill('088 114 95 50');
    await page.getByLabel(/^Website/).fill('https://www.voorbeeld.nl');
    await page.getByLabel(/^Laatst gecontroleerd/).fill(vandaag);
    await page.getByRole('button', { name: 'Bronnen: nog een toevoegen' }).click();
    await page.getByLabel(/^Brondocument/).selectOption('vng-handreiking');
    await page.getByLabel(/^Sectie in de bron/).fill('§3.3 Regionale én bovenregionale functie');
    await page.getByLabel(/^Tekst op de pagina/).fill('Een safehouse dat in deze test is gemaakt.');
    await page.getByRole('button', { name: 'Controleren' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Je bestand is in orde' }).isVisible()).toBe(true);
    expect(await samenvatting.count()).toBe(0);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download nieuw-safehouse.md' }).click()]);
    expect(download.suggestedFilename()).toBe('nieuw-safehouse.md');
    const tekst = readFileSync((await download.path())!, 'utf8');
    expect(fouten).toEqual([]);
    expect(externeVerzoeken).toEqual([]);

    const project = projectKopie('invulhulp');
    writeFileSync(join(project, 'content/aanbieders/nieuw-safehouse.md'), tekst);
    const { SAFEHOUSE_CONTENT_DIR: _, ...env } = process.env;
    const controle = spawnSync(process.execPath, [join(ROOT, 'scripts/controleer-content.ts')], { cwd: project, encoding: 'utf8', env });
    expect(controle.stderr + controle.stdout).toContain('De content is in orde (11 route, 9 handboek, 3 regios, 3 aanbieders');
    expect(controle.status).toBe(0);
    const { status, uitvoer } = bouwIn(project);
    expect(status, uitvoer.slice(-2000)).toBe(0);
    expect(readFileSync(join(project, 'dist/aanbieders/nieuw-safehouse/index.html'), 'utf8')).toContain('Nieuw Safehouse');
    expect(readFileSync(join(project, 'dist/data/aanbieders.json'), 'utf8')).toContain('"Nieuw Safehouse"');
  }, 600_000);

  it('a published record loads offline and, unchanged, gives the same file back', async ({ pagina }) => {
    const { page, fouten } = await pagina();
    await page.goto(`${sessie.origin}/regios/publiceren/`);
    await expect.poll(() => page.getByRole('button', { name: 'Controleren' }).isVisible()).toBe(true);
    // Once loaded it works offline: everything it needs came with the page.
    await page.context().setOffline(true);
    for (const [keuze, pad] of [
      ['aanbieders/confidence-twende', 'content/aanbieders/confidence-twende.md'],
      ['regios/achterhoek', 'content/regios/achterhoek.md'],
    ] as const) {
      await page.getByLabel('Of pas een gepubliceerd bestand aan').selectOption(keuze);
      await page.getByRole('button', { name: 'Controleren' }).click();
      await expect.poll(() => page.locator('#ih-uitvoer').isVisible()).toBe(true);
      expect(await page.locator('#ih-uitvoer').inputValue()).toBe(readFileSync(join(ROOT, pad), 'utf8'));
    }
    expect(fouten).toEqual([]);
  });

  it('a region picks gemeenten by everyday and former names; a dissolved one is explained', async ({ pagina }) => {
    const { page, fouten } = await pagina();
    await page.goto(`${sessie.origin}/regios/publiceren/`);
    await page.getByRole('radio', { name: 'Een regio' }).check();
    const kiezer = page.getByRole('combobox', { name: /^Gemeenten in de regio/ });
    const status = page.locator('.invulhulp__bericht');
    const gekozen = page.getByRole('list', { name: 'Gekozen gemeenten' }).getByRole('listitem');

    // Typed in full and Enter: the everyday name adds the CBS name, and the form is not submitted.
    await kiezer.fill('Den Bosch');
    await kiezer.press('Enter');
    await expect.poll(() => status.textContent()).toBe("'s-Hertogenbosch toegevoegd.");
    expect(await page.locator('.foutsamenvatting').count()).toBe(0);
    expect(await kiezer.inputValue()).toBe('');

    // Picked from the suggestions: the former name is offered as what it is now.
    await kiezer.fill('Weesp');
    const optie = page.getByRole('option', { name: 'Amsterdam (voorheen Weesp)' });
    await expect.poll(() => optie.isVisible()).toBe(true);
    await optie.click();
    await expect.poll(() => gekozen.allTextContents()).toEqual(["'s-Hertogenbosch Weghalen", 'Amsterdam Weghalen']);

    // A gemeente split over four: no guess, an explanation.
    await kiezer.fill('Haaren');
    await page.getByRole('button', { name: 'Voeg toe' }).click();
    await expect
      .poll(() => status.textContent())
      .toBe('De gemeente Haaren is opgeheven per 1 januari 2021, nu onderdeel van Boxtel, Oisterwijk, Tilburg en Vught. Kies een van die gemeenten.');
    expect(await gekozen.count()).toBe(2);

    await page.getByRole('button', { name: "Weghalen: 's-Hertogenbosch" }).click();
    await expect.poll(() => gekozen.count()).toBe(1);

    // The centrumgemeente takes the CBS name when the field is left.
    const centrum = page.getByRole('combobox', { name: /^Centrumgemeente/ });
    await centrum.fill('den bosch');
    await centrum.press('Tab');
    await expect.poll(() => centrum.inputValue()).toBe("'s-Hertogenbosch");
    expect(await axe(page)).toEqual([]);
    expect(fouten).toEqual([]);
  });

  it('works with the keyboard only: Enter submits, the summary takes focus, its link moves focus to the field', async ({ pagina }) => {
    const { page } = await pagina();
    await page.goto(`${sessie.origin}/regios/publiceren/`);
    await page.getByLabel('Naam', { exact: true }).focus();
    await page.keyboard.type('Toetsenbord');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('foutsamenvatting');
    await page.keyboard.press('Tab');
    const eerste = await page.evaluate(() => document.activeElement?.textContent);
    expect(eerste).toContain('ontbreekt');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toMatch(/^ih-/);
  });

  it('fits a 320 px wide screen', async ({ pagina }) => {
    const { page } = await pagina({ viewport: { width: 320, height: 640 } });
    await page.goto(`${sessie.origin}/regios/publiceren/`);
    await page.getByRole('button', { name: 'Controleren' }).click();
    await expect.poll(() => page.locator('.foutsamenvatting').isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
});
