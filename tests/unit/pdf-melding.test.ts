// The melding PDFs made with the real pdf-lib and font, checked from the outside with poppler
// (pdftotext, pdffonts) and read back with openMeldingPdf.
process.env.TZ = 'Europe/Amsterdam';

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALLE_VELDEN } from '../../src/lib/melding/formulier.ts';
import { NOG_AAN_TE_LEVEREN_TITEL, NOG_AAN_TE_LEVEREN_UITLEG, STANDAARD_BIJLAGEN } from '../../src/lib/melding/nog-aan-te-leveren.ts';
import { samenvatting, volledigeNaam } from '../../src/lib/melding/samenvatting.ts';
import { datumVoluit } from '../../src/lib/kern/datum.ts';
import { naarFormulier } from '../../src/lib/melding/naar-formulier.ts';
import { meldingSchema, type Melding } from '../../src/lib/melding/schema.ts';
import { aanGemeente, PDF_TITEL, TERMIJN_UITLEG } from '../../src/lib/melding-pdf/kop.ts';
import { layoutMelding, meldingDocument, type MeldingDocument } from '../../src/lib/melding-pdf/melding-layout.ts';
import { ANTWOORD_X } from '../../src/lib/pdf/blokken.ts';
import { A4, MARGE, type Layout, type Meter } from '../../src/lib/pdf/layout.ts';
import { OPEN_FOUTBERICHTEN } from '../../src/lib/melding/melding-json.ts';
import { MELDING_JSON_SCHEMA } from '../../src/lib/melding/woordenschat.ts';
import { maakBlancoPdf, maakMeldingPdf, openMeldingPdf } from '../../src/lib/melding-pdf/melding-pdf.ts';
import { leesBijlage, PDF_MAKER, tekenPdf } from '../../src/lib/pdf/teken.ts';
import { leesEigenschappen } from '../fixtures/pdf-eigenschappen.ts';
import { kolommen } from '../fixtures/pdf-kolommen.ts';
import { metVulling } from '../fixtures/vulling.ts';
import { GEMEENTEN, LANG_WOORD, MELDINGEN, PEILDATUM } from '../fixtures/meldingen.ts';
import { PDF_FONTS as fonts } from '../fixtures/pdf-fonts.ts';

const gemaaktOp = new Date('2026-11-22T10:30:00+01:00');
const context = { peildatum: PEILDATUM, gemeenten: GEMEENTEN };
const zonderWit = (t: string) => t.replace(/\s+/g, '');

let map = '';
beforeAll(() => {
  map = mkdtempSync(join(tmpdir(), 'pdf-melding-'));
});
afterAll(() => rmSync(map, { recursive: true, force: true }));

function bewaar(naam: string, bytes: Uint8Array): string {
  const pad = join(map, `${naam}.pdf`);
  writeFileSync(pad, bytes);
  return pad;
}
const pdftotext = (pad: string, ...opties: string[]) => execFileSync('pdftotext', [...opties, pad, '-'], { encoding: 'utf8' });

/** Text without whitespace and without the footers, so an answer that runs over a page break reads as one. */
function doorlopend(tekst: string, voet: string): string {
  const paginas = tekst.split('\f').slice(0, -1);
  return paginas
    .map((p, i) =>
      zonderWit(p)
        .replace(zonderWit(voet), '')
        .replace(`pagina${i + 1}van${paginas.length}`, ''),
    )
    .join('');
}

const parse = (invoer: unknown) => meldingSchema(context).parse(invoer);

