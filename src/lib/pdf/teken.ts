import fontkit from '@pdf-lib/fontkit';
import {
  AFRelationship,
  EncryptedPDFError,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFRawStream,
  PDFString,
  rgb,
  type PDFFont,
  type PDFObject,
} from 'pdf-lib';
import type { Layout, Meter } from './layout.ts';
import { bestandsId, xmpMetadata } from './pdfa.ts';
import { SRGB_PROFIEL_BASE64 } from './srgb-profiel.ts';

/**
 * The one module of the site that uses pdf-lib: draws a layout with the embedded fonts, makes
 * the form fields, sets the metadata, attaches a file, and reads such a file back. Everything
 * else in src/lib/pdf is pure and has no idea pdf-lib exists, and the engine knows no domain:
 * the melding PDF (src/lib/melding-pdf) and the templates (src/lib/sjablonen) are documents
 * built on it (tests/unit/lagen.test.ts). Readers only tests need live in tests/fixtures, out of
 * the browser bundle.
 */
export interface PdfFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

/** What every document needs to be drawn: the fonts, and a fixed date for reproducible files. */
export interface PdfOpties {
  fonts: PdfFonts;
  /** Creation date in the metadata; injected for reproducible files. */
  gemaaktOp: Date;
}

interface TekenOpties {
  fonts: PdfFonts;
  titel: string;
  onderwerp: string;
  /** Creation and modification date; injected so the same input gives the same bytes. */
  gemaaktOp: Date;
  bijlage?: { naam: string; inhoud: string; beschrijving: string; mimeType: string };
}

const PDF_TAAL = 'nl-NL';
export const PDF_MAKER = 'Safehouse-portaal';
/** Fixed, not pdf-lib's default with its version and URL: the bytes stay the same across runs. */
const PDF_PRODUCENT = 'Safehouse-portaal (pdf-lib)';

/** pdf-lib draws glyph advances and ignores GPOS positions, so computing them is wasted time. */
const ZONDER_POSITIES = { kern: false, mark: false, mkmk: false };

const codepunten = (van: number, tot: number) => Array.from({ length: tot - van + 1 }, (_, i) => van + i);
/** Printable Basic Latin, Latin-1 letters and Latin Extended-A: a date, or a name such as "Łukasz Doğan". */
const VELDTEKENS = String.fromCodePoint(...codepunten(0x20, 0x7e), ...codepunten(0xc0, 0xff), ...codepunten(0x100, 0x17f));

const ZWART = rgb(0.1, 0.1, 0.1);
const GRIJS = rgb(0.36, 0.36, 0.36);
const VELDRAND = rgb(0.45, 0.45, 0.45);
const VELDVULLING = rgb(0.95, 0.96, 0.98);

/**
 * Widths as the sum of cached per-character advances: pdf-lib draws glyph advances without
 * kerning, so this matches, and it keeps line breaking of long answers fast (fontkit's
 * layout per candidate line took seconds for a 4-page melding).
 */
function maakMeter(regular: PDFFont, bold: PDFFont): Meter {
  const tekens = new Set(regular.getCharacterSet());
  const caches = { regular: new Map<string, number>(), bold: new Map<string, number>() };
  const breedte1000 = (teken: string, vet: boolean): number => {
    const cache = vet ? caches.bold : caches.regular;
    let breedte = cache.get(teken);
    if (breedte === undefined) {
      breedte = (vet ? bold : regular).widthOfTextAtSize(teken, 1000);
      cache.set(teken, breedte);
    }
    return breedte;
  };
  return {
    breedte(tekst, grootte, vet) {
      let som = 0;
      for (const teken of tekst.normalize('NFC')) som += breedte1000(teken, vet);
      return (som * grootte) / 1000;
    },
    heeftTeken: (teken) => [...teken].every((t) => tekens.has(t.codePointAt(0)!)),
  };
}

