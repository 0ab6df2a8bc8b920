import fontkit from '@pdf-lib/fontkit';
import {
  AFRelationship,
  EncryptedPDFError,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFOperator,
  PDFOperatorNames,
  PDFRawStream,
  PDFString,
  rgb,
  type PDFFont,
  type PDFObject,
  type PDFPage,
  type PDFRef,
} from 'pdf-lib';
import type { Item, Layout, Meter } from './layout.ts';
import { bestandsId, xmpMetadata } from './pdfa.ts';
import { SRGB_PROFIEL_BASE64 } from './srgb-profiel.ts';
import type { StructuurElement } from './structuur.ts';

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

/**
 * Writes the layout's structure tree (PDF/UA-1; PDF 32000-1 §14.7–14.8) while the pages are
 * drawn: every tagged item becomes a marked-content sequence with an MCID, owned by its
 * element; a form field's widget is owned by its Form element; the rest is an artifact. At the
 * end the elements, the parent tree (page and widget → element) and the bookmarks of the
 * section headings are written. Elements with nothing in them are left out.
 */
class StructuurSchrijver {
  private readonly refs: PDFRef[];
  /** Per element: its marked content and widgets, in drawing order. */
  private readonly inhoud: PDFObject[][];
  /** Per element: the page its first content is on (its /Pg), and where on it. */
  private readonly eerste: ({ pagina: PDFRef; y: number } | undefined)[];
  /** Per page: the element of each MCID (the page's parent-tree entry). */
  private readonly perPagina: PDFRef[][] = [];
  private readonly widgets: [number, PDFRef][] = [];
  private readonly doc: PDFDocument;
  private readonly elementen: readonly StructuurElement[];
  private readonly aantalPaginas: number;

  constructor(doc: PDFDocument, elementen: readonly StructuurElement[], aantalPaginas: number) {
    this.doc = doc;
    this.elementen = elementen;
    this.aantalPaginas = aantalPaginas;
    this.refs = elementen.map(() => doc.context.nextRef());
    this.inhoud = elementen.map(() => []);
    this.eerste = elementen.map(() => undefined);
  }

  /** A new page: its key in the parent tree, and tab order by structure (PDF/UA 7.18.3). */
  pagina(page: PDFPage) {
    page.node.set(PDFName.of('StructParents'), PDFNumber.of(this.perPagina.length));
    page.node.set(PDFName.of('Tabs'), PDFName.of('S'));
    this.perPagina.push([]);
  }

  /** The operator that opens an item's marked content: tagged with its element, or an artifact. */
  begin(page: PDFPage, item: Exclude<Item, { soort: 'veld' }>): PDFOperator {
    if (item.element === undefined) {
      const soort = item.soort === 'tekst' && item.paginering ? '<</Type /Pagination /Subtype /Footer>>' : '<</Type /Layout>>';
      return PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [PDFName.of('Artifact'), soort]);
    }
    const mcids = this.perPagina.at(-1)!;
    const mcid = mcids.length;
    mcids.push(this.refs[item.element]!);
    const pagina = page.ref;
    const eerste = (this.eerste[item.element] ??= { pagina, y: item.y + ('grootte' in item ? item.grootte : 0) });
    this.inhoud[item.element]!.push(eerste.pagina === pagina ? PDFNumber.of(mcid) : this.doc.context.obj({ Type: 'MCR', Pg: pagina, MCID: mcid }));
    // The property list inline, as a string: pdf-lib's operators take no dictionaries.
    return PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [PDFName.of(this.elementen[item.element]!.rol), `<</MCID ${mcid}>>`]);
  }

  /** A field's widget annotation as the content of its Form element. */
  widget(element: number, widget: PDFDict, page: PDFPage) {
    const sleutel = this.aantalPaginas + this.widgets.length;
    widget.set(PDFName.of('StructParent'), PDFNumber.of(sleutel));
    this.widgets.push([sleutel, this.refs[element]!]);
    this.eerste[element] ??= { pagina: page.ref, y: 0 };
    this.inhoud[element]!.push(this.doc.context.obj({ Type: 'OBJR', Obj: this.doc.context.getObjectRef(widget)!, Pg: page.ref }));
  }

  /** Writes the elements, the structure tree root and the bookmarks into the catalog. */
  sluit() {
    const { context, catalog } = this.doc;
    const kinderen = this.elementen.map((): number[] => []);
    this.elementen.forEach((e, i) => e.ouder !== null && kinderen[e.ouder]!.push(i));
    const gevuld = this.elementen.map(() => false);
    // Children come after their parent in the list: walk back to know which hold anything.
    for (let i = this.elementen.length - 1; i >= 0; i--) gevuld[i] = this.inhoud[i]!.length > 0 || kinderen[i]!.some((k) => gevuld[k]);
    const wortelRef = context.nextRef();
    this.elementen.forEach((element, i) => {
      if (!gevuld[i]) return;
      const eerste = this.eerste[i];
      context.assign(
        this.refs[i]!,
        context.obj({
          Type: 'StructElem',
          S: element.rol,
          P: element.ouder === null ? wortelRef : this.refs[element.ouder]!,
          K: [...kinderen[i]!.filter((k) => gevuld[k]).map((k) => this.refs[k]!), ...this.inhoud[i]!],
          ...(eerste ? { Pg: eerste.pagina } : {}),
          // A question heads its row (PDF/UA 7.5: table headers need a scope).
          ...(element.rol === 'TH' ? { A: { O: 'Table', Scope: 'Row' } } : {}),
        }),
      );
    });
    const nums: PDFObject[] = [];
    this.perPagina.forEach((mcids, i) => nums.push(PDFNumber.of(i), context.obj(mcids)));
    for (const [sleutel, ref] of this.widgets) nums.push(PDFNumber.of(sleutel), ref);
    context.assign(
      wortelRef,
      context.obj({
        Type: 'StructTreeRoot',
        K: this.refs[0]!,
        ParentTree: context.obj({ Nums: nums }),
        ParentTreeNextKey: this.aantalPaginas + this.widgets.length,
      }),
    );
    catalog.set(PDFName.of('StructTreeRoot'), wortelRef);
    catalog.set(PDFName.of('MarkInfo'), context.obj({ Marked: true }));
    this.bladwijzers();
  }

  /** A bookmark per section heading, to its place on the page. */
  private bladwijzers() {
    const { context, catalog } = this.doc;
    const koppen = this.elementen.flatMap((e, i) => (e.bladwijzer !== undefined && this.eerste[i] ? [{ titel: e.bladwijzer, ...this.eerste[i] }] : []));
    if (koppen.length === 0) return;
    const lijstRef = context.nextRef();
    const refs = koppen.map(() => context.nextRef());
    koppen.forEach((kop, i) =>
      context.assign(
        refs[i]!,
        context.obj({
          Title: PDFHexString.fromText(kop.titel),
          Parent: lijstRef,
          ...(i > 0 ? { Prev: refs[i - 1]! } : {}),
          ...(i < refs.length - 1 ? { Next: refs[i + 1]! } : {}),
          Dest: [kop.pagina, 'XYZ', null, kop.y, null],
        }),
      ),
    );
    context.assign(lijstRef, context.obj({ Type: 'Outlines', First: refs[0]!, Last: refs.at(-1)!, Count: refs.length }));
    catalog.set(PDFName.of('Outlines'), lijstRef);
  }
}

