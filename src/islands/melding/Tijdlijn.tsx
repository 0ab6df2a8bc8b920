import { datumVoluit } from '../../lib/kern/datum';
import { ALS_ONTSLAG_EERDER_IS, WEKEN_ONDERZOEK, WEKEN_TOT_BESLISSING, type Tijdlijn as TijdlijnData } from '../../lib/melding/termijnen';
import { TIJDLIJN_TEKST as T } from '../../lib/ui-tekst';

/** The Wmo timeline after the melding, with a warning when discharge comes first. */
export function Tijdlijn({ t }: { t: TijdlijnData }) {
  return (
    <section className="tijdlijn-hulp" aria-labelledby="tijdlijn-kop">
      <h3 id="tijdlijn-kop">{T.kop}</h3>
      <dl className="gegevens">
        <dt>{T.melding}</dt>
        <dd>{datumVoluit(t.meldingsdatum)}</dd>
        <dt>{T.onderzoek}</dt>
        <dd>
          {T.uiterlijk} {datumVoluit(t.onderzoekUiterlijk)} {T.onderzoekTermijn(WEKEN_ONDERZOEK)}
        </dd>
        <dt>{T.beslissing}</dt>
        <dd>
          {T.uiterlijk} {datumVoluit(t.beslissingUiterlijk)} {T.beslissingTermijn(WEKEN_TOT_BESLISSING)}
        </dd>
        {t.verwachteOntslagdatum && (
          <>
            <dt>{T.ontslag}</dt>
            <dd>{datumVoluit(t.verwachteOntslagdatum)}</dd>
          </>
        )}
      </dl>
      <p>
        Deze data gaan ervan uit dat de gemeente de melding op de meldingsdatum ontvangt. De termijnen beginnen bij ontvangst door de gemeente, niet op de dag
        dat je dit formulier invult.
      </p>
      {t.ontslagVoorBeslissing && (
        <div className="utrecht-alert utrecht-alert--warning">
          <div className="utrecht-alert__content">
            <p className="utrecht-alert__message">{T.ontslagTeVroeg(t.dagenTekort)}</p>
            <ul>
              {ALS_ONTSLAG_EERDER_IS.map((tip) => (
                <li key={tip}>{tip}</li>
              ))}
            </ul>
            <p>
              <a href="/handboek/traject-en-werkafspraken/">{T.werkafspraken}</a>
            </p>
          </div>
        </div>
      )}
    </section>
  );
}
