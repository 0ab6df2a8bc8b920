import { CONCEPT_BEDENKTIJD_MINUTEN, CONCEPT_WAARSCHUWING_MINUTEN } from '../../lib/melding/concept';
import { FORMULIER_TEKST as T } from '../../lib/ui-tekst';
import { FormulierVeld } from '../gedeeld/FormulierVeld';

/** "Ik gebruik een gedeelde computer": at the start of the form; when ticked, nothing is kept. Not part of the melding. */
export function GedeeldeComputer({ aan, zet }: { aan: boolean; zet: (aan: boolean) => void }) {
  return (
    <FormulierVeld id="gedeelde-computer" soort="vinkje" label={T.gedeeld} hint={T.gedeeldUitleg}>
      {(koppeling) => <input type="checkbox" {...koppeling} checked={aan} onChange={(e) => zet(e.currentTarget.checked)} />}
    </FormulierVeld>
  );
}

/**
 * The warning before an idle form is wiped, and "Ik ben er nog". The live region is always
 * there, so screen readers announce the warning when it appears; it does not take focus.
 */
export function BedenktijdWaarschuwing({ zichtbaar, nogHier }: { zichtbaar: boolean; nogHier: () => void }) {
  return (
    <div className={zichtbaar ? 'bedenktijd utrecht-alert utrecht-alert--warning niet-printen' : 'bedenktijd niet-printen'} role="status" aria-live="polite">
      {zichtbaar && (
        <div className="utrecht-alert__content">
          <p className="utrecht-alert__message">
            {T.bedenktijdWaarschuwing(CONCEPT_BEDENKTIJD_MINUTEN - CONCEPT_WAARSCHUWING_MINUTEN, CONCEPT_WAARSCHUWING_MINUTEN)}
          </p>
          <button type="button" id="nog-hier" className="utrecht-button utrecht-button--primary-action" onClick={nogHier}>
            {T.nogHier}
          </button>
        </div>
      )}
    </div>
  );
}

/** After the PDF download: what to do on a computer others use too. */
export function Nazorg() {
  return (
    <section className="nazorg niet-printen" aria-labelledby="nazorg-kop">
      <h3 id="nazorg-kop">{T.nazorgKop}</h3>
      <ul>
        {T.nazorg.map((punt) => (
          <li key={punt}>{punt}</li>
        ))}
      </ul>
    </section>
  );
}
