import type { Invuller, StapId } from './woordenschat.ts';

/**
 * The shape of one question of the melding form, and the helpers that pick its wording for the
 * person filling in: the cliënt reads "je" about themselves, a naaste or verwijzer reads about
 * "de cliënt". The questions themselves are data in vragen.ts.
 */
export type Veldsoort = 'tekst' | 'tekstvlak' | 'datum' | 'keuze' | 'vinkjes' | 'vinkje' | 'gemeente' | 'aanbieder';

/** A text with optional wording for the cliënt and for a naaste; the plain text is for the verwijzer (and the rest). */
export interface PerRol {
  tekst: string;
  client?: string;
  naaste?: string;
}

export interface Veld {
  /** Path in the melding, e.g. "client.voornamen". */
  pad: string;
  soort: Veldsoort;
  /** Neutral label: check page, PDF, and the form when no audience-specific wording is given. */
  label: string;
  /** Label as the cliënt (je) or a naaste reads it, when it differs. */
  labelClient?: string;
  labelNaaste?: string;
  /** How error messages name the field, e.g. "de achternaam"; the cliënt's variant, e.g. "je achternaam". */
  foutnaam: string;
  foutnaamClient?: string;
  hint?: PerRol;
  /** Why we ask this, and the section it rests on (path and #anchor; data minimisation). */
  waarom: PerRol & { link: string };
  opties?: Readonly<Record<string, string>>;
  /** Shown only to these audiences. */
  alleenVoor?: readonly Invuller[];
  /** Shown only when another answer makes it relevant. */
  alleenAls?: (waarden: FormulierWaarden) => boolean;
  /** Required, to mark it in the form (the schema decides). */
  verplicht?: boolean | readonly Invuller[];
  /** Required only when this choice is ticked (the answer alleenAls depends on), e.g. "Drugs". */
  verplichtAlsAangekruist?: string;
  autocomplete?: string;
  invoermodus?: 'numeric' | 'tel' | 'email' | 'text';
  breedte?: 'kort' | 'middel';
  /** Matters for the gemeente's decision (or only given these answers): listed under "Nog aan te leveren" when left empty. */
  belangrijk?: boolean | ((waarden: FormulierWaarden) => boolean);
}

export interface Stap {
  id: StapId;
  titel: string;
  inleiding?: Partial<Record<Invuller, string>>;
  velden: Veld[];
}

export type FormulierWaarden = Record<string, unknown>;

/** Reads "a.b" from nested form values. */
export function waardeOp(waarden: FormulierWaarden, pad: string): unknown {
  return pad.split('.').reduce<unknown>((w, stap) => (w && typeof w === 'object' ? (w as Record<string, unknown>)[stap] : undefined), waarden);
}

/** The wording of a text for this audience. */
export function voorRol(tekst: PerRol, invuller: Invuller): string {
  if (invuller === 'client' && tekst.client) return tekst.client;
  if (invuller === 'naaste' && tekst.naaste) return tekst.naaste;
  return tekst.tekst;
}

export function labelVoor(veld: Veld, invuller: Invuller): string {
  return voorRol({ tekst: veld.label, ...(veld.labelClient ? { client: veld.labelClient } : {}), ...(veld.labelNaaste ? { naaste: veld.labelNaaste } : {}) }, invuller);
}

export function foutnaamVoor(veld: Veld, invuller: Invuller): string {
  return invuller === 'client' && veld.foutnaamClient ? veld.foutnaamClient : veld.foutnaam;
}

/** An empty wording means: no hint for this audience. */
export const hintVoor = (veld: Veld, invuller: Invuller): string | undefined => (veld.hint ? voorRol(veld.hint, invuller) || undefined : undefined);
export const waaromVoor = (veld: Veld, invuller: Invuller): string => voorRol(veld.waarom, invuller);
