import type { Sjabloon } from './types.ts';
import { layoutSjabloon } from './layout.ts';
import { tekenPdf, type PdfOpties } from '../pdf/teken.ts';

/**
 * A handboek template as PDF, with the same drawing code as the melding. Import lazily: it
 * pulls in pdf-lib. `waarden: null` gives the blank version to fill in on paper.
 */
export function maakSjabloonPdf(sjabloon: Sjabloon, waarden: Readonly<Record<string, string | undefined>> | null, opties: PdfOpties): Promise<Uint8Array> {
  return tekenPdf((meter) => layoutSjabloon(sjabloon, waarden, meter), {
    fonts: opties.fonts,
    titel: waarden ? sjabloon.titel : `${sjabloon.titel} (blanco)`,
    onderwerp: sjabloon.inleiding,
    gemaaktOp: opties.gemaaktOp,
  });
}
