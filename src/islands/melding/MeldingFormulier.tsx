import { z } from 'astro/zod';
import { useEffect, useMemo, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { isVerplichtVoor, labelVoor, STAPPEN, waardeOp, zichtbareVelden, type FormulierWaarden } from '../../lib/melding/formulier';
import { datumVoorFormulier, parseDatum } from '../../lib/kern/datum';
import { naarFormulier } from '../../lib/melding/naar-formulier';
import type { Invuller } from '../../lib/melding/woordenschat';
import { FORMULIER_TEKST as T } from '../../lib/ui-tekst';
import { vandaag } from '../gedeeld/bestanden';
import { Foutsamenvatting } from '../gedeeld/Foutsamenvatting';
import { Beheer } from './Beheer';
import type { Optie } from '../gedeeld/Combobox';
import { CONCEPT_BEDENKTIJD_MINUTEN, heeftInvoer } from '../../lib/melding/concept';
import { bewaarConcept, leesConcept, wisConcept } from './concept';
import { BedenktijdWaarschuwing, GedeeldeComputer, Nazorg } from './GedeeldeComputer';
import { useBedenktijd } from './useBedenktijd';
import { ControleActies, Controleren } from './Controleren';
import { StartVraag } from './StartVraag';
import { Stappenlijst } from './Stappenlijst';
import { Tijdlijn } from './Tijdlijn';
import { useMeldingPdf } from './useMeldingPdf';
import { CONTROLEREN, START, TOTAAL, useStappen } from './useStappen';
import { Veld } from './Veld';

// The page's CSP forbids eval: zod must not compile validators with new Function.
z.config({ jitless: true });

interface Props {
  gemeenten: Optie[];
  aanbieders: Optie[];
  /** Document title without step or error prefix. */
  basisTitel: string;
}

const FORMULIER_ID = 'melding-formulier';
/** Chrome's and Edge's writing suggestions off (an attribute Preact's types do not know yet). */
const GEEN_SCHRIJFHULP = { writingsuggestions: 'false' } as Record<string, string>;

function legeWaarden(): FormulierWaarden {
  return { invuller: '', toestemming: { datum: datumVoorFormulier(vandaag()) } };
}

/** The pre-filled answers: not "entered" for the draft or for "Melding openen". */
const standaard = () => ({ 'toestemming.datum': waardeOp(legeWaarden(), 'toestemming.datum') });

/**
 * The melding form: start question, the steps, the check page, and "Opslaan, openen en
 * wissen". Step logic lives in useStappen, the PDF actions in useMeldingPdf; this renders them
 * and keeps the draft.
 */
export default function MeldingFormulier({ gemeenten, aanbieders, basisTitel }: Props) {
  // Read once, at load: a draft past its idle time (also one the browser restored with the tab) is removed unseen.
  const gelezen = useMemo(() => (typeof window === 'undefined' ? null : leesConcept()), []);
  const concept = gelezen === 'verlopen' ? null : gelezen;
  const form = useForm<FormulierWaarden>({ defaultValues: concept?.waarden ?? legeWaarden(), shouldUnregister: false });
  const [status, setStatus] = useState<string>(concept ? T.concepthersteld : gelezen === 'verlopen' ? T.conceptVerlopen(CONCEPT_BEDENKTIJD_MINUTEN) : '');
  // "Ik gebruik een gedeelde computer": kept in memory only, so nothing at all is written.
  const [gedeeld, setGedeeld] = useState(false);
  const waarden = form.watch();
  const invuller = (waarden.invuller || 'client') as Invuller;
  const gemeenteNamen = useMemo(() => new Set(gemeenten.map((g) => g.waarde)), [gemeenten]);
  const context = { invuller, peildatum: vandaag(), gemeenten: gemeenteNamen };
  // Before useStappen: its focus on a restored step's heading must already start the PDF code loading.
  const pdf = useMeldingPdf(FORMULIER_ID, setStatus);
  const stappen = useStappen({ beginStap: concept?.stap ?? START, waarden, huidigeWaarden: form.getValues, context, basisTitel });
  const { stap, naarStap } = stappen;

  // Idle for too long: the draft and the form are wiped, with a warning first (useBedenktijd).
  const gevuld = heeftInvoer(form.getValues(), standaard());
  const bedenktijd = useBedenktijd(gevuld, () => {
    wisConcept();
    form.reset(legeWaarden());
    setStatus(T.conceptVerlopen(CONCEPT_BEDENKTIJD_MINUTEN));
    naarStap(START);
  });
  const { actief } = bedenktijd;

  // Draft: every change and every step, this tab only, and only once something was entered
  // (an untouched or wiped form leaves nothing behind, so a reload does not "restore" it).
  // Each is activity for the idle time. On a shared computer nothing is written at all.
  useEffect(() => {
    const bewaar = (waarden: FormulierWaarden) => (actief(), gedeeld || bewaarConcept({ waarden, stap }, standaard()));
    const abonnement = form.watch((w) => bewaar(w as FormulierWaarden));
    bewaar(form.getValues());
    return () => abonnement.unsubscribe();
  }, [form, stap, gedeeld, actief]);

  function zetGedeeld(aan: boolean) {
    if (aan) wisConcept();
    setGedeeld(aan);
  }

  function nogHier() {
    actief();
    if (!gedeeld) bewaarConcept({ waarden: form.getValues(), stap }, standaard());
    setStatus(T.nogHierBevestigd);
  }

  // On the check step a PDF is the likely next click: make sure its code is on its way.
  useEffect(() => {
    if (stap === CONTROLEREN) pdf.voorbereiden();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stap]);

  function wis() {
    wisConcept();
    form.reset(legeWaarden());
    setStatus(T.gewist);
    naarStap(START);
  }

  const huidigeStap = stap >= 0 && stap < CONTROLEREN ? STAPPEN[stap]! : null;
  const ontslag = parseDatum(String(waardeOp(waarden, 'behandeling.verwachteOntslagdatum') ?? ''));
  const melding = stappen.melding;

  return (
    <FormProvider {...form}>
      <div className="melding">
        <BedenktijdWaarschuwing zichtbaar={bedenktijd.waarschuwing} nogHier={nogHier} />
        {stap !== START && <Stappenlijst stap={stap} naarStap={naarStap} />}
        {/* translate off: page translation sends the page's text, on the check page the answers, to
            Google or Microsoft; writing suggestions off: they can send what is typed (issue 16). */}
        <form id={FORMULIER_ID} noValidate translate={false} {...GEEN_SCHRIJFHULP} onSubmit={(e) => (e.preventDefault(), stappen.volgende())}>
          {/* On the check page the problems of the whole melding; "Wijzig"-like links back to the step. */}
          <Foutsamenvatting ref={stappen.samenvattingRef} problemen={stappen.problemen} naarVeld={stappen.naarProbleem} />
          {stap === START && (
            <>
              <GedeeldeComputer aan={gedeeld} zet={zetGedeeld} />
              <StartVraag fout={stappen.fout('invuller')} />
            </>
          )}
          {huidigeStap && (
            <>
              <p className="stap-nummer">{T.stapVan(stap + 1, TOTAAL)}</p>
              <h2 className="stap-kop" tabIndex={-1} ref={stappen.kopRef}>
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
                  fout={stappen.fout(veld.pad)}
                  gemeenten={gemeenten}
                  aanbieders={aanbieders}
                />
              ))}
              {huidigeStap.id === 'behandeling' && ontslag && <Tijdlijn ontslag={ontslag} />}
            </>
          )}
          {stap === CONTROLEREN && (
            <>
              <p className="stap-nummer">{T.stapVan(TOTAAL, TOTAAL)}</p>
              <h2 className="stap-kop" tabIndex={-1} ref={stappen.kopRef}>
                {T.controlerenTitel}
              </h2>
              {melding ? (
                <>
                  <Controleren melding={melding} wijzig={stappen.wijzig} />
                  <Tijdlijn ontslag={melding.behandeling.verwachteOntslagdatum ?? null} />
                  <ControleActies melding={melding} bezig={pdf.bezig} maakPdf={() => void pdf.maak(melding)} />
                  {pdf.gemaakt && <Nazorg />}
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
          {status}
        </p>
        <Beheer
          gevuld={gevuld}
          gedeeld={gedeeld}
          openen={(bestand) => void pdf.open(bestand, context, (geopend) => (form.reset(naarFormulier(geopend)), naarStap(CONTROLEREN)))}
          geannuleerd={() => setStatus(T.openenGeannuleerd)}
          wissen={wis}
          voorbereiden={pdf.voorbereidenOpenen}
        />
      </div>
    </FormProvider>
  );
}