export async function tekenPdf(maakLayout: (meter: Meter) => Layout, opties: TekenOpties): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  // Subset fonts carry a tag "ABCDEF+" in their name (PDF 32000 §9.6.4); pdf-lib gives none,
  // so name them, else readers (and pdffonts) don't see them as subsets.
  const regular = await doc.embedFont(opties.fonts.regular, { subset: true, customName: 'SHPDFR+SafehouseSansPDF-Regular', features: ZONDER_POSITIES });
  const bold = await doc.embedFont(opties.fonts.bold, { subset: true, customName: 'SHPDFB+SafehouseSansPDF-Bold', features: ZONDER_POSITIES });
  const layout = maakLayout(maakMeter(regular, bold));
  const form = doc.getForm();

  for (const pagina of layout.paginas) {
    const page = doc.addPage([layout.breedte, layout.hoogte]);
    for (const item of pagina.items) {
      switch (item.soort) {
        case 'tekst':
          page.drawText(item.tekst.normalize('NFC'), {
            x: item.x,
            y: item.y,
            size: item.grootte,
            font: item.vet ? bold : regular,
            color: item.grijs ? GRIJS : ZWART,
          });
          break;
        case 'lijn':
          page.drawLine({ start: { x: item.x1, y: item.y }, end: { x: item.x2, y: item.y }, thickness: item.dikte, color: GRIJS });
          break;
        case 'vak':
          page.drawRectangle({ x: item.x, y: item.y, width: item.zijde, height: item.zijde, borderWidth: 0.8, borderColor: ZWART });
          break;
        case 'veld': {
          const veld = form.createTextField(item.naam);
          if (item.standaard !== undefined) veld.setText(item.standaard.normalize('NFC'));
          veld.addToPage(page, {
            x: item.x,
            y: item.y,
            width: item.breedte,
            height: item.hoogte,
            font: regular,
            borderColor: VELDRAND,
            borderWidth: 0.8,
            backgroundColor: VELDVULLING,
            textColor: ZWART,
          });
          veld.setFontSize(11);
          break;
        }
      }
    }
  }
  // Appearances in the embedded font; save() would otherwise redo them in Helvetica, a
  // non-embedded WinAnsi font that cannot show "ł" or "ễ".
  form.updateFieldAppearances(regular);
  // Viewers redraw an edited field with the font named in its /DA, looked up in /DR. The
  // subset gets the glyphs people are likely to type there, not just those already drawn.
  form.acroForm.dict.set(PDFName.of('DR'), doc.context.obj({ Font: doc.context.obj({ [regular.name]: regular.ref }) }));
  regular.encodeText(VELDTEKENS);

  doc.setTitle(opties.titel, { showInWindowTitleBar: true });
  doc.setSubject(opties.onderwerp);
  doc.setLanguage(PDF_TAAL);
  doc.setCreator(PDF_MAKER);
  doc.setProducer(PDF_PRODUCENT);
  doc.setCreationDate(opties.gemaaktOp);
  doc.setModificationDate(opties.gemaaktOp);
  if (opties.bijlage) {
    await doc.attach(new TextEncoder().encode(opties.bijlage.inhoud), opties.bijlage.naam, {
      mimeType: opties.bijlage.mimeType,
      description: opties.bijlage.beschrijving,
      creationDate: opties.gemaaktOp,
      modificationDate: opties.gemaaktOp,
      afRelationship: AFRelationship.Data,
    });
  }
  maakArchiefwaardig(doc, opties, JSON.stringify(layout));
  return doc.save({ updateFieldAppearances: false });
}

/**
 * PDF/A-3b (src/lib/pdf/pdfa.ts): the XMP metadata with the same facts as the document info,
 * an sRGB output intent that gives the RGB colours their meaning, and a file ID from the content.
 */
function maakArchiefwaardig(doc: PDFDocument, opties: TekenOpties, inhoud: string) {
  const xmp = xmpMetadata({
    titel: opties.titel,
    onderwerp: opties.onderwerp,
    taal: PDF_TAAL,
    maker: PDF_MAKER,
    producent: PDF_PRODUCENT,
    datum: opties.gemaaktOp,
  });
  const metadata = doc.context.stream(new TextEncoder().encode(xmp), { Type: 'Metadata', Subtype: 'XML' });
  doc.catalog.set(PDFName.of('Metadata'), doc.context.register(metadata));
  const profiel = Uint8Array.from(atob(SRGB_PROFIEL_BASE64), (c) => c.charCodeAt(0));
  const intentie = doc.context.obj({
    Type: 'OutputIntent',
    S: 'GTS_PDFA1',
    OutputConditionIdentifier: PDFString.of('sRGB IEC61966-2.1'),
    Info: PDFString.of('sRGB IEC61966-2.1'),
    DestOutputProfile: doc.context.register(doc.context.flateStream(profiel, { N: 3 })),
  });
  doc.catalog.set(PDFName.of('OutputIntents'), doc.context.obj([intentie]));
  const id = PDFHexString.of(bestandsId(`${opties.titel}\n${opties.onderwerp}\n${opties.gemaaktOp.toISOString()}\n${opties.bijlage?.inhoud ?? ''}\n${inhoud}`));
  doc.context.trailerInfo.ID = doc.context.obj([id, id]);
}