describe.each(Object.entries(MELDINGEN))('melding-PDF %s', (naam, invoer) => {
  let melding: Melding;
  let bytes: Uint8Array;
  let pad: string;
  beforeAll(async () => {
    melding = parse(invoer);
    bytes = await maakMeldingPdf(melding, { fonts, gemaaktOp });
    pad = bewaar(naam, bytes);
  });

  it('has the title, the addressee, every answer beside its question, and the empty ones in one "Niet ingevuld" line per section', () => {
    const voet = `${volledigeNaam(melding)} · geboren ${datumVoluit(melding.client.geboortedatum)}`;
    const secties = samenvatting(melding);
    for (const tekst of [pdftotext(pad, '-layout'), pdftotext(pad)]) {
      expect(tekst).toContain(PDF_TITEL);
      expect(tekst).toContain(aanGemeente(melding.client.gemeenteVanHerkomst));
      const alles = doorlopend(tekst, voet);
      for (const sectie of secties) {
        const leeg = sectie.rijen.filter((r) => !r.ingevuld).map((r) => r.label);
        if (leeg.length) expect(alles, sectie.id).toContain(zonderWit(`Niet ingevuld: ${leeg.join('; ')}.`));
      }
      expect(alles.split('Nietingevuld:').length - 1).toBe(secties.filter((s) => s.rijen.some((r) => !r.ingevuld)).length);
      // No row of its own for an empty answer (the check page's "niet ingevuld").
      expect(alles.slice(0, alles.lastIndexOf(zonderWit(NOG_AAN_TE_LEVEREN_TITEL)))).not.toContain('nietingevuld');
    }
    // Each column read on its own: the labels in order on the left, the answers in order on the right.
    const { links, rechts } = kolommen(pad);
    let [l, r] = [0, 0];
    for (const rij of secties.flatMap((s) => s.rijen).filter((rij) => rij.ingevuld)) {
      l = zonderWit(links).indexOf(zonderWit(rij.label), l);
      r = zonderWit(rechts).indexOf(zonderWit(rij.waarde), r);
      expect(l, rij.pad).toBeGreaterThanOrEqual(0);
      expect(r, rij.pad).toBeGreaterThanOrEqual(0);
    }
  });

  it('numbers every page "pagina X van N" and names the cliënt in every footer', async () => {
    const { paginas } = await leesEigenschappen(bytes);
    const per = pdftotext(pad, '-layout').split('\f').slice(0, paginas);
    expect(per).toHaveLength(paginas);
    per.forEach((pagina, i) => {
      expect(pagina).toContain(`pagina ${i + 1} van ${paginas}`);
      expect(pagina).toContain(`${volledigeNaam(melding)} · geboren`);
    });
  });

  it('embeds its fonts as subsets, and no others', () => {
    const regels = execFileSync('pdffonts', [pad], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(regels.length).toBe(2);
    for (const regel of regels) expect(regel).toMatch(/^[A-Z]{6}\+SafehouseSansPDF-(Regular|Bold)\s.*\syes\s+yes\s+yes\s/);
  });

  it('has title, language, creator and the injected dates as metadata', async () => {
    expect(await leesEigenschappen(bytes)).toMatchObject({
      titel: PDF_TITEL,
      taal: 'nl-NL',
      maker: PDF_MAKER,
      producent: 'Safehouse-portaal (pdf-lib)',
      gemaaktOp,
      gewijzigdOp: gemaaktOp,
    });
  });

  it('has fillable signature and date fields, the date pre-filled with the meldingsdatum', async () => {
    const datum = melding.toestemming.datum.split('-').reverse().join('-');
    const wie = melding.invuller === 'client' ? ['client'] : ['client', 'aanmelder'];
    expect((await leesEigenschappen(bytes)).velden).toEqual(
      wie.flatMap((rol) => [
        { naam: `handtekening-${rol}`, waarde: undefined, alleenLezen: false },
        { naam: `datum-${rol}`, waarde: datum, alleenLezen: false },
      ]),
    );
  });

  it('opens again as the same melding', async () => {
    expect(await openMeldingPdf(bytes, context)).toEqual({ ok: true, melding });
  });

  it('is the same file when made again with the same date', async () => {
    expect(Buffer.from(await maakMeldingPdf(melding, { fonts, gemaaktOp })).equals(Buffer.from(bytes))).toBe(true);
  });
});

// The date on the first page is the one filled in; no deadline is worked out from it, because the
// terms run from the day the gemeente receives the melding (#14).
const DATUM_IN_KOP: Record<keyof typeof MELDINGEN, string> = {
  minimaal: '22 november 2026',
  typisch: '22 november 2026',
  maximaal: '22 november 2026',
  unicode: '21 november 2026',
  lang: '22 november 2026',
};

describe.each(Object.keys(MELDINGEN) as (keyof typeof MELDINGEN)[])('melding-PDF %s, first page', (naam) => {
  it('gives the meldingsdatum and how the terms run, but no computed deadline', async () => {
    const melding = parse(MELDINGEN[naam]);
    const pad = bewaar(`kop-${naam}`, await maakMeldingPdf(melding, { fonts, gemaaktOp }));
    const eerste = zonderWit(pdftotext(pad, '-l', '1'));
    expect(eerste).toContain(zonderWit(`Meldingsdatum ${DATUM_IN_KOP[naam]}`));
    expect(eerste).toContain(zonderWit(TERMIJN_UITLEG));
    expect(eerste).not.toContain(zonderWit('De gemeente beslist uiterlijk op'));
    expect(eerste).not.toMatch(/januari2027/);
  });
});

describe('"Nog aan te leveren" in the PDF is the list for that melding', () => {
  /** The text of the section, from its heading to the signatures. */
  async function sectie(naam: keyof typeof MELDINGEN) {
    const tekst = zonderWit(pdftotext(bewaar(`nog-${naam}`, await maakMeldingPdf(parse(MELDINGEN[naam]), { fonts, gemaaktOp }))));
    return tekst.slice(tekst.lastIndexOf(zonderWit(NOG_AAN_TE_LEVEREN_TITEL)), tekst.lastIndexOf('Ondertekening'));
  }

  it('names an important answer left empty (minimal melding), with the checklist and what the list is', async () => {
    const minimaal = await sectie('minimaal');
    expect(minimaal).toContain(zonderWit(NOG_AAN_TE_LEVEREN_UITLEG));
    for (const punt of STANDAARD_BIJLAGEN) expect(minimaal).toContain(zonderWit(punt));
    expect(minimaal).toContain(zonderWit('Adres (straat en huisnummer): nog niet ingevuld'));
    expect(minimaal).toContain(zonderWit('Uitstroomadres als het misgaat: nog niet ingevuld'));
  });

  it('does not name answers that were given (maximal melding)', async () => {
    const maximaal = await sectie('maximaal');
    for (const punt of STANDAARD_BIJLAGEN) expect(maximaal).toContain(zonderWit(punt));
    expect(maximaal).not.toContain(zonderWit('nog niet ingevuld'));
  });
});

describe('the long melding', () => {
  it('runs over four pages or more and loses nothing of its 300-character word', async () => {
    const bytes = await maakMeldingPdf(parse(MELDINGEN.lang), { fonts, gemaaktOp });
    expect((await leesEigenschappen(bytes)).paginas).toBeGreaterThanOrEqual(4);
    const pad = bewaar('lang-woord', bytes);
    expect(zonderWit(pdftotext(pad))).toContain(LANG_WOORD);
    expect(zonderWit(pdftotext(pad, '-layout'))).toContain(LANG_WOORD);
  });
});

// Issue #15: label | answer in two columns and the empty answers folded make a melding short
// enough for a reader at the gemeente; every page count below was 4 to 5 pages in one column.
describe('page counts of the melding-PDF (real fonts)', () => {
  it.each([
    ['minimaal', 2],
    ['typisch', 2],
    ['maximaal', 3],
  ] as const)('%s: at most %i pages', async (naam, hoogstens) => {
    const bytes = await maakMeldingPdf(parse(MELDINGEN[naam]), { fonts, gemaaktOp });
    expect((await leesEigenschappen(bytes)).paginas).toBeLessThanOrEqual(hoogstens);
  });

  it('the maximal fixture answers every question its audience gets', () => {
    const rijen = samenvatting(parse(MELDINGEN.maximaal)).flatMap((s) => s.rijen);
    expect(rijen.filter((r) => !r.ingevuld).map((r) => r.pad)).toEqual([]);
  });
});

describe('the long melding breaks cleanly over pages', () => {
  const melding = parse(MELDINGEN.lang);

  it('keeps every word inside the margins, and above the footer rule (pdftotext -bbox)', async () => {
    const pad = bewaar('lang-bbox', await maakMeldingPdf(melding, { fonts, gemaaktOp }));
    const html = pdftotext(pad, '-bbox');
    const paginas = html.split('<page ').slice(1);
    expect(paginas.length).toBeGreaterThanOrEqual(4);
    const voetregel = A4.hoogte - MARGE.onder - 12;
    const voet = zonderWit(`${volledigeNaam(melding)} · geboren ${datumVoluit(melding.client.geboortedatum)}`);
    paginas.forEach((pagina, n) => {
      const woorden = [...pagina.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
        x1: Number(m[1]),
        y1: Number(m[2]),
        x2: Number(m[3]),
        y2: Number(m[4]),
        tekst: m[5]!,
      }));
      expect(woorden.length).toBeGreaterThan(20);
      for (const w of woorden) {
        expect(w.x1, `pagina ${n + 1}: ${w.tekst}`).toBeGreaterThanOrEqual(MARGE.links - 0.01);
        expect(w.x2, `pagina ${n + 1}: ${w.tekst}`).toBeLessThanOrEqual(A4.breedte - MARGE.rechts + 0.5);
        expect(w.y1, `pagina ${n + 1}: ${w.tekst}`).toBeGreaterThanOrEqual(MARGE.boven - 0.01);
        expect(w.y2 <= voetregel || w.y1 >= voetregel, `pagina ${n + 1}: ${w.tekst} crosses the footer rule`).toBe(true);
      }
      // Below the rule only the footer.
      const onder = woorden.filter((w) => w.y1 >= voetregel).map((w) => w.tekst);
      expect(zonderWit(onder.join(''))).toBe(`${voet}pagina${n + 1}van${paginas.length}`);
    });
  });

  // The real meter, taken from one drawing: the layout is then rerun with the real font widths.
  let meter: Meter;
  beforeAll(async () => {
    await tekenPdf(
      (m) => {
        meter = m;
        return layoutMelding(meldingDocument(melding), m);
      },
      { fonts, titel: PDF_TITEL, onderwerp: 'test', gemaaktOp },
    );
  });

  /** Every answered row: its whole label on one page, and the first answer line beside the label's first line. */
  function rijenHeel(doc: MeldingDocument, layout: Layout): number {
    const vlak = layout.paginas.flatMap((p, n) => p.items.flatMap((t) => (t.soort === 'tekst' ? [{ n, t }] : [])));
    // A label line: bold, in the left column, smaller than a heading.
    const isLabel = (i: number) => vlak[i]!.t.vet && vlak[i]!.t.x === MARGE.links && vlak[i]!.t.grootte < 10;
    let i = 0;
    let rijen = 0;
    for (const rij of doc.secties.flatMap((s) => s.rijen).filter((r) => r.ingevuld)) {
      while (i < vlak.length && !(isLabel(i) && zonderWit(rij.label).startsWith(zonderWit(vlak[i]!.t.tekst)))) i++;
      expect(i, rij.pad).toBeLessThan(vlak.length);
      const eerste = vlak[i]!;
      const naast = vlak[i + 1]!;
      expect([naast.n, naast.t.x, naast.t.y], `${rij.pad}: first answer line beside the label`).toEqual([eerste.n, ANTWOORD_X, eerste.t.y]);
      let gelezen = '';
      for (; zonderWit(gelezen) !== zonderWit(rij.label); i++) {
        expect(i, rij.pad).toBeLessThan(vlak.length);
        if (!isLabel(i)) continue;
        gelezen += vlak[i]!.t.tekst;
        expect(vlak[i]!.n, `${rij.pad}: label on one page`).toBe(eerste.n);
      }
      rijen++;
    }
    return rijen;
  }

  it('never leaves a label at the bottom of a page without the first line of its answer', () => {
    const doc = meldingDocument(melding);
    expect(rijenHeel(doc, layoutMelding(doc, meter))).toBeGreaterThan(50);
  });

  it('the same with every row moved through the bottom of a page (filler of 1 to 60 lines before it)', () => {
    const basis = meldingDocument(parse(MELDINGEN.maximaal));
    let paginagrenzen = 0;
    for (let regels = 1; regels <= 60; regels++) {
      const doc = metVulling(basis, regels);
      const layout = layoutMelding(doc, meter);
      rijenHeel(doc, layout);
      paginagrenzen += layout.paginas.length - 1;
    }
    expect(paginagrenzen).toBeGreaterThan(100);
  });
});

