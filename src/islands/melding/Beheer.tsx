import { useEffect, useRef, useState } from 'react';
import { CONCEPT_BEDENKTIJD_MINUTEN } from '../../lib/melding/concept';
import { FORMULIER_TEKST as T } from '../../lib/ui-tekst';
import { FormulierVeld } from '../gedeeld/FormulierVeld';

/**
 * "Opslaan, openen en wissen": where the data is kept, opening a melding PDF, and wiping
 * everything. Opening over a filled form and wiping both ask first, in place, with two plain
 * buttons (no modal), and focus moves to the question so keyboard and screen-reader users hear it.
 */
interface Props {
  /** Something has been entered: opening a PDF would replace it. */
  gevuld: boolean;
  /** "Ik gebruik een gedeelde computer" is ticked: nothing is kept. */
  gedeeld: boolean;
  openen: (bestand: File) => void;
  /** Opening was not confirmed. */
  geannuleerd: () => void;
  wissen: () => void;
  /** The file input got focus: a good moment to start loading the PDF code. */
  voorbereiden: () => void;
}

function Bevestiging(props: { id: string; vraag: string; ja: string; nee: string; onJa: () => void; onNee: () => void }) {
  const vraagRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => vraagRef.current?.focus(), []);
  return (
    <div className="utrecht-alert utrecht-alert--warning" role="group" aria-labelledby={props.id}>
      <div className="utrecht-alert__content">
        <p className="utrecht-alert__message" id={props.id} tabIndex={-1} ref={vraagRef}>
          {props.vraag}
        </p>
        <div className="acties">
          <button type="button" id={`${props.id}-ja`} className="utrecht-button utrecht-button--primary-action" onClick={props.onJa}>
            {props.ja}
          </button>
          <button type="button" id={`${props.id}-nee`} className="utrecht-button utrecht-button--secondary-action" onClick={props.onNee}>
            {props.nee}
          </button>
        </div>
      </div>
    </div>
  );
}

/** Focus back to the control that asked, once it is rendered again. */
const terugNaar = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());

export function Beheer({ gevuld, gedeeld, openen, geannuleerd, wissen, voorbereiden }: Props) {
  const [wissenVragen, setWissenVragen] = useState(false);
  const [teOpenen, setTeOpenen] = useState<File | null>(null);
  const [invoerSleutel, setInvoerSleutel] = useState(0);

  function gekozen(bestand: File | undefined) {
    if (!bestand) return;
    if (!gevuld) return openen(bestand);
    setTeOpenen(bestand);
    setInvoerSleutel((n) => n + 1); // an empty input again, so the same file can be chosen after "Nee"
  }

  return (
    <section className="melding-extra niet-printen" aria-labelledby="melding-extra-kop">
      <h2 id="melding-extra-kop">{T.beheerKop}</h2>
      <p>{gedeeld ? T.gedeeldAan : T.opslagUitleg(CONCEPT_BEDENKTIJD_MINUTEN)}</p>
      <FormulierVeld id="melding-openen" label={T.openen} hint={T.openenUitleg}>
        {(koppeling) => (
          <input
            key={invoerSleutel}
            type="file"
            accept="application/pdf,.pdf"
            {...koppeling}
            onFocus={voorbereiden}
            onChange={(e) => gekozen(e.currentTarget.files?.[0])}
          />
        )}
      </FormulierVeld>
      {teOpenen && (
        <Bevestiging
          id="openen-vraag"
          vraag={T.openenVraag}
          ja={T.openenBevestig}
          nee={T.openenAnnuleer}
          onJa={() => (setTeOpenen(null), openen(teOpenen))}
          onNee={() => (setTeOpenen(null), geannuleerd(), terugNaar('melding-openen'))}
        />
      )}
      {wissenVragen ? (
        <Bevestiging
          id="wissen-vraag"
          vraag={T.wissenVraag}
          ja={T.wissenBevestig}
          nee={T.wissenAnnuleer}
          onJa={() => (setWissenVragen(false), wissen())}
          onNee={() => (setWissenVragen(false), terugNaar('melding-wissen'))}
        />
      ) : (
        <button type="button" id="melding-wissen" className="utrecht-button utrecht-button--secondary-action" onClick={() => setWissenVragen(true)}>
          {T.wissen}
        </button>
      )}
    </section>
  );
}
