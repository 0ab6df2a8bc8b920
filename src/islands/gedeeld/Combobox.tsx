import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { optieLabel, optieNamen, pastBijZoekterm, type GemeenteOptie } from '../../lib/gemeenten/namen';
import { VELD_TEKST as T } from '../../lib/ui-tekst';

/**
 * Type-ahead for a long list (all gemeenten, the providers), after the ARIA 1.2 combobox
 * pattern: the input keeps focus, arrows move through the options (aria-activedescendant),
 * Enter picks, Escape closes, and a polite status says how many options match.
 */
/** An option: its value, and other names to match on ("Den Haag" for 's-Gravenhage, "voorheen Weesp" for Amsterdam). */
export type Optie = GemeenteOptie;

interface Props {
  id: string;
  naam: string;
  waarde: string;
  opties: readonly Optie[];
  onChange: (waarde: string) => void;
  onBlur?: () => void;
  describedBy?: string | undefined;
  ongeldig: boolean;
  autoComplete?: string;
  maxZichtbaar?: number;
  /** Status text when nothing matches. */
  geenTreffer: string;
  /**
   * For a picker that adds to a list: called with the option picked, or with what was typed
   * when Enter is pressed on no option (instead of submitting the form).
   */
  onKies?: (waarde: string) => void;
}

export function Combobox({ id, naam, waarde, opties, onChange, onBlur, describedBy, ongeldig, maxZichtbaar = 8, geenTreffer, onKies }: Props) {
  const lijstId = useId();
  const [open, setOpen] = useState(false);
  const [actief, setActief] = useState(-1);
  const invoer = useRef<HTMLInputElement>(null);
  const treffers = useMemo(() => (waarde.trim() ? opties.filter((o) => pastBijZoekterm(optieNamen(o), waarde)) : []), [opties, waarde]);
  const zichtbaar = treffers.slice(0, maxZichtbaar);
  const isOpen = open && zichtbaar.length > 0 && !(zichtbaar.length === 1 && zichtbaar[0]!.waarde === waarde);

  function kies(optie: Optie) {
    if (onKies) onKies(optie.waarde);
    else onChange(optie.waarde);
    setOpen(false);
    setActief(-1);
    invoer.current?.focus();
  }

  function toets(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActief((i) => Math.min(i + 1, zichtbaar.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActief((i) => Math.max(i - 1, 0));
    } else if (e.key === 'Enter' && isOpen && actief >= 0) {
      e.preventDefault();
      kies(zichtbaar[actief]!);
    } else if (e.key === 'Enter' && onKies) {
      e.preventDefault();
      onKies(waarde);
    } else if (e.key === 'Escape') {
      setOpen(false);
      setActief(-1);
    }
  }

  const status = !waarde.trim() ? '' : treffers.length === 0 ? geenTreffer : isOpen ? T.suggestiesStatus(treffers.length, maxZichtbaar) : '';

  return (
    <div className="combobox">
      <input
        ref={invoer}
        id={id}
        name={naam}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={isOpen}
        aria-controls={lijstId}
        aria-activedescendant={isOpen && actief >= 0 ? `${lijstId}-${actief}` : undefined}
        aria-describedby={describedBy}
        aria-invalid={ongeldig || undefined}
        value={waarde}
        onChange={(e) => {
          onChange(e.currentTarget.value);
          setOpen(true);
          setActief(-1);
        }}
        onKeyDown={toets}
        onBlur={() => {
          // Let a click on an option land before the list closes.
          setTimeout(() => setOpen(false), 150);
          onBlur?.();
        }}
      />
      <ul id={lijstId} role="listbox" aria-label={T.suggestiesAccessibleLabel} className="combobox__lijst" hidden={!isOpen}>
        {zichtbaar.map((o, i) => (
          <li
            key={o.waarde}
            id={`${lijstId}-${i}`}
            role="option"
            aria-selected={i === actief}
            className={i === actief ? 'combobox__optie combobox__optie--actief' : 'combobox__optie'}
            onMouseDown={(e) => {
              e.preventDefault();
              kies(o);
            }}
          >
            {optieLabel(o, waarde)}
          </li>
        ))}
      </ul>
      <p className="visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
