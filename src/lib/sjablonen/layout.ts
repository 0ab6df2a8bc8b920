import { vulIn, type Sjabloon } from './types.ts';
import { antwoordRijen, schrijfVraag, zetBlokkenOp, type Blok } from '../pdf/blokken.ts';
import type { Layout, Meter } from '../pdf/layout.ts';

type Waarden = Readonly<Record<string, string | undefined>>;

/**
 * A handboek template as PDF pages, filled in or blank: the data, the articles with the answers
 * in place, and a signature block per party. Pure; drawn by teken.ts like the melding.
 */
export function layoutSjabloon(sjabloon: Sjabloon, waarden: Waarden | null, meter: Meter): Layout {
  return zetBlokkenOp(inhoudBlokken(sjabloon, waarden), ondertekeningBlokken(sjabloon, waarden ?? {}), { links: sjabloon.titel }, meter);
}

function inhoudBlokken(sjabloon: Sjabloon, waarden: Waarden | null): Blok[] {
  const w = waarden ?? {};
  // As in the melding: filled in, the answers beside their labels and the empty fields named in
  // one "Niet ingevuld" line (the articles keep their dotted line to write on); blank, room to
  // write as on the blank melding.
  const gegevens: Blok[] = waarden
    ? antwoordRijen(sjabloon.velden.map((veld) => ({ label: veld.label, antwoord: w[veld.id] || null })))
    : sjabloon.velden.flatMap((veld) => schrijfVraag({ label: veld.label }, veld.soort === 'tekstvlak' ? 'lang' : veld.soort === 'datum' ? 'datum' : 'kort'));
  return [
    { soort: 'titel', tekst: sjabloon.titel },
    { soort: 'tekst', stijl: 'gewoon', tekst: sjabloon.inleiding },
    { soort: 'tekst', stijl: 'klein', tekst: sjabloon.bron },
    { soort: 'kop', tekst: 'Gegevens' },
    ...gegevens,
    { soort: 'kop', tekst: 'Afspraken' },
    ...sjabloon.artikelen.flatMap((a): Blok[] => [
      { soort: 'tekst', stijl: 'vet', tekst: a.titel, bijVolgende: true },
      { soort: 'tekst', stijl: 'gewoon', tekst: vulIn(a.tekst, w) },
    ]),
  ];
}

function ondertekeningBlokken(sjabloon: Sjabloon, w: Waarden): Blok[] {
  return [
    { soort: 'kop', tekst: 'Ondertekening' },
    ...(sjabloon.ondertekeningTekst ? [{ soort: 'tekst', stijl: 'gewoon', tekst: vulIn(sjabloon.ondertekeningTekst, w) } as const] : []),
    ...sjabloon.ondertekenaars.map((o, i): Blok => ({
      soort: 'ondertekening',
      wie: o.wie,
      naam: (o.naamVeld && w[o.naamVeld]) || null,
      handtekeningVeld: `handtekening_${i + 1}`,
      datumVeld: `datum_${i + 1}`,
      datum: null,
    })),
  ];
}
