import { useState } from 'react';
import { herkenGemeente, opgehevenZin, type GemeenteOptie } from '../../lib/gemeenten/namen';
import { FORMULIER_TEKST, INVULHULP_TEKST as T } from '../../lib/ui-tekst';
import { Combobox } from '../gedeeld/Combobox';
import type { InvoerKoppeling } from '../gedeeld/FormulierVeld';

/**
 * A list of gemeenten, picked one at a time: type a few letters, choose (or press Enter, or
 * "Voeg toe"), and the CBS name is added. Everyday and former names lead to the gemeente of
 * today through the one list of names (src/lib/gemeenten/namen.ts): "Den Bosch" adds
 * 's-Hertogenbosch, "Weesp" adds Amsterdam, "Haaren" explains where it went. Replaces a
 * multiple select of 342 options, which needs Ctrl-click and knows no other names.
 */
interface Props {
  koppeling: InvoerKoppeling;
  gekozen: readonly string[];
  opties: readonly GemeenteOptie[];
  /** The CBS names, as a set (herkenGemeente keeps its index per set). */
  gemeenten: ReadonlySet<string>;
  onWijzig: (gemeenten: string[]) => void;
}

export function GemeentenKiezer({ koppeling, gekozen, opties, gemeenten, onWijzig }: Props) {
  const [term, setTerm] = useState('');
  const [bericht, setBericht] = useState('');

  function voegToe(invoer: string) {
    const herkend = herkenGemeente(invoer, gemeenten);
    if (herkend.soort === 'gemeente') {
      setBericht(gekozen.includes(herkend.naam) ? T.alGekozen(herkend.naam) : T.toegevoegd(herkend.naam));
      if (!gekozen.includes(herkend.naam)) onWijzig([...gekozen, herkend.naam]);
      setTerm('');
    } else if (herkend.soort === 'gesplitst') {
      setBericht(`${opgehevenZin(herkend.voormalig)} ${T.kiesUitGesplitst}`);
    } else {
      setBericht(invoer.trim() ? T.nietGevonden(invoer.trim()) : T.typEerst);
    }
  }

  return (
    <>
      <div className="invulhulp__toevoegen">
        <Combobox
          id={koppeling.id}
          naam={koppeling.id}
          waarde={term}
          opties={opties}
          onChange={setTerm}
          onKies={voegToe}
          describedBy={koppeling['aria-describedby']}
          ongeldig={Boolean(koppeling['aria-invalid'])}
          geenTreffer={FORMULIER_TEKST.geenGemeente}
        />
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => voegToe(term)}>
          {T.voegToe}
        </button>
      </div>
      <p role="status" className="invulhulp__bericht">
        {bericht}
      </p>
      {gekozen.length > 0 && (
        <ul className="invulhulp__gekozen" aria-label={T.gekozenAccessibleLabel}>
          {gekozen.map((g) => (
            <li key={g}>
              {g}{' '}
              <button
                type="button"
                className="link-knop"
                aria-label={`${T.weghalen}: ${g}`}
                onClick={() => {
                  onWijzig(gekozen.filter((x) => x !== g));
                  setBericht(T.weggehaald(g));
                }}
              >
                {T.weghalen}
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
