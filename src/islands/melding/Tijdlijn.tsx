import { datumVoluit } from '../../lib/kern/datum';
import { ALS_ONTSLAG_EERDER_IS, type Tijdlijn as TijdlijnData } from '../../lib/melding/termijnen';

/** The Wmo timeline after the melding, with a warning when discharge comes first. */
export function Tijdlijn({ t }: { t: TijdlijnData }) {
  return (
    <section className="tijdlijn-hulp" aria-labelledby="tijdlijn-kop">
      <h3 id="tijdlijn-kop">Wanneer beslist de gemeente?</h3>
      <dl className="gegevens">
        <dt>Melding</dt>
        <dd>{datumVoluit(t.meldingsdatum)}</dd>
        <dt>Onderzoek klaar</dt>
        <dd>uiterlijk {datumVoluit(t.onderzoekUiterlijk)} (6 weken, zoals in de voorbeeldafspraken van de VNG)</dd>
        <dt>Beslissing (beschikking)</dt>
        <dd>uiterlijk {datumVoluit(t.beslissingUiterlijk)} (hoogstens 8 weken na de melding)</dd>
        {t.verwachteOntslagdatum && (
          <>
            <dt>Verwacht ontslag uit de kliniek</dt>
            <dd>{datumVoluit(t.verwachteOntslagdatum)}</dd>
          </>
        )}
      </dl>
      {t.ontslagVoorBeslissing && (
        <div className="utrecht-alert utrecht-alert--warning">
          <div className="utrecht-alert__content">
            <p className="utrecht-alert__message">
              Het ontslag uit de kliniek valt {t.dagenTekort} {t.dagenTekort === 1 ? 'dag' : 'dagen'} vóór de uiterste datum van de beslissing. De
              VNG-handreiking noemt deze mogelijkheden:
            </p>
            <ul>
              {ALS_ONTSLAG_EERDER_IS.map((tip) => (
                <li key={tip}>{tip}</li>
              ))}
            </ul>
            <p>
              <a href="/handboek/traject-en-werkafspraken/">Lees de werkafspraken in het handboek</a>
            </p>
          </div>
        </div>
      )}
    </section>
  );
}
