import { datumVoluit } from '../../lib/kern/datum';
import { ALS_ONTSLAG_EERDER_IS, tijdlijn, WEKEN_BESLUIT_NA_AANVRAAG, WEKEN_ONDERZOEK, WEKEN_VNG_TELLING } from '../../lib/melding/termijnen';
import { TIJDLIJN_TEKST as T } from '../../lib/ui-tekst';
import { vandaag } from '../gedeeld/bestanden';

/**
 * The Wmo terms after the melding, with a warning when discharge comes first. The terms run from
 * the day the gemeente receives the melding, which the form cannot know: the dates are worked out
 * as if the gemeente receives it today, and the text says so. Never from the date in the form.
 */
export function Tijdlijn({ ontslag }: { ontslag: string | null }) {
  const t = tijdlijn(vandaag(), ontslag);
  return (
    <section className="tijdlijn-hulp" aria-labelledby="tijdlijn-kop">
      <h3 id="tijdlijn-kop">{T.kop}</h3>
      <p>{T.aanname(datumVoluit(t.ontvangst))}</p>
      <dl className="gegevens">
        <dt>{T.onderzoek}</dt>
        <dd>{T.onderzoekTermijn(datumVoluit(t.onderzoekUiterlijk), WEKEN_ONDERZOEK)}</dd>
        <dt>{T.besluit}</dt>
        <dd>{T.besluitTermijn(WEKEN_BESLUIT_NA_AANVRAAG)}</dd>
        <dt>{T.vng}</dt>
        <dd>{T.vngTermijn(datumVoluit(t.beslissingVolgensVng), WEKEN_VNG_TELLING)}</dd>
        {t.verwachteOntslagdatum && (
          <>
            <dt>{T.ontslag}</dt>
            <dd>{datumVoluit(t.verwachteOntslagdatum)}</dd>
          </>
        )}
      </dl>
      {t.ontslagVoorBeslissing && (
        <div className="utrecht-alert utrecht-alert--warning">
          <div className="utrecht-alert__content">
            <p className="utrecht-alert__message">{T.ontslagTeVroeg(t.dagenTekort, datumVoluit(t.beslissingVolgensVng))}</p>
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
