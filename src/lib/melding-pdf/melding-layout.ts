import { nogAanTeLeveren, STANDAARD_BIJLAGEN } from '../melding/nog-aan-te-leveren.ts';
import { datumVoluit } from '../kern/datum.ts';
import { samenvatting, volledigeNaam, type Sectie } from '../melding/samenvatting.ts';
import type { Melding } from '../melding/schema.ts';
import { antwoordBlokken } from './antwoorden.ts';
import { blancoVraagBlokken } from './blanco-vragen.ts';
import { zetBlokkenOp } from '../pdf/blokken.ts';
import { aanGemeente, kopBlokken, PDF_TITEL, type Kop } from './kop.ts';
import type { Layout, Meter, Voet } from '../pdf/layout.ts';
import { nogAanTeLeverenBlokken } from './nog-aan-te-leveren.ts';
import { BLANCO_ONDERTEKENAARS, ondertekenaars, ondertekeningBlokken, type Ondertekenaar } from './ondertekening.ts';

/**
 * What the melding PDF says, before layout: plain data taken from the melding, so the layout
 * can be tested with any content and a fake meter.
 */
export interface MeldingDocument extends Kop {
  meldingsdatum: string;
  secties: readonly Sectie[];
  nogAanTeLeveren: readonly string[];
  ondertekenaars: readonly Ondertekenaar[];
  voet: { naam: string; geboortedatum: string };
}

export function meldingDocument(melding: Melding): MeldingDocument {
  const meldingsdatum = melding.toestemming.datum;
  return {
    titel: PDF_TITEL,
    aan: aanGemeente(melding.client.gemeenteVanHerkomst),
    meldingsdatum,
    secties: samenvatting(melding),
    nogAanTeLeveren: nogAanTeLeveren(melding),
    ondertekenaars: ondertekenaars(melding),
    voet: { naam: volledigeNaam(melding), geboortedatum: melding.client.geboortedatum },
  };
}

function voetVoor(naam: string, geboortedatum: string): Voet {
  return { links: `${naam} · geboren ${datumVoluit(geboortedatum)}` };
}

export function layoutMelding(doc: MeldingDocument, meter: Meter): Layout {
  return zetBlokkenOp(
    [...kopBlokken(doc), ...antwoordBlokken(doc.secties), ...nogAanTeLeverenBlokken(doc.nogAanTeLeveren)],
    ondertekeningBlokken(doc.ondertekenaars),
    voetVoor(doc.voet.naam, doc.voet.geboortedatum),
    meter,
  );
}

/** The same form on paper: every question with room to write. */
export function layoutBlanco(meter: Meter): Layout {
  return zetBlokkenOp(
    [
      ...kopBlokken({ titel: PDF_TITEL, aan: aanGemeente('……………………………………'), meldingsdatum: null }),
      {
        soort: 'tekst',
        stijl: 'klein',
        tekst: 'Vul dit formulier in met blokletters. Zet bij een keuze een kruisje in het vakje. Vul de gemeente in waar de cliënt woonde vóór de kliniek.',
      },
      ...blancoVraagBlokken(),
      ...nogAanTeLeverenBlokken(STANDAARD_BIJLAGEN),
    ],
    ondertekeningBlokken(BLANCO_ONDERTEKENAARS),
    { links: 'Naam cliënt: …………………………………………… · geboren: ……………………' },
    meter,
  );
}
