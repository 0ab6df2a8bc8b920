import { useEffect, useState } from 'react';
import type { Context, Melding } from '../../lib/melding/schema';
import { FORMULIER_TEKST as T } from '../../lib/ui-tekst';
import { bewaarBestand, laadPdfCode, metPdfCode } from '../gedeeld/bestanden';

/**
 * The melding's PDF actions: making the PDF on the check page and opening an earlier one. Both
 * load pdf-lib and the font on demand (gedeeld/bestanden.ts) and say every stage in the status
 * line; the answers stay in the form and the draft whatever fails.
 */
export function useMeldingPdf(formulierId: string, zeg: (tekst: string) => void) {
  const [bezig, setBezig] = useState(false);

  // Load pdf-lib and the font at the first focus anywhere in the form (or in "Melding openen",
  // which calls voorbereiden itself), so the PDF click does not wait and both keep working
  // offline afterwards.
  const voorbereiden = () => void laadPdfCode().catch(() => undefined);
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
        return T.pdfKlaar;
      },
      zeg,
    );
    setBezig(false);
  }

  /** Reads a melding from an earlier PDF; `geopend` gets it only when it is valid. */
  async function open(bestand: File, context: Pick<Context, 'gemeenten'>, geopend: (melding: Melding) => void) {
    await metPdfCode(
      laadPdfCode,
      { bezig: T.openenBezig, nietGeladen: T.pdfCodeNietGeladen, mislukt: T.openenMislukt },
      async ([{ openMeldingPdf }]) => {
        const uitkomst = await openMeldingPdf(new Uint8Array(await bestand.arrayBuffer()), context);
        if (!uitkomst.ok) return uitkomst.bericht;
        geopend(uitkomst.melding);
        return T.openenGelukt;
      },
      zeg,
    );
  }

  return { bezig, voorbereiden, maak, open };
}
