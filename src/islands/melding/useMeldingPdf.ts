import { useEffect, useState } from 'react';
import type { Context, Melding } from '../../lib/melding/schema';
import { FORMULIER_TEKST as T } from '../../lib/ui-tekst';
import { bewaarBestand, laadPdfCode, metPdfCode } from '../gedeeld/bestanden';
import { openInWerker, voorbereidenOpenen as voorbereidenOpenenWerker } from './openen';

/**
 * The melding's PDF actions: making the PDF on the check page and opening an earlier one. Both
 * load pdf-lib and the font on demand (gedeeld/bestanden.ts) and say every stage in the status
 * line; the answers stay in the form and the draft whatever fails.
 */
export function useMeldingPdf(formulierId: string, zeg: (tekst: string) => void) {
  const [bezig, setBezig] = useState(false);
  /** A PDF was made and downloaded: time for the checklist for shared computers. */
  const [gemaakt, setGemaakt] = useState(false);

  // Load pdf-lib and the font at the first focus anywhere in the form (or in "Melding openen",
  // which calls voorbereiden itself), so the PDF click does not wait and both keep working
  // offline afterwards.
  const voorbereiden = () => void laadPdfCode().catch(() => undefined);
  // "Melding openen" reads in a worker with its own copy of pdf-lib (openen.ts): started only
  // when that field gets focus, so filling in the form does not load it.
  const voorbereidenOpenen = () => (voorbereidenOpenenWerker(), voorbereiden());
  useEffect(() => {
    document.getElementById(formulierId)?.addEventListener('focusin', voorbereiden, { once: true });
  }, [formulierId]);

  async function maak(melding: Melding) {
    setBezig(true);
    // Loading starts at the first focus; with the network gone by then, a click retries it.
    await metPdfCode(
      laadPdfCode,
      { bezig: T.pdfBezig, nietGeladen: T.pdfCodeNietGeladenMaken, mislukt: T.pdfMislukt },
      async ([{ maakMeldingPdf }, fonts]) => {
        bewaarBestand(
          await maakMeldingPdf(melding, { fonts, gemaaktOp: new Date() }),
          `melding-beschermd-wonen-${melding.toestemming.datum}.pdf`,
          'application/pdf',
        );
        setGemaakt(true);
        return T.pdfKlaar;
      },
      zeg,
    );
    setBezig(false);
  }

  /**
   * Reads a melding from an earlier PDF, in a worker with a size and time limit (openen.ts);
   * `geopend` gets it only when it is valid, so whatever the file, the form stays as it was.
   */
  async function open(bestand: File, context: Pick<Context, 'gemeenten'>, geopend: (melding: Melding) => void) {
    zeg(T.openenBezig);
    try {
      const uitkomst = await openInWerker(bestand, context.gemeenten);
      if (uitkomst === 'niet-geladen') return zeg(T.pdfCodeNietGeladen);
      if (!uitkomst.ok) return zeg(uitkomst.bericht);
      geopend(uitkomst.melding);
      zeg(T.openenGelukt);
    } catch {
      zeg(T.openenMislukt);
    }
  }

  return { bezig, gemaakt, voorbereiden, voorbereidenOpenen, maak, open };
}
