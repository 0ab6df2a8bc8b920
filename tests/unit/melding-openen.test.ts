// "Melding openen" against crafted files, in Node: the bounded, cycle-safe walk of the
// attachment tree, the capped unpacking, the object count and the size limit, each answered
// quickly with its Dutch message. The same files in real Chromium, through the worker and its
// time limit: tests/site/melding-openen.browser.test.ts.
import { deflateSync } from 'node:zlib';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { MAX_OPEN_BYTES, OPEN_FOUTBERICHTEN } from '../../src/lib/melding/melding-json.ts';
import { openMeldingPdf } from '../../src/lib/melding-pdf/melding-pdf.ts';
import { leesBijlage, pakBegrensdUit, STANDAARD_LEESGRENZEN, zoekInNaamboom } from '../../src/lib/pdf/teken.ts';
import { GEMEENTEN } from '../fixtures/meldingen.ts';
import { inflatiebomPdf, kringPdf, pdfMetBijlage, veelObjectenPdf, zelfverwijzendePdf } from '../fixtures/vijandige-pdf.ts';

const context = { gemeenten: GEMEENTEN };

/** Runs `werk` and says how long it took, in ms. */
async function gemeten<T>(werk: () => Promise<T>): Promise<[T, number]> {
  const begin = performance.now();
  const uitkomst = await werk();
  return [uitkomst, performance.now() - begin];
}

/** A name tree of `breed` leaves under one root, the wanted entry in the last leaf; each leaf also points back at the root. */
async function bredeBoom(breed: number) {
  const doc = await PDFDocument.create();
  const spec = doc.context.obj({ Type: 'Filespec' });
  const wortel = doc.context.obj({});
  const wortelRef = doc.context.register(wortel);
  const bladeren = Array.from({ length: breed }, (_, i) =>
    doc.context.register(doc.context.obj({ Names: [PDFString.of(i === breed - 1 ? 'melding.json' : `ander-${i}.txt`), spec], Kids: [wortelRef] })),
  );
  wortel.set(PDFName.of('Kids'), doc.context.obj(bladeren));
  return { wortel, spec };
}

describe('the walk of the attachment name tree', () => {
  it('finds the entry in a tree within the bound, visiting every node once although every leaf points back to the root', async () => {
    const { wortel, spec } = await bredeBoom(200);
    expect(zoekInNaamboom(wortel, 'melding.json', 1000)).toBe(spec);
    expect(zoekInNaamboom(wortel, 'iets-anders.json', 1000)).toBe('niet-gevonden');
  });

  it('stops at the bound in a tree larger than it', async () => {
    const { wortel } = await bredeBoom(2000);
    expect(zoekInNaamboom(wortel, 'melding.json', 1000)).toBe('te-veel');
    expect(zoekInNaamboom(wortel, 'melding.json', 10_000)).not.toBe('te-veel');
  });

  it.each([
    ['a tree node that is its own child, 32 times over', zelfverwijzendePdf],
    ['two tree nodes that are each other’s children', kringPdf],
  ])('%s: “not a melding” within a second', async (_, maak) => {
    const [uitkomst, ms] = await gemeten(() => openMeldingPdf(maak(), context));
    expect(uitkomst).toEqual({ ok: false, bericht: OPEN_FOUTBERICHTEN['geen-melding'] });
    expect(ms).toBeLessThan(1000);
  });
});

describe('unpacking the attachment', () => {
  it('stops past the bound and returns exactly what fits within it', async () => {
    const tekst = new TextEncoder().encode('{"a":1}'.repeat(1000));
    const ingepakt = new Uint8Array(deflateSync(tekst));
    expect(await pakBegrensdUit(ingepakt, tekst.length)).toEqual(tekst);
    expect(await pakBegrensdUit(ingepakt, tekst.length - 1)).toBeNull();
  });

  it('an inflation bomb (1 MB that unpacks to 1 GiB): “too large” within seconds, without unpacking it', async () => {
    const bom = await inflatiebomPdf();
    expect(bom.length).toBeLessThan(1_100_000);
    const voor = process.memoryUsage().arrayBuffers;
    const [uitkomst, ms] = await gemeten(() => openMeldingPdf(bom, context));
    expect(uitkomst).toEqual({ ok: false, bericht: OPEN_FOUTBERICHTEN['bijlage-te-groot'] });
    expect(ms).toBeLessThan(3000);
    // Unpacked whole it would hold 1 GiB; bounded it holds about the bound.
    expect(process.memoryUsage().arrayBuffers - voor).toBeLessThan(100 * 2 ** 20);
  }, 30_000);

  it('an attachment stored without compression is bounded too', async () => {
    const groot = new TextEncoder().encode(' '.repeat(STANDAARD_LEESGRENZEN.maxUitgepakt + 1));
    const pdf = pdfMetBijlage(groot).slice(); // the same layout, but with /FlateDecode removed below
    const zonderFilter = new TextDecoder('latin1').decode(pdf).replace('/Filter /FlateDecode ', '                    ');
    expect(
      await leesBijlage(
        Uint8Array.from(zonderFilter, (t) => t.charCodeAt(0)),
        'melding.json',
      ),
    ).toEqual({ ok: false, reden: 'bijlage-te-groot' });
  });
});

describe('the size of the file', () => {
  it('a PDF with 100,000 objects (under the size limit): “not a melding” within a second, before pdf-lib parses it', async () => {
    const veel = veelObjectenPdf(100_000);
    expect(veel.length).toBeLessThan(MAX_OPEN_BYTES);
    const [uitkomst, ms] = await gemeten(() => openMeldingPdf(veel, context));
    expect(uitkomst).toEqual({ ok: false, bericht: OPEN_FOUTBERICHTEN['geen-melding'] });
    expect(ms).toBeLessThan(1000);
  });

  it('a file over the limit is refused unread, with the limit in the message', async () => {
    expect(await openMeldingPdf(new Uint8Array(MAX_OPEN_BYTES + 1), context)).toEqual({ ok: false, bericht: OPEN_FOUTBERICHTEN['te-groot'] });
    expect(OPEN_FOUTBERICHTEN['te-groot']).toContain('groter dan 5 MB');
  });
});
