import { z } from 'astro/zod';
import { useEffect, useRef, useState } from 'react';
import type { Veldfout } from '../../lib/melding/validatie';
import { foutenPerVeld, SJABLONEN, sjabloonSchema } from '../../lib/sjablonen';
import { bewaarBestand, laadLettertypen } from '../melding/bestanden';
import { Foutsamenvatting } from '../melding/Foutsamenvatting';

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
    basisTitel.current ||= document.title.replace(/^Fout: /, '');
    document.title = `${problemen.length ? 'Fout: ' : ''}${basisTitel.current}`;
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
    setStatus('De PDF wordt gemaakt…');
    try {
      const [{ maakSjabloonPdf }, fonts] = await Promise.all([import('../../lib/sjablonen/pdf'), laadLettertypen()]);
      bewaarBestand(await maakSjabloonPdf(sjabloon, uitkomst.data, { fonts, gemaaktOp: new Date() }), `${sjabloon.id}.pdf`, 'application/pdf');
      setStatus('De PDF is gemaakt en gedownload.');
    } catch {
      setStatus('De PDF kon niet worden gemaakt. Probeer het opnieuw.');
    }
  }

  return (
    <form ref={formRef} noValidate onSubmit={(e) => (e.preventDefault(), void maak())}>
      {/* The summary links point at the field's own id, so they work as plain anchors too. */}
      <Foutsamenvatting
        ref={samenvattingRef}
        problemen={problemen.map((p) => ({ ...p, pad: `sjabloon-${p.pad}` }))}
        naarVeld={(id) => document.getElementById(id)?.focus()}
      />
      {sjabloon.velden.map((veld) => {
        const fout = problemen.find((p) => p.pad === veld.id)?.bericht;
        const id = `sjabloon-${veld.id}`;
        const beschrijving = [veld.hint ? `${id}-hint` : null, fout ? `${id}-fout` : null].filter(Boolean).join(' ') || undefined;
        return (
          <div className={`veld-blok${fout ? ' veld-blok--fout' : ''}`} key={veld.id}>
            <label className="veld__label" htmlFor={id}>
              {veld.label} <span className="veld__optioneel">(niet verplicht)</span>
            </label>
            {veld.hint && (
              <p className="hint" id={`${id}-hint`}>
                {veld.hint}
              </p>
            )}
            {fout && (
              <p className="veld__fout" id={`${id}-fout`}>
                <span className="visually-hidden">Fout: </span>
                {fout}
              </p>
            )}
            {veld.soort === 'tekstvlak' ? (
              <textarea id={id} name={veld.id} rows={4} aria-describedby={beschrijving} aria-invalid={fout ? true : undefined} />
            ) : (
              <input
                id={id}
                name={veld.id}
                type="text"
                className={veld.soort === 'datum' ? 'invoer--middel' : undefined}
                aria-describedby={beschrijving}
                aria-invalid={fout ? true : undefined}
              />
            )}
          </div>
        );
      })}
      <div className="acties">
        <button type="submit" className="utrecht-button utrecht-button--primary-action">
          PDF downloaden
        </button>
      </div>
      <p className="status" role="status" aria-live="polite">
        {status}
      </p>
    </form>
  );
}
