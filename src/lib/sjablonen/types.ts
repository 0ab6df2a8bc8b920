/**
 * A handboek template (sjabloon) as data: the fields to fill in, the articles with {veld}
 * placeholders, and who signs. The form, the PDF and the blank PDF are made from this.
 */
export interface SjabloonVeld {
  id: string;
  label: string;
  /** The field as it runs on in an error message, e.g. "de geboortedatum van de huurder". */
  inZin: string;
  soort: 'tekst' | 'tekstvlak' | 'datum';
  hint?: string;
}

interface Artikel {
  titel: string;
  /** Text with {veldId} placeholders; an empty field prints as a dotted line. */
  tekst: string;
}

export interface Sjabloon {
  id: string;
  titel: string;
  inleiding: string;
  /** Where the model comes from, for the page and the PDF. */
  bron: string;
  velden: readonly SjabloonVeld[];
  artikelen: readonly Artikel[];
  /** Who signs: a label and the field that holds the name, if any. */
  ondertekenaars: readonly { wie: string; naamVeld?: string }[];
  /** Optional text under the heading "Ondertekening", before the signatures ({veld} placeholders). */
  ondertekeningTekst?: string;
}

/**
 * The `autocomplete` of every template field, decided here (issue 16): "off". A template holds
 * other people's details (the tenant's name, birth date and address, a contact person) under
 * generic names ("huurder", "adres", "plaats"), which the browser would keep in its profile and
 * suggest on any site with a field of that name. "off" keeps them out of Chrome's autocomplete
 * store (tests/site/autofill.browser.test.ts); see autocompleteVoor in src/lib/melding/formulier.ts.
 */
export const SJABLOON_AUTOCOMPLETE = 'off';

const LEEG = '……………………';

/** Fills {veld} placeholders with the answers; empty ones become a dotted line. */
export function vulIn(tekst: string, waarden: Readonly<Record<string, string | undefined>>): string {
  return tekst.replace(/\{(\w+)\}/g, (_, id: string) => waarden[id]?.trim() || LEEG);
}
