import { INVULLERS } from '../../lib/melding/keuzes';
import { FORMULIER_TEKST as T } from '../../lib/ui-tekst';
import { FormulierVeld } from '../gedeeld/FormulierVeld';
import { veldId } from './ids';
import { Keuzes, Uitleg } from './Veld';

const PAD = 'invuller';

/** The first question: who fills in the form. The rest of the form adapts its wording to it. */
export function StartVraag({ fout }: { fout: string | undefined }) {
  return (
    <FormulierVeld
      id={veldId(PAD)}
      soort="groep"
      label={<h2 className="stap-kop">{T.startTitel}</h2>}
      hint={T.startUitleg}
      fout={fout}
      na={<Uitleg tekst={T.startWaarom.tekst} link={T.startWaarom.link} />}
    >
      {({ id }) => <Keuzes id={id} pad={PAD} type="radio" opties={INVULLERS} />}
    </FormulierVeld>
  );
}
