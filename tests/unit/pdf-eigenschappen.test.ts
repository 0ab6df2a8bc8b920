// Property: any melding the schema accepts becomes a PDF that shows every answer and opens
// again as the same melding. Inputs are built field by field from the form definition.
process.env.TZ = 'Europe/Amsterdam';

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import fc from 'fast-check';
import { afterAll, expect, it } from 'vitest';
import { alleenZichtbaar, STAPPEN, type Vraag } from '../../src/lib/melding/formulier.ts';
import { INVULLERS } from '../../src/lib/melding/keuzes.ts';
import { samenvatting } from '../../src/lib/melding/samenvatting.ts';
import { meldingSchema } from '../../src/lib/melding/schema.ts';
import type { Invuller } from '../../src/lib/melding/woordenschat.ts';
import { maakMeldingPdf, openMeldingPdf } from '../../src/lib/melding-pdf/melding-pdf.ts';
import { isPdfTeken, PDF_TEKENBEREIKEN } from '../../src/lib/kern/tekens.ts';
import { GEMEENTEN, PEILDATUM } from '../fixtures/meldingen.ts';
import { kolommen } from '../fixtures/pdf-kolommen.ts';
import { PDF_FONTS as fonts } from '../fixtures/pdf-fonts.ts';

const context = { peildatum: PEILDATUM, gemeenten: GEMEENTEN };
const map = mkdtempSync(join(tmpdir(), 'pdf-eigenschappen-'));
afterAll(() => rmSync(map, { recursive: true, force: true }));

// Every character tekens.ts lets through (so the schema accepts it). That list is what both
// fonts have (pdf-lettertype.test.ts checks it); the glyph filter only keeps this test honest
// if the list and a font ever drift apart. Combining marks left over after NFC are left out:
// pdf-lib draws them unpositioned and pdftotext does not give them back in order, so the text
// check cannot judge them.
const lettertypen = [fontkit.create(Buffer.from(fonts.regular)), fontkit.create(Buffer.from(fonts.bold))];
const ALLE_TEKENS = PDF_TEKENBEREIKEN.flatMap(([van, tot]) => Array.from({ length: tot - van + 1 }, (_, i) => van + i))
  .filter((c) => isPdfTeken(c) && !(c >= 0x300 && c <= 0x36f) && lettertypen.every((f) => f.hasGlyphForCodePoint(c)))
  .map((c) => String.fromCodePoint(c));
const LETTERS = ALLE_TEKENS.filter((t) => /\p{L}/u.test(t));
// Weighted so that Polish and Vietnamese letters, spaces and newlines turn up in most strings.
const teken = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...ALLE_TEKENS) },
  { weight: 2, arbitrary: fc.constantFrom(...'ŁłĞğĐđŻżŚśễệướạơĂăÖöëé') },
  { weight: 2, arbitrary: fc.constant(' ') },
  { weight: 1, arbitrary: fc.constant('\n') },
);
const tekenZonderWit = fc.constantFrom(...ALLE_TEKENS.filter((t) => t.trim()));
// Long answers ('max' size: lengths spread up to the maximum) run over lines and pages; some
// have no spaces at all, so words wider than a line must be cut.
const vrijeTekst = (max: number, verplicht: boolean) => {
  const unit = max > 100 ? fc.oneof({ weight: 3, arbitrary: fc.constant(teken) }, { weight: 1, arbitrary: fc.constant(tekenZonderWit) }) : fc.constant(teken);
  const rest = unit.chain((u) => fc.string({ unit: u, maxLength: max - 1, size: max > 100 ? 'max' : 'small' }));
  const tekst = fc.tuple(fc.constantFrom(...LETTERS), rest).map(([a, b]) => a + b);
  return verplicht ? tekst : fc.oneof(fc.constant(''), tekst);
};

const dd = (n: number) => String(n).padStart(2, '0');
const datum = (van: string, tot: string) =>
  fc
    .date({ min: new Date(`${van}T00:00:00Z`), max: new Date(`${tot}T00:00:00Z`), noInvalidDate: true })
    .map((d) => `${dd(d.getUTCDate())}-${dd(d.getUTCMonth() + 1)}-${d.getUTCFullYear()}`);
const ofLeeg = (arb: fc.Arbitrary<string>) => fc.oneof(fc.constant(''), arb);

