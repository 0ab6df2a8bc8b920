import { useController, useFormContext } from 'react-hook-form';
import { hintVoor, waaromVoor, type Vraag } from '../../lib/melding/formulier';
import type { Invuller } from '../../lib/melding/woordenschat';
import { FORMULIER_TEKST as T } from '../../lib/melding/tekst';
import { Combobox, type Optie } from './Combobox';
import { foutId, hintId, veldId } from './ids';

/**
 * One question of the melding form, rendered after its definition: label, hint, "Waarom vragen
 * we dit?", the inline error (with a visually hidden "Fout:") and the control. Groups of
 * radios or checkboxes are a fieldset; their error and description sit on the fieldset.
 */
interface Props {
  veld: Vraag;
  invuller: Invuller;
  label: string;
  verplicht: boolean;
  fout?: string | undefined;
  gemeenten: readonly Optie[];
  aanbieders: readonly Optie[];
}

/** "Waarom vragen we dit?": the reason, and a link to the section it rests on. */
export function Uitleg({ tekst, link }: { tekst: string; link: string }) {
  return (
    <details className="waarom">
      <summary>{T.waaromVragen}</summary>
      <p>
        {tekst} <a href={link}>{T.leesMeer}</a>
      </p>
    </details>
  );
}

function Foutmelding({ pad, fout }: { pad: string; fout?: string | undefined }) {
  if (!fout) return null;
  return (
    <p className="veld__fout" id={foutId(pad)}>
      <span className="visually-hidden">{T.foutPrefixAccessibleLabel} </span>
      {fout}
    </p>
  );
}

function Markering({ verplicht }: { verplicht: boolean }) {
  return verplicht ? <span className="visually-hidden"> {T.verplichtAccessibleLabel}</span> : <span className="veld__optioneel"> {T.nietVerplicht}</span>;
}

export function Veld({ veld, invuller, label, verplicht, fout, gemeenten, aanbieders }: Props) {
  const { register } = useFormContext();
  const id = veldId(veld.pad);
  const hintTekst = hintVoor(veld, invuller);
  const uitleg = <Uitleg tekst={waaromVoor(veld, invuller)} link={veld.waarom.link} />;
  const beschrijving = [hintTekst ? hintId(veld.pad) : null, fout ? foutId(veld.pad) : null].filter(Boolean).join(' ') || undefined;
  const klasse = `veld-blok${fout ? ' veld-blok--fout' : ''}`;
  const hint = hintTekst ? (
    <p className="hint" id={hintId(veld.pad)}>
      {hintTekst}
    </p>
  ) : null;

  if (veld.soort === 'keuze' || veld.soort === 'vinkjes') {
    const type = veld.soort === 'keuze' ? 'radio' : 'checkbox';
    return (
      <fieldset className={klasse} aria-describedby={beschrijving} aria-invalid={fout ? true : undefined}>
        <legend>
          {label}
          <Markering verplicht={verplicht} />
        </legend>
        {hint}
        <Foutmelding pad={veld.pad} fout={fout} />
        <div className="keuzes">
          {Object.entries(veld.opties ?? {}).map(([waarde, tekst], i) => (
            <div className="keuze" key={waarde}>
              <input id={`${id}-${i}`} type={type} value={waarde} {...register(veld.pad)} />
              <label htmlFor={`${id}-${i}`}>{tekst}</label>
            </div>
          ))}
        </div>
        {uitleg}
      </fieldset>
    );
  }

  if (veld.soort === 'vinkje') {
    return (
      <div className={klasse}>
        <Foutmelding pad={veld.pad} fout={fout} />
        <div className="keuze">
          <input id={id} type="checkbox" aria-describedby={beschrijving} aria-invalid={fout ? true : undefined} {...register(veld.pad)} />
          <label htmlFor={id}>
            {label}
            <Markering verplicht={verplicht} />
          </label>
        </div>
        {hint}
        {uitleg}
      </div>
    );
  }

  const labelEl = (
    <label className="veld__label" htmlFor={id}>
      {label}
      <Markering verplicht={verplicht} />
    </label>
  );

  if (veld.soort === 'gemeente' || veld.soort === 'aanbieder') {
    return (
      <div className={klasse}>
        {labelEl}
        {hint}
        <Foutmelding pad={veld.pad} fout={fout} />
        <GekoppeldeCombobox veld={veld} id={id} beschrijving={beschrijving} fout={fout} opties={veld.soort === 'gemeente' ? gemeenten : aanbieders} />
        {uitleg}
      </div>
    );
  }

  const gemeenschappelijk = {
    id,
    'aria-describedby': beschrijving,
    'aria-invalid': fout ? true : undefined,
    autoComplete: veld.autocomplete ?? 'off',
    ...register(veld.pad),
  } as const;

  return (
    <div className={klasse}>
      {labelEl}
      {hint}
      <Foutmelding pad={veld.pad} fout={fout} />
      {veld.soort === 'tekstvlak' ? (
        <textarea rows={5} {...gemeenschappelijk} />
      ) : (
        <input
          type={veld.invoermodus === 'email' ? 'email' : veld.invoermodus === 'tel' ? 'tel' : 'text'}
          inputMode={veld.invoermodus}
          className={veld.breedte ? `invoer--${veld.breedte}` : undefined}
          spellcheck={veld.soort === 'datum' || veld.invoermodus ? false : undefined}
          {...gemeenschappelijk}
        />
      )}
      {uitleg}
    </div>
  );
}

function GekoppeldeCombobox(props: { veld: Vraag; id: string; beschrijving: string | undefined; fout: string | undefined; opties: readonly Optie[] }) {
  const { field } = useController({ name: props.veld.pad });
  return (
    <Combobox
      id={props.id}
      naam={field.name}
      waarde={typeof field.value === 'string' ? field.value : ''}
      opties={props.opties}
      onChange={field.onChange}
      onBlur={field.onBlur}
      describedBy={props.beschrijving}
      ongeldig={Boolean(props.fout)}
      geenTreffer={
        props.veld.soort === 'gemeente' ? 'Geen gemeente gevonden. Controleer de spelling.' : 'Geen aanbieder in de lijst. Wat je typt, blijft staan.'
      }
    />
  );
}