const EINDE_MARKERING = PDFOperator.of(PDFOperatorNames.EndMarkedContent);

export async function tekenPdf(maakLayout: (meter: Meter) => Layout, opties: TekenOpties): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  // Subset fonts carry a tag "ABCDEF+" in their name (PDF 32000 §9.6.4); pdf-lib gives none,
  // so name them, else readers (and pdffonts) don't see them as subsets.
  const regular = await doc.embedFont(opties.fonts.regular, { subset: true, customName: 'SHPDFR+SafehouseSansPDF-Regular', features: ZONDER_POSITIES });
  const bold = await doc.embedFont(opties.fonts.bold, { subset: true, customName: 'SHPDFB+SafehouseSansPDF-Bold', features: ZONDER_POSITIES });
  const layout = maakLayout(maakMeter(regular, bold));
  const form = doc.getForm();
  const structuur = new StructuurSchrijver(doc, layout.structuur, layout.paginas.length);

  for (const pagina of layout.paginas) {
    const page = doc.addPage([layout.breedte, layout.hoogte]);
    structuur.pagina(page);
    for (const item of pagina.items) {
      if (item.soort !== 'veld') page.pushOperators(structuur.begin(page, item));
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
          // The accessible name (PDF/UA 7.18.1) on the field, and on its widget for readers that look there.
          const naam = PDFHexString.fromText(item.toegankelijkeNaam);
          veld.acroField.dict.set(PDFName.of('TU'), naam);
          const widget = veld.acroField.getWidgets().at(-1)!;
          widget.dict.set(PDFName.of('TU'), naam);
          if (item.element !== undefined) structuur.widget(item.element, widget.dict, page);
          break;
        }
      }
      if (item.soort !== 'veld') page.pushOperators(EINDE_MARKERING);
    }
  }
  structuur.sluit();
  // Appearances in the embedded font; save() would otherwise redo them in Helvetica, a
  // non-embedded WinAnsi font that cannot show "ł" or "ễ".
  form.updateFieldAppearances(regular);
  // Viewers redraw an edited field with the font named in its /DA, looked up in /DR. The
  // subset gets the glyphs people are likely to type there, not just those already drawn.
  form.acroForm.dict.set(PDFName.of('DR'), doc.context.obj({ Font: doc.context.obj({ [regular.name]: regular.ref }) }));
  regular.encodeText(VELDTEKENS);

  // DisplayDocTitle: a viewer shows the title, not the file name (PDF/UA 7.1).
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