describe("opening the site's own melding-PDF later", () => {
  // Made on 2026-11-22 (PEILDATUM) with a start date nine days ahead.
  const invoer = { ...MELDINGEN.maximaal, plaatsing: { ...MELDINGEN.maximaal.plaatsing, gewensteStartdatum: '01-12-2026' } };
  const melding = parse(invoer);
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await maakMeldingPdf(melding, { fonts, gemaaktOp });
  });

  // The form passes its own context: today's date as peildatum, as on the day it is opened.
  it.each([
    ['2026-12-15', [['plaatsing.gewensteStartdatum', 'datum_verleden']]],
    [
      '2027-11-23',
      [
        ['plaatsing.gewensteStartdatum', 'datum_verleden'],
        ['toestemming.datum', 'datum_te_oud'],
      ],
    ],
  ])('opens on %s with every answer; the form then flags only the stale dates', async (vandaag, verwacht) => {
    const formulierContext = { invuller: melding.invuller, peildatum: vandaag, gemeenten: GEMEENTEN };
    const uitkomst = await openMeldingPdf(bytes, formulierContext);
    expect(uitkomst).toEqual({ ok: true, melding });
    // Continuing validates against that day: the stale date is a field error, nothing else is.
    const opnieuw = meldingSchema(formulierContext).safeParse(naarFormulier(melding));
    expect(opnieuw.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual(verwacht);
  });
});

