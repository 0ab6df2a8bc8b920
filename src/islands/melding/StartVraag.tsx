import { useFormContext } from 'react-hook-form';
import { INVULLERS } from '../../lib/melding/keuzes';
import { FORMULIER_TEKST as T } from '../../lib/melding/tekst';
import { Uitleg } from './Veld';

/** The first question: who fills in the form. The rest of the form adapts its wording to it. */
export const invullerId = (i: number) => `veld-invuller-${i}`;

export function StartVraag({ fout }: { fout: string | undefined }) {
  const { register } = useFormContext();
  return (
    <fieldset className={`veld-blok${fout ? ' veld-blok--fout' : ''}`} aria-describedby={fout ? 'veld-invuller-hint veld-invuller-fout' : 'veld-invuller-hint'}>
      <legend>
        <h2 className="stap-kop">{T.startTitel}</h2>
      </legend>
      <p className="hint" id="veld-invuller-hint">
        {T.startUitleg}
      </p>
      {fout && (
        <p className="veld__fout" id="veld-invuller-fout">
          <span className="visually-hidden">{T.foutPrefixAccessibleLabel} </span>
          {fout}
        </p>
      )}
      <div className="keuzes">
        {Object.entries(INVULLERS).map(([waarde, label], i) => (
          <div className="keuze" key={waarde}>
            <input id={invullerId(i)} type="radio" value={waarde} {...register('invuller')} />
            <label htmlFor={invullerId(i)}>{label}</label>
          </div>
        ))}
      </div>
      <Uitleg tekst={T.startWaarom.tekst} link={T.startWaarom.link} />
    </fieldset>
  );
}
