import { forwardRef } from 'react';
import type { Veldfout } from '../../lib/melding/validatie';
import { VELD_TEKST as T } from '../../lib/ui-tekst';

/**
 * GOV.UK-style error summary: at the top of the step, focused when it appears, one link per
 * problem to its field. The links move focus themselves (a plain #id jump would not focus).
 */
interface Props {
  problemen: Veldfout[];
  naarVeld: (pad: string) => void;
}

export const Foutsamenvatting = forwardRef<HTMLDivElement, Props>(function Foutsamenvatting({ problemen, naarVeld }, ref) {
  if (problemen.length === 0) return null;
  return (
    <div className="foutsamenvatting" ref={ref} tabIndex={-1} aria-labelledby="foutsamenvatting-kop">
      <div role="alert">
        <h2 id="foutsamenvatting-kop">{T.foutKop}</h2>
        <ul>
          {problemen.map((p) => (
            <li key={p.pad}>
              <a
                href={`#${p.pad}`}
                onClick={(e) => {
                  e.preventDefault();
                  naarVeld(p.pad);
                }}
              >
                {p.bericht}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
});