describe('opening a file that is not a good melding-PDF', () => {
  const melding = parse(MELDINGEN.maximaal);
  /** A PDF like the real one, with other content in melding.json. */
  const metJson = (inhoud: string) =>
    tekenPdf((meter) => layoutMelding(meldingDocument(melding), meter), {
      fonts,
      titel: PDF_TITEL,
      onderwerp: 'test',
      gemaaktOp,
      bijlage: { naam: 'melding.json', inhoud, mimeType: 'application/json', beschrijving: 'test' },
    });
  const envelop = (overschrijf: Record<string, unknown>) => JSON.stringify({ schema: MELDING_JSON_SCHEMA, versie: 1, melding, ...overschrijf });

  it.each([
    ['random bytes', () => Uint8Array.from({ length: 4000 }, (_, i) => (i * 7919 + 13) % 256), OPEN_FOUTBERICHTEN['geen-pdf']],
    ['an empty file', () => new Uint8Array(), OPEN_FOUTBERICHTEN['geen-pdf']],
    ['a PDF without attachment (the blank form)', () => maakBlancoPdf({ fonts, gemaaktOp }), OPEN_FOUTBERICHTEN['geen-melding']],
    ['a PDF whose JSON has versie 2', () => metJson(envelop({ versie: 2 })), OPEN_FOUTBERICHTEN.nieuwer],
    ['a PDF with another schema id', () => metJson(envelop({ schema: 'https://example.org/iets' })), OPEN_FOUTBERICHTEN['geen-melding']],
    ['a PDF whose JSON is cut off', () => metJson(envelop({}).slice(0, 200)), OPEN_FOUTBERICHTEN.beschadigd],
    [
      'a PDF whose melding was edited (required field emptied)',
      () => metJson(envelop({ melding: { ...melding, client: { ...melding.client, voornamen: '' } } })),
      OPEN_FOUTBERICHTEN.ongeldig,
    ],
    ['a PDF whose melding has an extra field', () => metJson(envelop({ melding: { ...melding, extra: 'x' } })), OPEN_FOUTBERICHTEN.ongeldig],
    [
      'a PDF whose melding is not normalised (date as typed)',
      () => metJson(envelop({ melding: { ...melding, client: { ...melding.client, geboortedatum: '5-7-1984' } } })),
      OPEN_FOUTBERICHTEN.ongeldig,
    ],
  ])('%s', async (_, maak, verwacht) => {
    expect(await openMeldingPdf(await maak(), context)).toEqual({ ok: false, bericht: verwacht });
  });

  it('still opens a PDF made before the schema was published (its old schema id, same version)', async () => {
    const uitkomst = await openMeldingPdf(await metJson(envelop({ schema: 'https://safehouse-portaal/melding' })), context);
    expect(uitkomst.ok).toBe(true);
  });

  // The last case only loses the trailer: pdf-lib would read it, the "%%EOF" check does not.
  it.each([
    ['10%', (n: number) => n * 0.1],
    ['50%', (n: number) => n * 0.5],
    ['90%', (n: number) => n * 0.9],
    ['all but 10 bytes', (n: number) => n - 10],
  ])('a PDF cut off after %s', async (_, lengte) => {
    const bytes = await maakMeldingPdf(melding, { fonts, gemaaktOp });
    const kapot = bytes.subarray(0, Math.floor(lengte(bytes.length)));
    expect(await openMeldingPdf(kapot, context)).toEqual({ ok: false, bericht: OPEN_FOUTBERICHTEN.beschadigd });
  });

  it('says in Dutch that it is not a melding-PDF of this site', () => {
    expect(OPEN_FOUTBERICHTEN['geen-melding']).toContain('Dit is geen melding-PDF van deze site');
  });
});

