import { z } from 'astro/zod';
import { useEffect, useMemo, useRef, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { foutbericht } from '../../lib/melding/foutcodes';
import { alleenZichtbaar, isVerplichtVoor, labelVoor, STAPPEN, veldOpPad, waardeOp, zichtbareVelden, type FormulierWaarden } from '../../lib/melding/formulier';
import { datumVoorFormulier, parseDatum } from '../../lib/kern/datum';
import { naarFormulier } from '../../lib/melding/naar-formulier';
import { meldingSchema, type Melding } from '../../lib/melding/schema';
import type { Invuller } from '../../lib/melding/woordenschat';
import { FORMULIER_TEKST as T } from '../../lib/melding/tekst';
import { tijdlijn } from '../../lib/melding/termijnen';
import { eenPerVeld, foutberichtVoor, valideerStap, type Veldfout } from '../../lib/melding/validatie';
import { bewaarBestand, laadPdfCode, vandaag } from './bestanden';
import { Beheer } from './Beheer';
import { bewaarConcept, heeftInvoer, leesConcept, wisConcept } from './concept';
import { ControleActies, Controleren } from './Controleren';
import type { Optie } from './Combobox';
import { Foutsamenvatting } from './Foutsamenvatting';
import { StartVraag } from './StartVraag';
import { doelId, veldId } from './ids';
import { Tijdlijn } from './Tijdlijn';
import { Veld } from './Veld';

// The page's CSP forbids eval: zod must not compile validators with new Function.
z.config({ jitless: true });

interface Props {
  gemeenten: Optie[];
  aanbieders: Optie[];
  /** Document title without step or error prefix. */
  basisTitel: string;
}

const START = -1;
const CONTROLEREN = STAPPEN.length;
const TOTAAL = STAPPEN.length + 1;

function legeWaarden(): FormulierWaarden {
  return { invuller: '', toestemming: { datum: datumVoorFormulier(vandaag()) } };
}

/** The pre-filled answers: not "entered" for the draft or for "Melding openen". */
const standaard = () => ({ 'toestemming.datum': waardeOp(legeWaarden(), 'toestemming.datum') });

const stapVan = (pad: string) => STAPPEN.findIndex((s) => pad.startsWith(`${s.id}.`));

export default function MeldingFormulier({ gemeenten, aanbieders, basisTitel }: Props) {
  const concept = useMemo(() => (typeof window === 'undefined' ? null : leesConcept()), []);
  const form = useForm<FormulierWaarden>({ defaultValues: concept?.waarden ?? legeWaarden(), shouldUnregister: false });
  const [stap, setStap] = useState(concept?.stap ?? START);
  const [problemen, setProblemen] = useState<Veldfout[]>([]);
  const [melding, setMelding] = useState<string>(concept ? T.concepthersteld : '');
  const [bezig, setBezig] = useState(false);
  const samenvattingRef = useRef<HTMLDivElement>(null);
  const kopRef = useRef<HTMLHeadingElement>(null);
  const naNavigatie = useRef<string | null>(null);

  const waarden = form.watch();
  const invuller = (waarden.invuller || 'client') as Invuller;
  const gemeenteNamen = useMemo(() => new Set(gemeenten.map((g) => g.waarde)), [gemeenten]);
  const context = { invuller, peildatum: vandaag(), gemeenten: gemeenteNamen };

  // Draft: every change and every step, this tab only, and only once something was entered
  // (an untouched or wiped form leaves nothing behind, so a reload does not "restore" it).
  useEffect(() => {
    const abonnement = form.watch((w) => bewaarConcept({ waarden: w as FormulierWaarden, stap }, standaard()));
    bewaarConcept({ waarden: form.getValues(), stap }, standaard());
    return () => abonnement.unsubscribe();
  }, [form, stap]);

  // Load pdf-lib and the font at the first focus anywhere in the form or in "Melding openen",
  // so the PDF click does not wait and both keep working offline afterwards.
  const voorbereiden = () => void laadPdfCode().catch(() => undefined);
  useEffect(() => {
    document.getElementById('melding-formulier')?.addEventListener('focusin', voorbereiden, { once: true });
  }, []);

  // On the check step a PDF is the likely next click: make sure its code is on its way.
  useEffect(() => {
    if (stap === CONTROLEREN) voorbereiden();
  }, [stap]);

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
    // eslint-disable-next-line react-hooks/exhaustive-deps -- focus moves once, when the step changes; not again when the check page's problems change
  }, [stap]);

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

  function naarStap(nieuw: number, veld?: string) {
    setProblemen([]);
    naNavigatie.current = veld ?? null;
    setStap(nieuw);
    if (!veld) window.scrollTo(0, 0);
  }

  function volgende() {
    const huidig = form.getValues();
    if (stap === START) {
      if (!huidig.invuller) {
        setProblemen([{ pad: 'invuller', code: 'keuze_verplicht', bericht: foutbericht('keuze_verplicht', 'wie dit formulier invult') }]);
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

  const volledig = useMemo(() => {
    if (stap !== CONTROLEREN) return null;
    return meldingSchema(context).safeParse(alleenZichtbaar(waarden, invuller));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- context is a new object every render; what it holds changes only with invuller (listed) or the day
  }, [stap, waarden, invuller]);
  // On the check page the whole melding is validated: its problems get the same summary as a step's.
  const controleProblemen: Veldfout[] = useMemo(
    () =>
      eenPerVeld(
        (volledig?.error?.issues ?? []).map((issue) => {
          const pad = issue.path.map(String).join('.');
          return { pad, code: issue.message, bericht: foutberichtVoor(issue, pad, invuller) };
        }),
      ),
    [volledig, invuller],
  );

  // The title follows the step and the errors.
  useEffect(() => {
    const stapTekst = stap === START ? T.startTitel : stap === CONTROLEREN ? T.controlerenTitel : STAPPEN[stap]!.titel;
    const nummer = stap === START ? '' : `${T.stapVan(stap + 1, TOTAAL)}: `;
    document.title = `${problemen.length || controleProblemen.length ? 'Fout: ' : ''}${nummer}${stapTekst} — ${basisTitel}`;
  }, [stap, problemen.length, controleProblemen.length, basisTitel]);

  /** "Wijzig" on the check page: the role of a cliënt or naaste comes from the start question. */
  function wijzig(pad: string) {
    if (pad === 'aanmelder.rol' && invuller !== 'verwijzer') naarStap(START, 'invuller');
    else naarStap(stapVan(pad), pad);
  }

  async function maakPdf(m: Melding) {
    setBezig(true);
    setMelding(T.pdfBezig);
    let code: Awaited<ReturnType<typeof laadPdfCode>>;
    try {
      code = await laadPdfCode();
    } catch {
      // Loading starts at the first focus; with the network gone by then, a click retries it.
      // The answers stay in the form and the draft either way.
      setMelding(T.pdfCodeNietGeladenMaken);
      setBezig(false);
      return;
    }
    try {
      const [{ maakMeldingPdf }, fonts] = code;
      const bytes = await maakMeldingPdf(m, { fonts, gemaaktOp: new Date() });
      bewaarBestand(bytes, `melding-beschermd-wonen-${m.toestemming.datum}.pdf`, 'application/pdf');
      setMelding(T.pdfKlaar);
    } catch {
      setMelding(T.pdfMislukt);
    } finally {
      setBezig(false);
    }
  }

  async function openPdf(bestand: File) {
    setMelding(T.openenBezig);
    let code: Awaited<ReturnType<typeof laadPdfCode>>;
    try {
      code = await laadPdfCode();
    } catch {
      setMelding(T.pdfCodeNietGeladen);
      return;
    }
    try {
      const [{ openMeldingPdf }] = code;
      const uitkomst = await openMeldingPdf(new Uint8Array(await bestand.arrayBuffer()), context);
      if (!uitkomst.ok) {
        setMelding(uitkomst.bericht);
        return;
      }
      form.reset(naarFormulier(uitkomst.melding));
      setMelding(T.openenGelukt);
      naarStap(CONTROLEREN);
    } catch {
      setMelding(T.openenMislukt);
    }
  }

  function wis() {
    wisConcept();
    form.reset(legeWaarden());
    setMelding(T.gewist);
    naarStap(START);
  }

  const huidigeStap = stap >= 0 && stap < CONTROLEREN ? STAPPEN[stap]! : null;
  const fout = (pad: string) => problemen.find((p) => p.pad === pad)?.bericht;
  const meldingsdatum = parseDatum(String(waardeOp(waarden, 'toestemming.datum') ?? '')) ?? vandaag();
  const ontslag = parseDatum(String(waardeOp(waarden, 'behandeling.verwachteOntslagdatum') ?? ''));

  return (
    <FormProvider {...form}>
      <div className="melding">
        {stap !== START && (
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
        )}
        <form id="melding-formulier" noValidate onSubmit={(e) => (e.preventDefault(), volgende())}>
          {/* On the check page the problems of the whole melding; "Wijzig"-like links back to the step. */}
          <Foutsamenvatting
            ref={samenvattingRef}
            problemen={stap === CONTROLEREN ? controleProblemen : problemen}
            naarVeld={stap === CONTROLEREN ? wijzig : focusVeld}
          />
          {stap === START && <StartVraag fout={fout('invuller')} />}
          {huidigeStap && (
            <>
              <p className="stap-nummer">{T.stapVan(stap + 1, TOTAAL)}</p>
              <h2 className="stap-kop" tabIndex={-1} ref={kopRef}>
                {huidigeStap.titel}
              </h2>
              {huidigeStap.inleiding?.[invuller] && <p>{huidigeStap.inleiding[invuller]}</p>}
              {zichtbareVelden(huidigeStap, invuller, waarden).map((veld) => (
                <Veld
                  key={veld.pad}
                  veld={veld}
                  invuller={invuller}
                  label={labelVoor(veld, invuller)}
                  verplicht={isVerplichtVoor(veld, invuller)}
                  fout={fout(veld.pad)}
                  gemeenten={gemeenten}
                  aanbieders={aanbieders}
                />
              ))}
              {huidigeStap.id === 'behandeling' && ontslag && <Tijdlijn t={tijdlijn(meldingsdatum, ontslag)} />}
            </>
          )}
          {stap === CONTROLEREN && (
            <>
              <p className="stap-nummer">{T.stapVan(TOTAAL, TOTAAL)}</p>
              <h2 className="stap-kop" tabIndex={-1} ref={kopRef}>
                {T.controlerenTitel}
              </h2>
              {volledig?.success ? (
                <>
                  <Controleren melding={volledig.data} wijzig={wijzig} />
                  <Tijdlijn t={tijdlijn(volledig.data.toestemming.datum, volledig.data.behandeling.verwachteOntslagdatum ?? null)} />
                  <ControleActies melding={volledig.data} bezig={bezig} maakPdf={() => void maakPdf(volledig.data)} />
                </>
              ) : (
                <p>{T.controleFoutUitleg}</p>
              )}
            </>
          )}
          {stap !== CONTROLEREN && (
            <div className="acties niet-printen">
              <button type="submit" id="melding-volgende" className="utrecht-button utrecht-button--primary-action">
                {stap === CONTROLEREN - 1 ? T.naarControleren : T.volgende}
              </button>
            </div>
          )}
          {stap !== START && (
            <p className="niet-printen">
              <button type="button" className="link-knop" onClick={() => naarStap(stap - 1)}>
                {T.vorige}
              </button>
            </p>
          )}
        </form>
        <p className="status" role="status" aria-live="polite">
          {melding}
        </p>
        <Beheer
          gevuld={heeftInvoer(form.getValues(), standaard())}
          openen={(bestand) => void openPdf(bestand)}
          geannuleerd={() => setMelding(T.openenGeannuleerd)}
          wissen={wis}
          voorbereiden={voorbereiden}
        />
      </div>
    </FormProvider>
  );
}
