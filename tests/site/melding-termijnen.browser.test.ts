// The Wmo terms run from the day the gemeente receives the melding (#14), which the form cannot
// know. A melding made weeks ago and opened again today must not get dates counted from its own
// date: the timeline and the calendar file count from today and say so.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { datumVoluit, datumVoorFormulier } from '../../src/lib/kern/datum.ts';
import { meldingSchema } from '../../src/lib/melding/schema.ts';
import { tijdlijn } from '../../src/lib/melding/termijnen.ts';
import { maakMeldingPdf } from '../../src/lib/melding-pdf/melding-pdf.ts';
import { FORMULIER_TEKST as T } from '../../src/lib/ui-tekst.ts';
import { maximaal } from '../fixtures/meldingen.ts';
import { PDF_FONTS } from '../fixtures/pdf-fonts.ts';
import { isoDag, stapKop } from './browser.ts';
import { browserSessie } from './sessie.ts';

const { sessie, it } = browserSessie();
const LADEN = 20_000;

describe('deadlines on the check page', () => {
  it('a melding dated 20 days ago, opened today: the timeline and calendar count from today, not from the form date', async ({ pagina }) => {
    const invoer = structuredClone(maximaal);
    invoer.toestemming.datum = datumVoorFormulier(isoDag(-20));
    invoer.behandeling.verwachteOntslagdatum = datumVoorFormulier(isoDag(30));
    invoer.plaatsing.gewensteStartdatum = datumVoorFormulier(isoDag(31));
    const melding = meldingSchema({ peildatum: isoDag(-20), gemeenten: new Set(['Venlo', 'Venray']) }).parse(invoer);
    const map = mkdtempSync(join(tmpdir(), 'melding-termijnen-'));
    const pad = join(map, 'oud.pdf');
    writeFileSync(pad, await maakMeldingPdf(melding, { fonts: PDF_FONTS, gemaaktOp: new Date(`${isoDag(-20)}T10:00:00Z`) }));

    const { page, fouten, externeVerzoeken } = await pagina();
    await page.goto(`${sessie.origin}/melding/`);
    await page.waitForSelector('#melding-formulier');
    await page.getByLabel(T.openen).setInputFiles(pad);
    await expect.poll(() => page.locator('p.status').textContent(), { timeout: LADEN }).toBe(T.openenGelukt);
    expect(await stapKop(page)).toBe('Controleren');

    const nu = tijdlijn(isoDag(), isoDag(30));
    const vanFormulier = tijdlijn(isoDag(-20), isoDag(30));
    const hulp = page.locator('.tijdlijn-hulp');
    await expect.poll(() => hulp.textContent()).toContain(`Ontvangt de gemeente de melding vandaag, ${datumVoluit(isoDag())}?`);
    const tekst = (await hulp.textContent()) ?? '';
    expect(tekst).toContain(`uiterlijk ${datumVoluit(nu.onderzoekUiterlijk)}`);
    expect(tekst).toContain(`uiterlijk ${datumVoluit(nu.beslissingVolgensVng)}`);
    expect(tekst).not.toContain(`uiterlijk ${datumVoluit(vanFormulier.onderzoekUiterlijk)}`);
    expect(tekst).not.toContain(`uiterlijk ${datumVoluit(vanFormulier.beslissingVolgensVng)}`);
    // Discharge in 30 days comes before the VNG count's 56: the warning, counted from today.
    expect(tekst).toContain(`valt ${nu.dagenTekort} dagen vóór ${datumVoluit(nu.beslissingVolgensVng)}`);

    const [ics] = await Promise.all([page.waitForEvent('download'), page.locator('#melding-ics').click()]);
    const icsPad = join(map, 'melding.ics');
    await ics.saveAs(icsPad);
    const agenda = readFileSync(icsPad, 'utf8').replace(/\r\n /g, '');
    expect(agenda).toContain(`DTSTART;VALUE=DATE:${nu.onderzoekUiterlijk.replace(/-/g, '')}`);
    expect(agenda).toContain(`DTSTART;VALUE=DATE:${nu.beslissingVolgensVng.replace(/-/g, '')}`);
    expect(agenda).not.toContain(`DTSTART;VALUE=DATE:${vanFormulier.onderzoekUiterlijk.replace(/-/g, '')}`);
    expect(agenda).toContain(`Berekend alsof de gemeente de melding op ${datumVoluit(isoDag())} ontving`);
    expect(externeVerzoeken).toEqual([]);
    expect(fouten).toEqual([]);
  });
});
