import { useState } from 'react';
import { meldingAgenda } from '../../lib/melding/ics';
import { NOG_AAN_TE_LEVEREN_TITEL, NOG_AAN_TE_LEVEREN_UITLEG, nogAanTeLeveren } from '../../lib/melding/nog-aan-te-leveren';
import { samenvatting } from '../../lib/melding/samenvatting';
import type { Melding } from '../../lib/melding/schema';
import { FORMULIER_TEKST as T } from '../../lib/ui-tekst';
import { tijdlijn } from '../../lib/melding/termijnen';
import { bewaarBestand, vandaag } from '../gedeeld/bestanden';

/**
 * Every answer on one page, grouped by step, with "Wijzig" back to the question. This page is
 * also the accessible, printable equivalent of the PDF (pdf-lib cannot make tagged PDFs).
 */
interface Props {
  melding: Melding;
  wijzig: (pad: string) => void;
}

export function Controleren({ melding, wijzig }: Props) {
  return (
    <div className="controleren">
      {samenvatting(melding).map((sectie) => (
        <section key={sectie.id} aria-labelledby={`controle-${sectie.id}`}>
          <h3 id={`controle-${sectie.id}`}>{sectie.titel}</h3>
          {sectie.rijen.length === 0 ? (
            <p>{T.geenVragenBijStap}</p>
          ) : (
            <dl className="controle-lijst">
              {sectie.rijen.map((rij) => (
                <div className="controle-rij" key={rij.pad}>
                  <dt>{rij.label}</dt>
                  <dd className={rij.ingevuld ? undefined : 'onbekend'}>{rij.waarde}</dd>
                  <dd className="controle-rij__actie niet-printen">
                    <button type="button" className="link-knop" data-pad={rij.pad} onClick={() => wijzig(rij.pad)}>
                      {T.wijzig}
                      <span className="visually-hidden"> {rij.label.toLowerCase()}</span>
                    </button>
                  </dd>
                </div>
              ))}
            </dl>
          )}
        </section>
      ))}
      <section aria-labelledby="controle-nog">
        <h3 id="controle-nog">{NOG_AAN_TE_LEVEREN_TITEL}</h3>
        <p>{NOG_AAN_TE_LEVEREN_UITLEG}</p>
        <ul>
          {nogAanTeLeveren(melding).map((regel) => (
            <li key={regel}>{regel}</li>
          ))}
        </ul>
      </section>
    </div>
  );
}

/** PDF, calendar file and print: the check page's actions, each a plain button (keyboard: Enter or Space). */
export function ControleActies({ melding, bezig, maakPdf }: { melding: Melding; bezig: boolean; maakPdf: () => void }) {
  // Neutral titles unless asked for (ics.ts); not part of the melding, so not in the form's values.
  const [uitgebreid, setUitgebreid] = useState(false);
  const agenda = () =>
    bewaarBestand(
      meldingAgenda(tijdlijn(vandaag(), melding.behandeling.verwachteOntslagdatum ?? null), vandaag(), { uitgebreid }),
      'melding-datums.ics',
      'text/calendar',
    );
  return (
    <>
      <div className="keuze niet-printen">
        <input id="melding-ics-uitgebreid" type="checkbox" checked={uitgebreid} onChange={(e) => setUitgebreid(e.currentTarget.checked)} />
        <label htmlFor="melding-ics-uitgebreid">{T.agendaUitgebreid}</label>
      </div>
      <div className="acties niet-printen">
        <button type="button" id="melding-pdf" className="utrecht-button utrecht-button--primary-action" disabled={bezig} onClick={maakPdf}>
          {T.pdfMaken}
        </button>
        <button type="button" id="melding-ics" className="utrecht-button utrecht-button--secondary-action" onClick={agenda}>
          {T.agenda}
        </button>
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => window.print()}>
          {T.afdrukken}
        </button>
      </div>
    </>
  );
}
