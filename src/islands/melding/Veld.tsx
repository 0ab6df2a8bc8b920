import { useController, useFormContext } from 'react-hook-form';
import { autocompleteVoor, hintVoor, spellcheckVoor, waaromVoor, type Vraag } from '../../lib/melding/formulier';
import type { Invuller } from '../../lib/melding/woordenschat';
import { FORMULIER_TEKST as T } from '../../lib/ui-tekst';
import { FormulierVeld, type InvoerKoppeling } from '../gedeeld/FormulierVeld';
import { Combobox, type Optie } from '../gedeeld/Combobox';
import { veldId } from './ids';

/**
 * One question of the melding form, rendered after its definition: the control that fits its
 * kind inside the shared FormulierVeld (label, hint, inline error and their wiring), with
 * "Waarom vragen we dit?" after it.
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

/** The options of a group, ids `<id>-0`, `<id>-1`, … (the error summary links to the first). */
export function Keuzes({ id, pad, type, opties }: { id: string; pad: string; type: 'radio' | 'checkbox'; opties: Readonly<Record<string, string>> }) {
  const { register } = useFormContext();
  return (
    <div className="keuzes">
      {Object.entries(opties).map(([waarde, tekst], i) => (
        <div className="keuze" key={waarde}>
          <input id={`${id}-${i}`} type={type} value={waarde} {...register(pad)} />
          <label htmlFor={`${id}-${i}`}>{tekst}</label>
        </div>
      ))}
    </div>
  );
}

export function Veld({ veld, invuller, label, verplicht, fout, gemeenten, aanbieders }: Props) {
  const soort = veld.soort === 'keuze' || veld.soort === 'vinkjes' ? 'groep' : veld.soort === 'vinkje' ? 'vinkje' : 'tekst';
  return (
    <FormulierVeld
      id={veldId(veld.pad)}
      soort={soort}
      label={label}
      verplicht={verplicht}
      hint={hintVoor(veld, invuller)}
      fout={fout}
      na={<Uitleg tekst={waaromVoor(veld, invuller)} link={veld.waarom.link} />}
    >
      {(koppeling) => <Invoer veld={veld} invuller={invuller} koppeling={koppeling} gemeenten={gemeenten} aanbieders={aanbieders} />}
    </FormulierVeld>
  );
}

/** The control for the field's kind; FormulierVeld has already given it its id and aria wiring. */
function Invoer({
  veld,
  invuller,
  koppeling,
  gemeenten,
  aanbieders,
}: {
  veld: Vraag;
  invuller: Invuller;
  koppeling: InvoerKoppeling;
  gemeenten: readonly Optie[];
  aanbieders: readonly Optie[];
}) {
  const { register } = useFormContext();

  if (veld.soort === 'keuze' || veld.soort === 'vinkjes') {
    return <Keuzes id={koppeling.id} pad={veld.pad} type={veld.soort === 'keuze' ? 'radio' : 'checkbox'} opties={veld.opties ?? {}} />;
  }

  if (veld.soort === 'vinkje') return <input type="checkbox" {...koppeling} {...register(veld.pad)} />;

  if (veld.soort === 'gemeente' || veld.soort === 'aanbieder') {
    return <GekoppeldeCombobox veld={veld} koppeling={koppeling} opties={veld.soort === 'gemeente' ? gemeenten : aanbieders} />;
  }

  const gemeenschappelijk = { ...koppeling, autoComplete: autocompleteVoor(veld, invuller), spellcheck: spellcheckVoor(veld), ...register(veld.pad) } as const;
  return veld.soort === 'tekstvlak' ? (
    <textarea rows={5} {...gemeenschappelijk} />
  ) : (
    <input
      // Not type="email": Chromium gives the page an internationalised domain as punycode
      // (jan@bücher.nl → jan@xn--bcher-kva.nl). inputMode still brings the e-mail keyboard.
      type={veld.invoermodus === 'tel' ? 'tel' : 'text'}
      inputMode={veld.invoermodus}
      autoCapitalize={veld.invoermodus === 'email' ? 'off' : undefined}
      className={veld.breedte ? `invoer--${veld.breedte}` : undefined}
      {...gemeenschappelijk}
    />
  );
}

function GekoppeldeCombobox(props: { veld: Vraag; koppeling: InvoerKoppeling; opties: readonly Optie[] }) {
  const { field } = useController({ name: props.veld.pad });
  return (
    <Combobox
      id={props.koppeling.id}
      naam={field.name}
      waarde={typeof field.value === 'string' ? field.value : ''}
      opties={props.opties}
      onChange={field.onChange}
      onBlur={field.onBlur}
      describedBy={props.koppeling['aria-describedby']}
      ongeldig={Boolean(props.koppeling['aria-invalid'])}
      geenTreffer={props.veld.soort === 'gemeente' ? T.geenGemeente : T.geenAanbieder}
    />
  );
}
