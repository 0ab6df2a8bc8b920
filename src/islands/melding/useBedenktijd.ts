import { useCallback, useEffect, useRef, useState } from 'react';
import { bedenktijd } from '../../lib/melding/concept';

/**
 * Schedules the draft's idle rule (src/lib/melding/concept.ts: bedenktijd): a warning, then
 * `verlopen`. Only schedules: the rule itself is pure and tested with fixed times. Timers in a
 * background tab or a sleeping computer run late, so it also checks when the tab is shown again.
 * `aan`: something was entered (an empty form has nothing to drop).
 */
export function useBedenktijd(aan: boolean, verlopen: () => void) {
  const laatstActief = useRef(0);
  const verlopenRef = useRef(verlopen);
  const [waarschuwing, setWaarschuwing] = useState(false);
  const [activiteit, setActiviteit] = useState(0);

  useEffect(() => {
    verlopenRef.current = verlopen;
  });

  useEffect(() => {
    if (!aan) return setWaarschuwing(false);
    if (laatstActief.current === 0) laatstActief.current = Date.now();
    let wekker: ReturnType<typeof setTimeout> | undefined;
    const controleer = () => {
      clearTimeout(wekker);
      const nu = bedenktijd(laatstActief.current, Date.now());
      setWaarschuwing(nu.toestand === 'waarschuwen');
      if (nu.toestand === 'verlopen') {
        laatstActief.current = 0;
        verlopenRef.current();
      } else {
        wekker = setTimeout(controleer, nu.over);
      }
    };
    controleer();
    document.addEventListener('visibilitychange', controleer);
    window.addEventListener('pageshow', controleer);
    return () => {
      clearTimeout(wekker);
      document.removeEventListener('visibilitychange', controleer);
      window.removeEventListener('pageshow', controleer);
    };
  }, [aan, activiteit]);

  /** Something happened in the form: the idle time starts again. */
  const actief = useCallback(() => {
    laatstActief.current = Date.now();
    setActiviteit((n) => n + 1);
  }, []);

  return { waarschuwing, actief };
}
