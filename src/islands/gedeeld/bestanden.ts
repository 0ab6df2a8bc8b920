import { dagInNederland } from '../../lib/kern/datum';
/**
 * Loading the PDF code and font on demand, and saving files made in the browser. Nothing here
 * sends anything anywhere: the fetches are of this site's own static files.
 */
type PdfModule = typeof import('../../lib/melding-pdf/melding-pdf');

let pdfCode: Promise<readonly [PdfModule, { regular: Uint8Array; bold: Uint8Array }]> | undefined;

async function lettertype(naam: string): Promise<Uint8Array> {
  const antwoord = await fetch(`/fonts/${naam}`);
  if (!antwoord.ok) throw new Error(`Lettertype ${naam} niet geladen`);
  return new Uint8Array(await antwoord.arrayBuffer());
}

let fontsBelofte: Promise<{ regular: Uint8Array; bold: Uint8Array }> | undefined;

/** The PDF font files, fetched once from this site. */
function laadLettertypen() {
  fontsBelofte ??= Promise.all([lettertype('SafehouseSansPDF-Regular.ttf'), lettertype('SafehouseSansPDF-Bold.ttf')]).then(([regular, bold]) => ({
    regular,
    bold,
  }));
  fontsBelofte.catch(() => {
    fontsBelofte = undefined;
  });
  return fontsBelofte;
}

/**
 * The web font's uitgebreid files (Latin Extended-B, Vietnamese; see src/lib/lettertype/web.ts)
 * load only when a page shows such a letter. Names typed or opened here may have them, so fetch
 * them with the PDF code: the form then shows every name right, also with no network.
 */
function laadUitgebreidWeblettertype() {
  return Promise.all(['400', '700'].map((gewicht) => document.fonts.load(`${gewicht} 1em "Safehouse Sans"`, 'ơễ'))).catch(() => undefined);
}

/** Starts (once) loading pdf-lib, fontkit and the font; later calls get the same promise. */
export function laadPdfCode() {
  pdfCode ??= Promise.all([import('../../lib/melding-pdf/melding-pdf'), laadLettertypen(), laadUitgebreidWeblettertype()]).then(
    ([module, fonts]) => [module, fonts] as const,
  );
  pdfCode.catch(() => {
    pdfCode = undefined; // a failed load may be retried
  });
  return pdfCode;
}

/** The template PDF code and the font, loaded on demand like the melding's. */
export function laadSjabloonPdfCode() {
  return Promise.all([import('../../lib/sjablonen/pdf'), laadLettertypen()]);
}

/** The status texts of one PDF action. */
export interface PdfTeksten {
  bezig: string;
  /** The code could not be loaded: most likely no network (it loads once, then works offline). */
  nietGeladen: string;
  /** Making or reading the PDF failed. */
  mislukt: string;
}

/**
 * Loads the PDF code and runs `werk` with it, saying each stage in `zeg` (a polite status):
 * the one place for the lazy import's two failure modes. `werk` returns its closing status.
 * Whatever fails, the form and the draft are left as they were.
 */
export async function metPdfCode<C>(laad: () => Promise<C>, teksten: PdfTeksten, werk: (code: C) => Promise<string>, zeg: (tekst: string) => void) {
  zeg(teksten.bezig);
  let code: C;
  try {
    code = await laad();
  } catch {
    zeg(teksten.nietGeladen);
    return;
  }
  try {
    zeg(await werk(code));
  } catch {
    zeg(teksten.mislukt);
  }
}

/** Offers bytes or text as a download, through a blob URL (no request leaves the page). */
export function bewaarBestand(inhoud: Uint8Array | string, naam: string, type: string) {
  const blob = new Blob([inhoud as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = naam;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Today in the Netherlands as ISO date. */
export function vandaag(): string {
  return dagInNederland(new Date());
}