// Fields with their own format: a few valid ways to type them.
const BIJZONDER: Record<string, fc.Arbitrary<string>> = {
  'client.bsn': ofLeeg(fc.constantFrom('111222333', '123 456 782', '12345672')),
  'client.postcode': ofLeeg(fc.constantFrom('5911ab', '1234 AB', '9999-zz')),
  'aanmelder.agbCode': ofLeeg(fc.constantFrom('12345678', '0123 4567')),
  'client.geboortedatum': datum('1930-01-01', '2008-11-22'),
  'verslaving.abstinentSinds': ofLeeg(datum('2000-01-01', PEILDATUM)),
  'toestemming.datum': datum('2025-01-01', PEILDATUM),
};
const TELEFOON = ofLeeg(fc.constantFrom('06-12345678', '+31 6 1234 5678', '077 123 45 67', '020-1234567'));
const EMAIL = ofLeeg(fc.constantFrom('Zoë@Voorbeeld.nl', 'a.b@c.example', 'naam+extra@gemeente.nl'));

function veldArbitrary(veld: Vraag): fc.Arbitrary<unknown> {
  const verplicht = veld.verplicht !== undefined && veld.verplicht !== false;
  const bijzonder = BIJZONDER[veld.pad];
  if (bijzonder) return bijzonder;
  if (/telefoon$/i.test(veld.pad)) return TELEFOON;
  if (/email$/i.test(veld.pad)) return EMAIL;
  const sleutels = Object.keys(veld.opties ?? {});
  switch (veld.soort) {
    case 'gemeente':
      return fc.constantFrom(...GEMEENTEN);
    case 'tekstvlak':
      return vrijeTekst(400, verplicht); // the shortest limit of a text area (uitstroomadres)
    case 'datum':
      return ofLeeg(datum('2020-01-01', '2028-12-31'));
    case 'keuze':
      return verplicht ? fc.constantFrom(...sleutels) : fc.constantFrom('', ...sleutels);
    case 'vinkjes':
      return fc.subarray(sleutels, { minLength: verplicht ? 1 : 0 });
    case 'vinkje':
      return verplicht ? fc.constant(true) : fc.boolean();
    default:
      return vrijeTekst(30, verplicht);
  }
}

const invoerArbitrary = fc
  .record({
    invuller: fc.constantFrom(...(Object.keys(INVULLERS) as Invuller[])),
    ...Object.fromEntries(STAPPEN.map((stap) => [stap.id, fc.record(Object.fromEntries(stap.velden.map((v) => [v.pad.split('.')[1]!, veldArbitrary(v)])))])),
  })
  // As the form does: answers to questions hidden for this audience or by another answer don't count.
  .map((invoer) => alleenZichtbaar(invoer, invoer.invuller))
  .filter((invoer) => meldingSchema(context).safeParse(invoer).success);

// pdftotext turns the soft hyphen and the Unicode hyphens into "-" (or drops them), whatever
// the PDF says; compare without hyphens and whitespace.
const zonderWit = (t: string) => t.replace(/[\s\u00ad\u2010\u2011-]+/g, '');

it('every accepted melding becomes a PDF that shows every answer and opens as the same melding', async () => {
  let nummer = 0;
  await fc.assert(
    fc.asyncProperty(invoerArbitrary, async (invoer) => {
      const melding = meldingSchema(context).parse(invoer);
      const bytes = await maakMeldingPdf(melding, { fonts, gemaaktOp: new Date('2026-11-22T12:00:00+01:00') });
      expect(await openMeldingPdf(bytes, context)).toEqual({ ok: true, melding });

      const pad = join(map, `${nummer++}.pdf`);
      writeFileSync(pad, bytes);
      // The answer column on its own (without the footers), so an answer that runs over a page
      // break reads as one and a label wrapping beside it does not cut it in two.
      const rechts = zonderWit(kolommen(pad).rechts);
      for (const rij of samenvatting(melding).flatMap((s) => s.rijen)) {
        if (rij.ingevuld) expect(rechts, rij.pad).toContain(zonderWit(rij.waarde));
      }
    }),
    // Shrinking makes a PDF per step: cap it so a failure is reported within the test's time.
    // The 25 runs take ~12 s on an idle machine; the cap leaves room for a busy one (2 cores
    // shared with browser tests), where they took 41 s and an interrupt at 40 s failed the test.
    { numRuns: 25, interruptAfterTimeLimit: 150_000, markInterruptAsFailure: true },
  );
}, 180_000);