describe('blank form', () => {
  let bytes: Uint8Array;
  let tekst = '';
  beforeAll(async () => {
    bytes = await maakBlancoPdf({ fonts, gemaaktOp });
    tekst = zonderWit(pdftotext(bewaar('blanco', bytes)));
  });

  it('asks every question of the form, with every choice', () => {
    for (const veld of ALLE_VELDEN) {
      expect(tekst, veld.pad).toContain(zonderWit(veld.label));
      for (const optie of Object.values(veld.opties ?? {})) expect(tekst, `${veld.pad}: ${optie}`).toContain(zonderWit(optie));
    }
  });

  it('says a follow-up question is required only when its choice is ticked', () => {
    expect(tekst).toContain(zonderWit('Welke drugs (verplicht als ‘Drugs’ is aangekruist)'));
    expect(tekst).toContain(zonderWit('Andere verslaving, namelijk (verplicht als ‘Anders’ is aangekruist)'));
    expect(tekst).not.toContain(zonderWit('Welke drugs (verplicht)'));
  });

  it('ends with "Nog aan te leveren" and "Ondertekening", with empty fields to sign', async () => {
    for (const punt of STANDAARD_BIJLAGEN) expect(tekst).toContain(zonderWit(punt));
    expect(tekst.indexOf('Nogaanteleveren')).toBeLessThan(tekst.lastIndexOf('Ondertekening'));
    const { velden, paginas } = await leesEigenschappen(bytes);
    expect(velden.map((v) => [v.naam, v.waarde])).toEqual([
      ['handtekening-client', undefined],
      ['datum-client', undefined],
      ['handtekening-aanmelder', undefined],
      ['datum-aanmelder', undefined],
    ]);
    expect(tekst).toContain(`pagina${paginas}van${paginas}`);
  });

  it('carries no answers', async () => {
    expect(await leesBijlage(bytes, 'melding.json')).toEqual({ ok: false, reden: 'geen-melding' });
  });
});