type LeesReden = 'geen-pdf' | 'beschadigd' | 'geen-melding' | 'bijlage-te-groot';
type LeesUitkomst = { ok: true; tekst: string } | { ok: false; reden: LeesReden };

const latin1 = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes);

/** A PDF starts with "%PDF-" (within the first KB) and ends with "%%EOF" (within the last KB). */
function pdfVorm(bytes: Uint8Array): 'geen-pdf' | 'beschadigd' | null {
  if (!latin1(bytes.subarray(0, 1024)).includes('%PDF-')) return 'geen-pdf';
  if (!latin1(bytes.subarray(Math.max(0, bytes.length - 1024))).includes('%%EOF')) return 'beschadigd';
  return null;
}

/**
 * How many object headers ("12 0 obj": a digit, white space, "obj" and no letter after it)
 * the file has, counting no further than `max + 1`. A byte loop: no 5 MB string is made.
 */
function telObjecten(bytes: Uint8Array, max: number): number {
  const wit = (b: number | undefined) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09 || b === 0x0c || b === 0x00;
  const cijfer = (b: number | undefined) => b !== undefined && b >= 0x30 && b <= 0x39;
  const letter = (b: number | undefined) => b !== undefined && (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7a;
  let aantal = 0;
  for (let i = bytes.indexOf(0x6f); i !== -1 && aantal <= max; i = bytes.indexOf(0x6f, i + 1)) {
    if (bytes[i + 1] === 0x62 && bytes[i + 2] === 0x6a && !letter(bytes[i + 3]) && wit(bytes[i - 1])) {
      let j = i - 1;
      while (j > 0 && wit(bytes[j])) j--;
      if (cijfer(bytes[j])) aantal++;
    }
  }
  return aantal;
}

async function laad(bytes: Uint8Array, maxObjecten: number): Promise<PDFDocument | LeesReden> {
  const vorm = pdfVorm(bytes);
  if (vorm) return vorm;
  if (telObjecten(bytes, maxObjecten) > maxObjecten) return 'geen-melding';
  try {
    return await PDFDocument.load(bytes, { updateMetadata: false, throwOnInvalidObject: true });
  } catch (fout) {
    // An encrypted PDF is whole, but not one this site makes.
    return fout instanceof EncryptedPDFError ? 'geen-melding' : 'beschadigd';
  }
}

function tekstVan(object: PDFObject | undefined): string | undefined {
  return object instanceof PDFString || object instanceof PDFHexString ? object.decodeText() : undefined;
}

/**
 * Bounds for reading a file nobody vouches for. A melding PDF's name tree has one node and
 * one entry, its melding.json a few KB; these leave room for other writers and stop a
 * crafted file long before it costs the tab seconds or memory.
 */
export interface LeesGrenzen {
  /** Name-tree nodes and entries looked at, together. */
  maxKnopen: number;
  /** Bytes of the attachment once unpacked; unpacking stops as soon as it passes this. */
  maxUitgepakt: number;
  /**
   * Objects ("12 0 obj") in the file, counted before pdf-lib parses it: pdf-lib parses every
   * object up front, ~70 µs each, so 100,000 tiny objects cost seconds. A melding PDF has a few dozen.
   */
  maxObjecten: number;
}

export const STANDAARD_LEESGRENZEN: LeesGrenzen = { maxKnopen: 1000, maxUitgepakt: 1_000_000, maxObjecten: 5000 };

/**
 * The file specification called `naam` in a name tree (flat /Names, or /Kids). Walks the tree
 * once: a node seen before (a /Kids entry pointing back up, or to itself) is skipped, and
 * after `maxKnopen` nodes and entries it gives up. pdf-lib resolves a reference to the same
 * object every time, so remembering the objects remembers the references.
 */
export function zoekInNaamboom(wortel: PDFDict, naam: string, maxKnopen: number): PDFDict | 'niet-gevonden' | 'te-veel' {
  const gezien = new Set<PDFDict>();
  const stapel: PDFDict[] = [wortel];
  let bekeken = 0;
  while (stapel.length) {
    const knoop = stapel.pop()!;
    if (gezien.has(knoop)) continue;
    gezien.add(knoop);
    if (++bekeken > maxKnopen) return 'te-veel';
    const namen = knoop.lookupMaybe(PDFName.of('Names'), PDFArray);
    for (let i = 0; namen && i + 1 < namen.size(); i += 2) {
      if (++bekeken > maxKnopen) return 'te-veel';
      const spec = namen.lookup(i + 1);
      if (tekstVan(namen.lookup(i)) === naam && spec instanceof PDFDict) return spec;
    }
    const kinderen = knoop.lookupMaybe(PDFName.of('Kids'), PDFArray);
    // Pushed in reverse, so the first child is walked first, as in the flat order of the tree.
    for (let i = (kinderen?.size() ?? 0) - 1; kinderen && i >= 0; i--) {
      if (++bekeken > maxKnopen) return 'te-veel';
      const kind = kinderen.lookup(i);
      if (kind instanceof PDFDict && !gezien.has(kind)) stapel.push(kind);
    }
  }
  return 'niet-gevonden';
}

/**
 * Unpacks zlib/deflate bytes (FlateDecode) with the platform's DecompressionStream, fed in
 * small pieces and counted as it goes: past `max` bytes it stops and gives null, so a 1 MB
 * bomb that would unpack to 1 GiB costs at most about `max` plus one piece. pdf-lib's own
 * decoder unpacks everything first.
 */
export async function pakBegrensdUit(bytes: Uint8Array, max: number): Promise<Uint8Array | null> {
  const STUK = 1024; // deflate unpacks at most ~1032:1, so one piece gives at most ~1 MB
  let plek = 0;
  const bron = new ReadableStream<BufferSource>(
    {
      pull(c) {
        if (plek >= bytes.length) return c.close();
        c.enqueue(bytes.slice(plek, (plek += STUK)));
      },
    },
    { highWaterMark: 0 },
  );
  const lezer = bron.pipeThrough(new DecompressionStream('deflate')).getReader();
  const delen: Uint8Array[] = [];
  let totaal = 0;
  for (;;) {
    const { done, value } = await lezer.read();
    if (done) break;
    totaal += value.length;
    if (totaal > max) {
      await lezer.cancel().catch(() => undefined);
      return null;
    }
    delen.push(value);
  }
  const uit = new Uint8Array(totaal);
  delen.reduce((plek, deel) => (uit.set(deel, plek), plek + deel.length), 0);
  return uit;
}

/** The stream's bytes, unpacked within the bound: only no filter or a plain FlateDecode (what pdf-lib writes). */
async function inhoudVan(stroom: PDFRawStream, max: number): Promise<Uint8Array | LeesReden> {
  const filter = stroom.dict.lookup(PDFName.of('Filter'));
  const filters = filter instanceof PDFArray ? filter.asArray().map((f) => stroom.dict.context.lookup(f)) : filter ? [filter] : [];
  if (filters.length === 0) return stroom.contents.length > max ? 'bijlage-te-groot' : stroom.contents;
  if (filters.length > 1 || filters[0] !== PDFName.of('FlateDecode') || stroom.dict.has(PDFName.of('DecodeParms'))) return 'geen-melding';
  return (await pakBegrensdUit(stroom.contents, max)) ?? 'bijlage-te-groot';
}

/**
 * Reads an embedded file back: catalog → /Names → /EmbeddedFiles → name tree → filespec
 * /EF /F stream, unpacked (pdf-lib writes it FlateDecode-compressed). Never throws, and stays
 * within `grenzen` whatever the file holds.
 */
export async function leesBijlage(bytes: Uint8Array, naam: string, grenzen: LeesGrenzen = STANDAARD_LEESGRENZEN): Promise<LeesUitkomst> {
  const doc = await laad(bytes, grenzen.maxObjecten);
  if (typeof doc === 'string') return { ok: false, reden: doc };
  try {
    const boom = doc.catalog.lookupMaybe(PDFName.of('Names'), PDFDict)?.lookupMaybe(PDFName.of('EmbeddedFiles'), PDFDict);
    // A tree past the bound is not one this site wrote: not a melding, whatever else it holds.
    const spec = boom ? zoekInNaamboom(boom, naam, grenzen.maxKnopen) : 'niet-gevonden';
    if (typeof spec === 'string') return { ok: false, reden: 'geen-melding' };
    const stroom = spec.lookupMaybe(PDFName.of('EF'), PDFDict)?.lookup(PDFName.of('F'));
    if (!stroom) return { ok: false, reden: 'geen-melding' };
    if (!(stroom instanceof PDFRawStream)) return { ok: false, reden: 'beschadigd' };
    const inhoud = await inhoudVan(stroom, grenzen.maxUitgepakt);
    if (typeof inhoud === 'string') return { ok: false, reden: inhoud };
    return { ok: true, tekst: new TextDecoder('utf-8', { fatal: true }).decode(inhoud) };
  } catch {
    return { ok: false, reden: 'beschadigd' };
  }
}
