import type { Context, Melding } from '../melding/schema.ts';
import { PDF_TITEL } from './kop.ts';
import { layoutBlanco, layoutMelding, meldingDocument } from './melding-layout.ts';
import { MELDING_JSON_NAAM } from '../melding/woordenschat.ts';
import { leesMeldingJson, MAX_OPEN_BYTES, meldingJson, mislukt, type OpenUitkomst } from '../melding/melding-json.ts';
import { leesBijlage, tekenPdf, type PdfOpties } from '../pdf/teken.ts';

/**
 * The public API of the melding PDFs. This module pulls in pdf-lib and fontkit: import it
 * lazily (`await import(…)`) when someone asks for a PDF, never from the form's own modules.
 */
export type { PdfFonts, PdfOpties } from '../pdf/teken.ts';
export type { OpenUitkomst } from '../melding/melding-json.ts';

/** The melding as PDF: answers, deadlines, what is still needed, signature fields, and the answers as melding.json. */
export function maakMeldingPdf(melding: Melding, opties: PdfOpties): Promise<Uint8Array> {
  const doc = meldingDocument(melding);
  return tekenPdf((meter) => layoutMelding(doc, meter), {
    fonts: opties.fonts,
    titel: PDF_TITEL,
    onderwerp: `Melding voor de gemeente ${melding.client.gemeenteVanHerkomst}`,
    gemaaktOp: opties.gemaaktOp,
    bijlage: {
      naam: MELDING_JSON_NAAM,
      inhoud: meldingJson(melding),
      mimeType: 'application/json',
      beschrijving: 'De antwoorden van deze melding, om verder te gaan met “Melding openen” op de site.',
    },
  });
}

/** The same form, empty, to fill in on paper. No attachment: there are no answers. */
export function maakBlancoPdf(opties: PdfOpties): Promise<Uint8Array> {
  return tekenPdf(layoutBlanco, {
    fonts: opties.fonts,
    titel: `${PDF_TITEL} (blanco formulier)`,
    onderwerp: 'Blanco formulier om op papier in te vullen',
    gemaaktOp: opties.gemaaktOp,
  });
}

/**
 * Reads a melding back from a PDF made by maakMeldingPdf. Never throws: bad input gives a
 * Dutch message. Bounded (teken.ts: STANDAARD_LEESGRENZEN) whatever the file holds; the site
 * runs it in a worker with a time limit besides (islands/melding/openen.ts).
 */
export async function openMeldingPdf(bytes: Uint8Array, context: Pick<Context, 'gemeenten'>): Promise<OpenUitkomst> {
  if (bytes.length > MAX_OPEN_BYTES) return mislukt('te-groot');
  try {
    const bijlage = await leesBijlage(bytes, MELDING_JSON_NAAM);
    return bijlage.ok ? leesMeldingJson(bijlage.tekst, context) : mislukt(bijlage.reden);
  } catch {
    return mislukt('beschadigd');
  }
}
