import type { ReactNode } from 'react';
import { VELD_TEKST as T } from '../../lib/ui-tekst';

/**
 * One form field: label (or legend), hint, inline error and the wiring between them, so the
 * accessible error contract of GUIDE §4 is written once for every form on the site — the
 * melding, its start question, the handboek templates and "Melding openen".
 *
 * After NL Design System Utrecht's form-field components (`nl-design-system/utrecht:
 * packages/component-library-react/src/FormFieldTextbox.tsx`): the field owns the ids of its
 * description and error message and composes `aria-describedby` from what is shown, hint
 * first, then the error (GOV.UK's order). The ids are derived from the control's id instead of
 * `useId`, because the error summary links to them and the browser tests read them.
 *
 * - `tekst`: label, hint, error, control — text inputs, text areas, comboboxes, file inputs.
 * - `vinkje`: one checkbox; error above it, label right of it, hint under it.
 * - `groep`: radios or checkboxes in a fieldset; the legend names the group and the
 *   description and `aria-invalid` sit on the fieldset, not on each option.
 */
const hintIdVan = (id: string) => `${id}-hint`;
const foutIdVan = (id: string) => `${id}-fout`;

/** What the control itself gets; for a group only the id, the base of its options' ids. */
export interface InvoerKoppeling {
  id: string;
  'aria-describedby'?: string | undefined;
  'aria-invalid'?: true | undefined;
}

interface Props {
  /** The control's id (for a group: the base of the options' ids). */
  id: string;
  soort?: 'tekst' | 'vinkje' | 'groep';
  /** The label or legend text. */
  label: ReactNode;
  /** Marks the label: `true` only for screen readers, `false` visibly "(niet verplicht)", absent: no mark. */
  verplicht?: boolean | undefined;
  hint?: ReactNode;
  fout?: string | undefined;
  /** The control, given its id and aria wiring. */
  children: (koppeling: InvoerKoppeling) => ReactNode;
  /** Shown after the control, e.g. "Waarom vragen we dit?". */
  na?: ReactNode;
}

function Markering({ verplicht }: { verplicht: boolean | undefined }) {
  if (verplicht === undefined) return null;
  return verplicht ? <span className="visually-hidden"> {T.verplichtAccessibleLabel}</span> : <span className="veld__optioneel"> {T.nietVerplicht}</span>;
}

export function FormulierVeld({ id, soort = 'tekst', label, verplicht, hint, fout, children, na }: Props) {
  const beschrijving = [hint ? hintIdVan(id) : null, fout ? foutIdVan(id) : null].filter(Boolean).join(' ') || undefined;
  const koppeling = { 'aria-describedby': beschrijving, 'aria-invalid': fout ? true : undefined } as const;
  const klasse = `veld-blok${fout ? ' veld-blok--fout' : ''}`;
  const naam = (
    <>
      {label}
      <Markering verplicht={verplicht} />
    </>
  );
  const hintEl = hint ? (
    <p className="hint" id={hintIdVan(id)}>
      {hint}
    </p>
  ) : null;
  const foutEl = fout ? (
    <p className="veld__fout" id={foutIdVan(id)}>
      <span className="visually-hidden">{T.foutPrefixAccessibleLabel} </span>
      {fout}
    </p>
  ) : null;

  if (soort === 'groep') {
    return (
      <fieldset className={klasse} {...koppeling}>
        <legend>{naam}</legend>
        {hintEl}
        {foutEl}
        {children({ id })}
        {na}
      </fieldset>
    );
  }

  if (soort === 'vinkje') {
    return (
      <div className={klasse}>
        {foutEl}
        <div className="keuze">
          {children({ id, ...koppeling })}
          <label htmlFor={id}>{naam}</label>
        </div>
        {hintEl}
        {na}
      </div>
    );
  }

  return (
    <div className={klasse}>
      <label className="veld__label" htmlFor={id}>
        {naam}
      </label>
      {hintEl}
      {foutEl}
      {children({ id, ...koppeling })}
      {na}
    </div>
  );
}
