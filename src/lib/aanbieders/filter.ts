/**
 * Filtering the provider directory. The page lists every provider in HTML; with JavaScript
 * these rules hide the ones that don't match. A fact the sources don't give ("onbekend")
 * never matches a filter, and the count says how many were left out for that reason.
 */

/** What the directory knows of one provider (from data-* attributes on its list item). */
export interface AanbiederKenmerken {
  regio: string[];
  /** null = onbekend */
  verslavingsvormen: string[] | null;
  methodiek: string[] | null;
  bovenregionaal: boolean | null;
}

export interface Filterkeuze {
  regio?: string | undefined;
  verslavingsvorm?: string | undefined;
  methodiek?: string | undefined;
  /** true: only providers that take people from outside their region. */
  bovenregionaal?: boolean | undefined;
}

export type Uitkomst = 'past' | 'past-niet' | 'onbekend';

export function beoordeel(a: AanbiederKenmerken, keuze: Filterkeuze): Uitkomst {
  if (keuze.regio && !a.regio.includes(keuze.regio)) return 'past-niet';
  let onbekend = false;
  const lijstPast = (waarden: string[] | null, gekozen: string | undefined) => {
    if (!gekozen) return true;
    if (waarden === null) {
      onbekend = true;
      return true;
    }
    return waarden.includes(gekozen);
  };
  if (!lijstPast(a.verslavingsvormen, keuze.verslavingsvorm)) return 'past-niet';
  if (!lijstPast(a.methodiek, keuze.methodiek)) return 'past-niet';
  if (keuze.bovenregionaal) {
    if (a.bovenregionaal === false) return 'past-niet';
    if (a.bovenregionaal === null) onbekend = true;
  }
  return onbekend ? 'onbekend' : 'past';
}

/** The sentence the live region reads out, e.g. "1 van 2 aanbieders past bij je keuze." */
export function telling(uitkomsten: readonly Uitkomst[]): string {
  const totaal = uitkomsten.length;
  const past = uitkomsten.filter((u) => u === 'past').length;
  const onbekend = uitkomsten.filter((u) => u === 'onbekend').length;
  const woord = (n: number) => (n === 1 ? 'aanbieder' : 'aanbieders');
  const allen = totaal === 1 ? 'De enige aanbieder past' : totaal === 2 ? 'Beide aanbieders passen' : `Alle ${totaal} aanbieders passen`;
  let zin = past === totaal && totaal > 0 ? `${allen} bij je keuze.` : `${past} van ${totaal} ${woord(totaal)} ${past === 1 ? 'past' : 'passen'} bij je keuze.`;
  if (onbekend > 0) {
    zin += ` Van ${onbekend} ${woord(onbekend)} is niet bekend of ${onbekend === 1 ? 'die past' : 'ze passen'}; ${onbekend === 1 ? 'die staat' : 'die staan'} er niet bij.`;
  }
  return zin;
}

/** Filter choice from a query string (?regio=…&vorm=…&methodiek=…&bovenregionaal=ja). */
export function keuzeUitZoekparameters(params: URLSearchParams): Filterkeuze {
  return {
    regio: params.get('regio') || undefined,
    verslavingsvorm: params.get('vorm') || undefined,
    methodiek: params.get('methodiek') || undefined,
    bovenregionaal: params.get('bovenregionaal') === 'ja' || undefined,
  };
}

export function zoekparametersUitKeuze(keuze: Filterkeuze): URLSearchParams {
  const params = new URLSearchParams();
  if (keuze.regio) params.set('regio', keuze.regio);
  if (keuze.verslavingsvorm) params.set('vorm', keuze.verslavingsvorm);
  if (keuze.methodiek) params.set('methodiek', keuze.methodiek);
  if (keuze.bovenregionaal) params.set('bovenregionaal', 'ja');
  return params;
}
