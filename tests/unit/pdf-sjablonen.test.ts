// The two handboek templates as PDF: what was filled in is in the text, empty fields become a
// line to write on, the blank version has every label, and every party has a signature field.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Meter, VeldItem } from '../../src/lib/pdf/layout.ts';
import { layoutSjabloon } from '../../src/lib/sjablonen/layout.ts';
import { leesEigenschappen } from '../fixtures/pdf-eigenschappen.ts';
import { maakSjabloonPdf } from '../../src/lib/sjablonen/pdf.ts';
import { foutenPerVeld, maxTekens, SJABLONEN, sjabloonFoutbericht, sjabloonSchema } from '../../src/lib/sjablonen/index.ts';
import { PDF_FONTS as fonts } from '../fixtures/pdf-fonts.ts';

const map = mkdtempSync(join(tmpdir(), 'sjabloon-'));
const tekstVan = (bytes: Uint8Array, naam: string) => {
  const pad = join(map, naam);
  writeFileSync(pad, bytes);
  return execFileSync('pdftotext', [pad, '-'], { encoding: 'utf8' });
};
const zonderWit = (t: string) => t.replace(/\s+/g, '');
const gemaaktOp = new Date('2026-11-22T12:00:00Z');
/** Every character 5 pt wide at size 10: the layout model without a real font. */
const nepMeter: Meter = { breedte: (t, grootte, vet) => [...t].length * grootte * (vet ? 0.55 : 0.5), heeftTeken: () => true };

describe.each(Object.values(SJABLONEN))('sjabloon $id', (sjabloon) => {
  it('filled in: every value filled in is in the PDF, the empty ones named in one "Niet ingevuld" line and a dotted line in the articles', async () => {
    const invoer = Object.fromEntries(
      sjabloon.velden.map((v, i) => [v.id, v.soort === 'datum' ? `${i + 1}-3-2027` : i % 3 === 2 ? '' : `Waarde ${v.id} Łódź Nguyễn`]),
    );
    const waarden = sjabloonSchema(sjabloon).parse(invoer);
    const tekst = zonderWit(tekstVan(await maakSjabloonPdf(sjabloon, waarden, { fonts, gemaaktOp: new Date('2026-11-22T12:00:00Z') }), `${sjabloon.id}.pdf`));
    expect(tekst).toContain(zonderWit(sjabloon.titel));
    for (const v of sjabloon.velden) {
      const w = waarden[v.id];
      if (w) expect(tekst).toContain(zonderWit(w));
    }
    expect(tekst).toContain('……');
    for (const a of sjabloon.artikelen) expect(tekst).toContain(zonderWit(a.titel));
    // The empty fields named once, in one line under the data (as in the melding), not a row each.
    const leeg = sjabloon.velden.filter((v) => !waarden[v.id]).map((v) => v.label);
    expect(leeg.length).toBeGreaterThan(0);
    expect(tekst).toContain(zonderWit(`Niet ingevuld: ${leeg.join('; ')}.`));
    expect(tekst.split('Nietingevuld').length - 1).toBe(1);
  });

  it('blank: every label and a signature field per party', async () => {
    const bytes = await maakSjabloonPdf(sjabloon, null, { fonts, gemaaktOp: new Date('2026-11-22T12:00:00Z') });
    const tekst = zonderWit(tekstVan(bytes, `${sjabloon.id}-blanco.pdf`));
    for (const v of sjabloon.velden) expect(tekst).toContain(zonderWit(v.label));
    const eigenschappen = await leesEigenschappen(bytes);
    expect(eigenschappen.velden.filter((v) => v.naam.startsWith('handtekening_'))).toHaveLength(sjabloon.ondertekenaars.length);
  });

  it('refuses an impossible date and characters the PDF cannot show', () => {
    const datumVeld = sjabloon.velden.find((v) => v.soort === 'datum')!;
    const r = sjabloonSchema(sjabloon).safeParse({ [datumVeld.id]: '31-02-2027', [sjabloon.velden[0]!.id]: 'Дмитрий' });
    expect(r.error?.issues.map((i) => `${String(i.path[0])}:${i.message}`).sort()).toEqual(
      [`${datumVeld.id}:datum_ongeldig`, `${sjabloon.velden[0]!.id}:tekens_onbekend`].sort(),
    );
  });

  it.each(sjabloon.velden.filter((v) => v.soort !== 'datum'))("$label: too long names the field's own maximum", (veld) => {
    const max = maxTekens(veld);
    expect(sjabloonSchema(sjabloon).safeParse({ [veld.id]: 'a'.repeat(max) }).success).toBe(true);
    const r = sjabloonSchema(sjabloon).safeParse({ [veld.id]: 'a'.repeat(max + 1) });
    const [fout] = foutenPerVeld(sjabloon.velden, r.error!.issues);
    expect(fout).toEqual({ pad: veld.id, code: 'te_lang', bericht: `Maak ${veld.inZin} korter: hoogstens ${max.toLocaleString('nl-NL')} tekens.` });
  });

  it('every error code has, for every field, a sentence naming the field', () => {
    for (const veld of sjabloon.velden)
      for (const code of ['te_lang', 'tekens_onbekend', 'datum_ongeldig']) {
        const melding = sjabloonFoutbericht(code, veld);
        expect(melding).toContain(veld.inZin);
        expect(melding).toMatch(/^[A-Z].*\.$/);
      }
    expect(() => sjabloonFoutbericht('bestaat_niet', sjabloon.velden[0]!)).toThrow();
  });

  it.runIf(sjabloon.id === 'driepartijenovereenkomst')('names the field in plain sentences, not by its label ("a. huurder: geboortedatum")', () => {
    const r = sjabloonSchema(sjabloon).safeParse({ geboortedatum: '31-02-1990' });
    expect(foutenPerVeld(sjabloon.velden, r.error!.issues)[0]!.bericht).toBe(
      'Vul de geboortedatum van de huurder in als een bestaande datum, in cijfers: dag-maand-jaar.',
    );
  });

  it('two errors in one field give one line in the error summary', () => {
    const veld = sjabloon.velden.find((v) => v.soort === 'tekst')!;
    const r = sjabloonSchema(sjabloon).safeParse({ [veld.id]: 'Дмитрий'.repeat(40) });
    expect(r.error!.issues.map((i) => i.message)).toEqual(['te_lang', 'tekens_onbekend']);
    expect(foutenPerVeld(sjabloon.velden, r.error!.issues).map((p) => p.code)).toEqual(['te_lang']);
  });
});

