import { STAPPEN } from '../../lib/melding/formulier';
import { FORMULIER_TEKST as T } from '../../lib/ui-tekst';

/** The list of steps above the form: steps done are buttons back, the current one is marked. */
export function Stappenlijst({ stap, naarStap }: { stap: number; naarStap: (stap: number) => void }) {
  return (
    <nav aria-label={T.stappenAccessibleLabel} className="stappenlijst niet-printen">
      <ol>
        {[...STAPPEN.map((s) => s.titel), T.controlerenTitel].map((titel, i) => (
          <li key={titel} aria-current={i === stap ? 'step' : undefined} className={i < stap ? 'stappenlijst__klaar' : undefined}>
            {i < stap ? (
              <button type="button" className="link-knop" onClick={() => naarStap(i)}>
                {titel}
              </button>
            ) : (
              <span>{titel}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
