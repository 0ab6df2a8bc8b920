// FormulierVeld (src/islands/gedeeld/FormulierVeld.tsx) wires label, hint and error for every
// form on the site. Checked here for each of its users as a screen reader gets it: the
// accessible name, the accessible description (hint first, then "Fout: " and the message) and
// the invalid state, all computed by Chromium's own accessibility tree — not the markup.
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { hintVoor, veldOpPad } from '../../src/lib/melding/formulier.ts';
import { foutenPerVeld, SJABLONEN, sjabloonSchema } from '../../src/lib/sjablonen/index.ts';
import { FORMULIER_TEKST, VELD_TEKST } from '../../src/lib/ui-tekst.ts';
import { browserSessie } from './sessie.ts';

const { sessie, it } = browserSessie();

interface Toegankelijk {
  rol: string;
  naam: string;
  beschrijving: string;
  ongeldig: boolean;
}

/** Role, name, description and invalid state of the element, as Chromium exposes them to assistive technology. */
async function toegankelijk(page: Page, selector: string): Promise<Toegankelijk> {
  const cdp = await page.context().newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  if (!nodeId) throw new Error(`Geen element voor ${selector}`);
  const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
  const node = nodes[0]!;
  const ongeldig = node.properties?.find((p) => p.name === 'invalid')?.value.value;
  await cdp.detach();
  return {
    rol: String(node.role?.value ?? ''),
    naam: String(node.name?.value ?? ''),
    beschrijving: String(node.description?.value ?? ''),
    ongeldig: ongeldig !== undefined && ongeldig !== 'false',
  };
}

/** What the description must read: the hint, then the error with its hidden prefix. */
const beschrijving = (hint: string | undefined, fout?: string) => [hint, fout && `${VELD_TEKST.foutPrefixAccessibleLabel} ${fout}`].filter(Boolean).join(' ');

/** The error summary's message for a field (its link points at the field). */
const samenvattingVoor = (page: Page, href: string) => page.getByRole('alert').locator(`a[href="${href}"]`).textContent();

/** Opens the melding form at a step, with these answers, through the draft it restores. */
async function meldingBij(page: Page, stap: number, waarden: Record<string, unknown>) {
  await page.goto(`${sessie.origin}/melding/`);
  await page.evaluate(
    (concept) => sessionStorage.setItem('safehouse-melding-concept-v2', concept),
    JSON.stringify({ waarden, stap, laatstActief: Date.now() }),
  );
  await page.reload();
  await page.waitForSelector('#melding-formulier');
}

describe('FormulierVeld: accessible name, description and invalid state for each of its users', () => {
  it('the start question (a group): its legend names it, the hint and then the error describe it', async ({ pagina }) => {
    const { page, fouten } = await pagina();
    await page.goto(`${sessie.origin}/melding/`);
    await page.waitForSelector('#melding-formulier');
    const voor = await toegankelijk(page, '#melding-formulier fieldset');
    expect(voor).toEqual({ rol: 'group', naam: FORMULIER_TEKST.startTitel, beschrijving: FORMULIER_TEKST.startUitleg, ongeldig: false });
    await page.locator('#melding-volgende').click();
    await expect.poll(() => samenvattingVoor(page, '#invuller')).toBeTruthy();
    const fout = (await samenvattingVoor(page, '#invuller'))!;
    expect(await toegankelijk(page, '#melding-formulier fieldset')).toEqual({
      ...voor,
      beschrijving: beschrijving(FORMULIER_TEKST.startUitleg, fout),
      ongeldig: true,
    });
    expect(fouten).toEqual([]);
  });

  it('a melding text field and a melding choice group: hint first, then the error', async ({ pagina }) => {
    const { page, fouten } = await pagina();
    await meldingBij(page, 0, { invuller: 'verwijzer', client: { bsn: '123456789' } });
    const bsnHint = hintVoor(veldOpPad.get('client.bsn')!, 'verwijzer');
    expect(bsnHint).toBeTruthy();
    const bsnVoor = await toegankelijk(page, '#veld-client-bsn');
    expect(bsnVoor).toEqual({ rol: 'textbox', naam: `BSN (burgerservicenummer) ${VELD_TEKST.nietVerplicht}`, beschrijving: bsnHint, ongeldig: false });
    await page.locator('#melding-volgende').click();
    await expect.poll(() => samenvattingVoor(page, '#client.bsn')).toBeTruthy();
    const bsnFout = (await samenvattingVoor(page, '#client.bsn'))!;
    expect(await toegankelijk(page, '#veld-client-bsn')).toEqual({ ...bsnVoor, beschrijving: beschrijving(bsnHint, bsnFout), ongeldig: true });

    // Step 2 for a verwijzer: the role is a required radio group without a hint.
    await meldingBij(page, 1, { invuller: 'verwijzer' });
    const rol = '#melding-formulier fieldset:has(#veld-aanmelder-rol-0)';
    expect(await toegankelijk(page, rol)).toEqual({
      rol: 'group',
      naam: `Rol van de aanmelder ${VELD_TEKST.verplichtAccessibleLabel}`,
      beschrijving: '',
      ongeldig: false,
    });
    await page.locator('#melding-volgende').click();
    await expect.poll(() => samenvattingVoor(page, '#aanmelder.rol')).toBeTruthy();
    const rolFout = (await samenvattingVoor(page, '#aanmelder.rol'))!;
    expect(await toegankelijk(page, rol)).toEqual({
      rol: 'group',
      naam: `Rol van de aanmelder ${VELD_TEKST.verplichtAccessibleLabel}`,
      beschrijving: beschrijving(undefined, rolFout),
      ongeldig: true,
    });
    expect(fouten).toEqual([]);
  });

  it('"Melding openen": the file input is named by its label and described by its hint', async ({ pagina }) => {
    const { page, fouten } = await pagina();
    await page.goto(`${sessie.origin}/melding/`);
    await page.waitForSelector('#melding-formulier');
    const openen = await toegankelijk(page, '#melding-openen');
    expect(openen).toMatchObject({ naam: FORMULIER_TEKST.openen, beschrijving: FORMULIER_TEKST.openenUitleg, ongeldig: false });
    expect(fouten).toEqual([]);
  });

  it('a handboek template: "(niet verplicht)" in the name, the hint and then the error describe the field', async ({ pagina }) => {
    const sjabloon = SJABLONEN.driepartijenovereenkomst!;
    const veld = sjabloon.velden.find((v) => v.soort === 'datum' && v.hint)!;
    expect(veld).toBeTruthy();
    const { page, fouten } = await pagina();
    await page.goto(`${sessie.origin}/handboek/sjablonen/${sjabloon.id}/`);
    const id = `#sjabloon-${veld.id}`;
    await page.waitForSelector(id); // the form is an island rendered in the browser only
    const voor = await toegankelijk(page, id);
    expect(voor).toEqual({ rol: 'textbox', naam: `${veld.label} ${VELD_TEKST.nietVerplicht}`, beschrijving: veld.hint, ongeldig: false });
    await page.locator(id).fill('31-02-1990');
    await page.getByRole('button', { name: 'PDF downloaden' }).click();
    const [verwacht] = foutenPerVeld(sjabloon.velden, sjabloonSchema(sjabloon).safeParse({ [veld.id]: '31-02-1990' }).error!.issues);
    await expect.poll(() => samenvattingVoor(page, id)).toBe(verwacht!.bericht);
    expect(await toegankelijk(page, id)).toEqual({ ...voor, beschrijving: beschrijving(veld.hint, verwacht!.bericht), ongeldig: true });
    expect(fouten).toEqual([]);
  });
});
