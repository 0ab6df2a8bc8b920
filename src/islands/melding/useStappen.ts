import { useEffect, useMemo, useRef, useState } from 'react';
import { foutbericht } from '../../lib/melding/foutcodes';
import { alleenZichtbaar, STAPPEN, veldOpPad, type FormulierWaarden } from '../../lib/melding/formulier';
import type { Context } from '../../lib/melding/schema';
import { FORMULIER_TEKST as T, VELD_TEKST } from '../../lib/ui-tekst';
import { valideerMelding, valideerStap, type Veldfout } from '../../lib/melding/validatie';
import { doelId, veldId } from './ids';

/** The start question comes before the steps; the check page after the last. */
export const START = -1;
export const CONTROLEREN = STAPPEN.length;
export const TOTAAL = STAPPEN.length + 1;

const stapVan = (pad: string) => STAPPEN.findIndex((s) => pad.startsWith(`${s.id}.`));

interface Opties {
  beginStap: number;
  /** The form's current values (re-read each render). */
  waarden: FormulierWaarden;
  /** Values at the moment of "Volgende" (react-hook-form's getValues). */
  huidigeWaarden: () => FormulierWaarden;
  context: Context;
  /** Document title without step or error prefix. */
  basisTitel: string;
}

/**
 * The step logic of the melding: which step is shown, validating a step on "Volgende" and the
 * whole melding on the check page (both with src/lib/melding/validatie.ts), and where focus and
 * the document title go after each move (GUIDE §4: focus to the error summary, else the heading).
 */
export function useStappen({ beginStap, waarden, huidigeWaarden, context, basisTitel }: Opties) {
  const [stap, setStap] = useState(beginStap);
  const [problemen, setProblemen] = useState<Veldfout[]>([]);
  const samenvattingRef = useRef<HTMLDivElement>(null);
  const kopRef = useRef<HTMLHeadingElement>(null);
  const naNavigatie = useRef<string | null>(null);
  const { invuller } = context;

  // On the check page the whole melding is validated: its problems get the same summary as a step's.
  const controle = useMemo(
    () => (stap === CONTROLEREN ? valideerMelding(alleenZichtbaar(waarden, invuller), context) : null),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [stap, waarden, invuller],
  );
  const controleProblemen = controle && !controle.ok ? controle.problemen : [];

  // Focus follows the step and the errors.
  useEffect(() => {
    if (problemen.length) samenvattingRef.current?.focus();
  }, [problemen]);

  useEffect(() => {
    const doel = naNavigatie.current;
    naNavigatie.current = null;
    if (doel) focusVeld(doel);
    else if (stap === CONTROLEREN && controleProblemen.length) samenvattingRef.current?.focus();
    else if (doel === null && stap !== START) kopRef.current?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stap]);

  // The title follows the step and the errors.
  useEffect(() => {
    const stapTekst = stap === START ? T.startTitel : stap === CONTROLEREN ? T.controlerenTitel : STAPPEN[stap]!.titel;
    const nummer = stap === START ? '' : `${T.stapVan(stap + 1, TOTAAL)}: `;
    document.title = `${problemen.length || controleProblemen.length ? VELD_TEKST.foutTitel : ''}${nummer}${stapTekst} — ${basisTitel}`;
  }, [stap, problemen.length, controleProblemen.length, basisTitel]);

  function focusVeld(pad: string) {
    const veld = veldOpPad.get(pad);
    // The start question is a radio group outside the field table.
    const isGroep = pad === 'invuller' || veld?.soort === 'keuze' || veld?.soort === 'vinkjes';
    // In a group, the chosen option (where Tab would land too), else the first.
    const gekozen = isGroep ? document.querySelector<HTMLElement>(`#melding-formulier input[name="${pad}"]:checked`) : null;
    const el = gekozen ?? document.getElementById(doelId(pad, isGroep)) ?? document.getElementById(veldId(pad));
    el?.scrollIntoView({ block: 'center' });
    el?.focus();
  }

  /** To another step; with `veld`, focus goes to that field instead of the heading. */
  function naarStap(nieuw: number, veld?: string) {
    setProblemen([]);
    naNavigatie.current = veld ?? null;
    setStap(nieuw);
    if (!veld) window.scrollTo(0, 0);
  }

  /** "Volgende": the start question needs an answer, a step must be valid. */
  function volgende() {
    const huidig = huidigeWaarden();
    if (stap === START) {
      if (!huidig.invuller) {
        setProblemen([{ pad: 'invuller', code: 'keuze_verplicht', bericht: foutbericht('keuze_verplicht', T.startFoutnaam) }]);
        return;
      }
      naarStap(0);
      return;
    }
    const gevonden = valideerStap(STAPPEN[stap]!.id, alleenZichtbaar(huidig, invuller), context);
    if (gevonden.length) {
      setProblemen(gevonden);
      return;
    }
    naarStap(stap + 1);
  }

  /** "Wijzig" on the check page: the role of a cliënt or naaste comes from the start question. */
  function wijzig(pad: string) {
    if (pad === 'aanmelder.rol' && invuller !== 'verwijzer') naarStap(START, 'invuller');
    else naarStap(stapVan(pad), pad);
  }

  return {
    stap,
    /** The problems the summary lists: the step's, or on the check page the whole melding's. */
    problemen: stap === CONTROLEREN ? controleProblemen : problemen,
    /** The validated melding on the check page, when it has no problems. */
    melding: controle?.ok ? controle.melding : null,
    /** The inline error of a field on the current step. */
    fout: (pad: string) => problemen.find((p) => p.pad === pad)?.bericht,
    /** Where an error-summary link goes: on the check page back to the step, else the field. */
    naarProbleem: stap === CONTROLEREN ? wijzig : focusVeld,
    samenvattingRef,
    kopRef,
    naarStap,
    volgende,
    wijzig,
  };
}