describe.each(Object.values(SJABLONEN))('signing of $id', (sjabloon) => {
  // A field used only in the articles, so its length moves the signatures without changing them.
  const tekstveld = sjabloon.velden.find(
    (v) => v.soort !== 'datum' && !sjabloon.ondertekenaars.some((o) => o.naamVeld === v.id) && !sjabloon.ondertekeningTekst?.includes(`{${v.id}}`),
  )!;

  it('is on one page with all signatures, however long the text before it', () => {
    // Grow one answer line by line, so the signature section starts at every height of a page.
    for (let regels = 0; regels <= 120; regels += 3) {
      const waarden = { [tekstveld.id]: Array.from({ length: regels + 1 }, (_, i) => `regel ${i}`).join('\n') };
      const layout = layoutSjabloon(sjabloon, waarden, nepMeter);
      const paginaVan = (zoek: (p: (typeof layout.paginas)[number]) => boolean) => layout.paginas.findIndex(zoek);
      const kop = paginaVan((p) => p.items.some((i) => i.soort === 'tekst' && i.tekst === 'Ondertekening'));
      const handtekeningen = layout.paginas.flatMap((p, n) =>
        p.items.filter((i): i is VeldItem => i.soort === 'veld' && i.naam.startsWith('handtekening_')).map(() => n),
      );
      expect(handtekeningen).toHaveLength(sjabloon.ondertekenaars.length);
      expect(new Set([kop, ...handtekeningen]), `${regels} regels`).toEqual(new Set([kop]));
    }
  });

  it.each([
    ['ingevuld', true],
    ['blanco', false],
  ])('%s: one heading "Ondertekening", and every party on the same page (pdftotext)', async (_, ingevuld) => {
    const waarden = ingevuld
      ? sjabloonSchema(sjabloon).parse(Object.fromEntries(sjabloon.velden.map((v) => [v.id, v.soort === 'datum' ? '01-03-2027' : `Waarde ${v.id}`])))
      : null;
    const paginas = tekstVan(await maakSjabloonPdf(sjabloon, waarden, { fonts, gemaaktOp }), `${sjabloon.id}-${ingevuld}.pdf`).split('\f');
    const regels = paginas.map((p) => p.split('\n').map((r) => r.trim()));
    expect(regels.flat().filter((r) => r === 'Ondertekening')).toHaveLength(1);
    const pagina = regels.findIndex((p) => p.includes('Ondertekening'));
    for (const o of sjabloon.ondertekenaars) expect(regels[pagina], o.wie).toContain(o.wie);
  });
});

describe('facts in the sjablonen', () => {
  const tekst = async (id: string) => zonderWit(tekstVan(await maakSjabloonPdf(SJABLONEN[id]!, {}, { fonts, gemaaktOp }), `${id}-feiten.pdf`));

  it('werkafspraken: the provisional application for placement outside the regio (VNG §8) is in it', async () => {
    expect(await tekst('werkafspraken')).toContain(zonderWit('een voorlopige aanvraag gedaan voor plaatsing buiten de regio'));
  });

  it('werkafspraken: every deadline says where it comes from', async () => {
    const t = await tekst('werkafspraken');
    expect(t).toContain(zonderWit('binnen zes weken na ontvangst van de melding het onderzoek af (Wmo 2015, art. 2.3.2 lid 1)'));
    expect(t).toContain(zonderWit('binnen twee weken (Wmo 2015, art. 2.3.5 lid 1)'));
    expect(t).toContain(zonderWit('hoogstens acht weken na de melding; dat is geen wettelijke termijn'));
    // The VNG's count of 8 weeks is not a legal term (#14).
    expect(t).not.toMatch(/wettelijkemaximaledoorlooptijd/);
  });

  it("werkafspraken: a placement before the beschikking is at the safehouse's risk unless the gemeente agreed in writing; no retroactive beschikking as the default (#14)", async () => {
    const t = await tekst('werkafspraken');
    expect(t).toContain(zonderWit('tenzij de gemeente vooraf schriftelijk heeft ingestemd met de plaatsing en met de ingangsdatum van de beschikking'));
    expect(t).not.toContain(zonderWit('de beschikking geldt vanaf de plaatsingsdatum'));
  });

  it('driepartijenovereenkomst: only place and signatures, like Bijlage 2 (no "drievoud")', async () => {
    const t = await tekst('driepartijenovereenkomst');
    expect(t).not.toMatch(/drievoud/i);
    expect(t).toContain(zonderWit('Plaats: ……'));
  });
});
