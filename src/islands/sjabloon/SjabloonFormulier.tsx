import { z } from 'astro/zod';
import { useEffect, useRef, useState } from 'react';
import type { Veldfout } from '../../lib/melding/validatie';
import { foutenPerVeld, SJABLONEN, SJABLOON_AUTOCOMPLETE, sjabloonSchema } from '../../lib/sjablonen';
import { bewaarBestand, laadSjabloonPdfCode, metPdfCode } from '../gedeeld/bestanden';
import { Foutsamenvatting } from '../gedeeld/Foutsamenvatting';
import { FormulierVeld } from '../gedeeld/FormulierVeld';
import { SJABLOON_TEKST as T, VELD_TEKST } from '../../lib/ui-tekst';

// The page's CSP forbids eval: zod must not compile validators with new Function.
z.config({ jitless: true });

/**
 * Fill in a handboek template and download it as PDF, made in the browser with the melding's
 * PDF code. Nothing is stored: the answers live in the form until the page closes.
 */
export default function SjabloonFormulier({ sjabloonId }: { sjabloonId: string }) {
  const sjabloon = SJABLONEN[sjabloonId]!;
  const formRef = useRef<HTMLFormElement>(null);
  const samenvattingRef = useRef<HTMLDivElement>(null);
  const [problemen, setProblemen] = useState<Veldfout[]>([]);
  const [status, setStatus] = useState('');

  // The title is the first thing a screen reader announces after a reload or tab switch, so it
  // says there is an error too (GUIDE §4), like the melding.
  const basisTitel = useRef('');
  useEffect(() => {
    basisTitel.current ||= document.title.startsWith(VELD_TEKST.foutTitel) ? document.title.slice(VELD_TEKST.foutTitel.length) : document.title;
    document.title = `${problemen.length ? VELD_TEKST.foutTitel : ''}${basisTitel.current}`;
    if (problemen.length) samenvattingRef.current?.focus();
  }, [problemen]);

  async function maak() {
    const data = Object.fromEntries(new FormData(formRef.current!).entries()) as Record<string, string>;
    const uitkomst = sjabloonSchema(sjabloon).safeParse(data);
    if (!uitkomst.success) {
      setProblemen(foutenPerVeld(sjabloon.velden, uitkomst.error.issues));
      return;
    }
    setProblemen([]);
    await metPdfCode(
      laadSjabloonPdfCode,
      { bezig: T.pdfBezig, nietGeladen: T.pdfMislukt, mislukt: T.pdfMislukt },
      async ([{ maakSjabloonPdf }, fonts]) => {
        bewaarBestand(await maakSjabloonPdf(sjabloon, uitkomst.data, { fonts, gemaaktOp: new Date() }), `${sjabloon.id}.pdf`, 'application/pdf');
        return T.pdfKlaar;
      },
      setStatus,
    );
  }

  return (
    <form ref={formRef} noValidate autoComplete={SJABLOON_AUTOCOMPLETE} onSubmit={(e) => (e.preventDefault(), void maak())}>
      {/* The summary links point at the field's own id, so they work as plain anchors too. */}
      <Foutsamenvatting
        ref={samenvattingRef}
        problemen={problemen.map((p) => ({ ...p, pad: `sjabloon-${p.pad}` }))}
        naarVeld={(id) => document.getElementById(id)?.focus()}
      />
      {sjabloon.velden.map((veld) => (
        <FormulierVeld
          key={veld.id}
          id={`sjabloon-${veld.id}`}
          label={veld.label}
          verplicht={false}
          hint={veld.hint}
          fout={problemen.find((p) => p.pad === veld.id)?.bericht}
        >
          {(koppeling) =>
            veld.soort === 'tekstvlak' ? (
              <textarea name={veld.id} rows={4} autoComplete={SJABLOON_AUTOCOMPLETE} {...koppeling} />
            ) : (
              <input
                name={veld.id}
                type="text"
                autoComplete={SJABLOON_AUTOCOMPLETE}
                spellcheck={veld.soort === 'datum' ? false : undefined}
                className={veld.soort === 'datum' ? 'invoer--middel' : undefined}
                {...koppeling}
              />
            )
          }
        </FormulierVeld>
      ))}
      <div className="acties">
        <button type="submit" className="utrecht-button utrecht-button--primary-action">
          {T.downloaden}
        </button>
      </div>
      <p className="status" role="status" aria-live="polite">
        {status}
      </p>
    </form>
  );
}
