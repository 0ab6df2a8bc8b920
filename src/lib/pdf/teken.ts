import fontkit from '@pdf-lib/fontkit';
import {
  AFRelationship,
  decodePDFRawStream,
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

type LeesReden = 'geen-pdf' | 'beschadigd' | 'geen-melding';
type LeesUitkomst = { ok: true; tekst: string } | { ok: false; reden: LeesReden };

const latin1 = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes);

/** A PDF starts with "%PDF-" (within the first KB) and ends with "%%EOF" (within the last KB). */
function pdfVorm(bytes: Uint8Array): 'geen-pdf' | 'beschadigd' | null {
  if (!latin1(bytes.subarray(0, 1024)).includes('%PDF-')) return 'geen-pdf';
  if (!latin1(bytes.subarray(Math.max(0, bytes.length - 1024))).includes('%%EOF')) return 'beschadigd';
  return null;
}

async function laad(bytes: Uint8Array): Promise<PDFDocument | LeesReden> {
  const vorm = pdfVorm(bytes);
  if (vorm) return vorm;
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

/** The file specifications in a name tree (flat /Names, or /Kids), as [name, filespec] pairs. */
function bestandenIn(boom: PDFDict, diepte = 0): [string, PDFDict][] {
  const paren: [string, PDFDict][] = [];
  const namen = boom.lookupMaybe(PDFName.of('Names'), PDFArray);
  for (let i = 0; namen && i + 1 < namen.size(); i += 2) {
    const naam = tekstVan(namen.lookup(i));
    const spec = namen.lookup(i + 1);
    if (naam !== undefined && spec instanceof PDFDict) paren.push([naam, spec]);
  }
  const kinderen = boom.lookupMaybe(PDFName.of('Kids'), PDFArray);
  for (let i = 0; kinderen && diepte < 8 && i < kinderen.size(); i++) {
    const kind = kinderen.lookup(i);
    if (kind instanceof PDFDict) paren.push(...bestandenIn(kind, diepte + 1));
  }
  return paren;
}

/**
 * Reads an embedded file back: catalog → /Names → /EmbeddedFiles → name tree → filespec
 * /EF /F stream, decoded (pdf-lib writes it FlateDecode-compressed). Never throws.
 */
export async function leesBijlage(bytes: Uint8Array, naam: string): Promise<LeesUitkomst> {
  const doc = await laad(bytes);
  if (typeof doc === 'string') return { ok: false, reden: doc };
  try {
    const boom = doc.catalog.lookupMaybe(PDFName.of('Names'), PDFDict)?.lookupMaybe(PDFName.of('EmbeddedFiles'), PDFDict);
    const spec = boom && bestandenIn(boom).find(([n]) => n === naam)?.[1];
    const stroom = spec?.lookupMaybe(PDFName.of('EF'), PDFDict)?.lookup(PDFName.of('F'));
    if (!stroom) return { ok: false, reden: 'geen-melding' };
    if (!(stroom instanceof PDFRawStream)) return { ok: false, reden: 'beschadigd' };
    const inhoud = decodePDFRawStream(stroom).decode();
    return { ok: true, tekst: new TextDecoder('utf-8', { fatal: true }).decode(inhoud) };
  } catch {
    return { ok: false, reden: 'beschadigd' };
  }
}
