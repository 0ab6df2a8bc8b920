import { useFormContext } from 'react-hook-form';
import { INVULLERS } from '../../lib/melding/keuzes';
import { FORMULIER_TEKST as T } from '../../lib/melding/tekst';
import { foutId, hintId, veldId } from './ids';
import { Uitleg } from './Veld';

const PAD = 'invuller';
const optieId = (i: number) => `${veldId(PAD)}-${i}`;

/** The first question: who fills in the form. The rest of the form adapts its wording to it. */

export function StartVraag({ fout }: { fout: string | undefined }) {
  const { register } = useFormContext();
  return (
    <fieldset className={`veld-blok${fout ? ' veld-blok--fout' : ''}`} aria-describedby={fout ? `${hintId(PAD)} ${foutId(PAD)}` : hintId(PAD)}>
      <legend>
        <h2 className="stap-kop">{T.startTitel}</h2>
      </legend>
      <p className="hint" id={hintId(PAD)}>
        {T.startUitleg}
      </p>
      {fout && (
        <p className="veld__fout" id={foutId(PAD)}>
          <span className="visually-hidden">{T.foutPrefixAccessibleLabel} </span>
          {fout}
        </p>
      )}
      <div className="keuzes">
        {Object.entries(INVULLERS).map(([waarde, label], i) => (
          <div className="keuze" key={waarde}>
            <input id={optieId(i)} type="radio" value={waarde} {...register(PAD)} />
            <label htmlFor={optieId(i)}>{label}</label>
          </div>
        ))}
      </div>
      <Uitleg tekst={T.startWaarom.tekst} link={T.startWaarom.link} />
    </fieldset>
  );
}
