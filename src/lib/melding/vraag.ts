import type { Foutcode } from './foutcodes.ts';
import type { Invuller, StapId } from './woordenschat.ts';

/**
 * The shape of one question of the melding form, and the helpers that pick its wording for the
 * person filling in: the cliënt reads "je" about themselves, a naaste or verwijzer reads about
 * "de cliënt". The questions themselves are data in vragen.ts.
 */
type Vraagsoort = 'tekst' | 'tekstvlak' | 'datum' | 'keuze' | 'vinkjes' | 'vinkje' | 'gemeente' | 'aanbieder';

/** A text with optional wording for the cliënt and for a naaste; the plain text is for the verwijzer (and the rest). */
interface PerRol {
  tekst: string;
  client?: string;
  naaste?: string;
}

/**
 * Which dates a date question accepts, measured from "today" (the schema's peildatum):
 * - niet-in-toekomst: birth, abstinence.
 * - niet-in-verleden: the wished start of the stay.
 * - meldingsdatum: not in the future, and at most a year back. The date starts the gemeente's
 *   term and is printed as the melding's date; an older date is almost always a typo (2025 for
 *   2026) and would put the decision date long in the past.
 * - vrij: admission and expected discharge (may lie either side of today).
 */
export type DatumRegel = 'niet-in-toekomst' | 'niet-in-verleden' | 'meldingsdatum' | 'vrij';

/** A one-line text with its own format: parsed, normalised and checked by the schema, shown formatted. */
export type Tekstformaat = 'bsn' | 'postcode' | 'agb' | 'telefoon' | 'email';

/**
 * One question of the melding, declared once: the schema (schema.ts), the JSON Schema
 * (json-schema.ts), the form, the check page, the PDF and the blank PDF are all derived from it.
 */
export interface Vraag {
  /** Path in the melding, e.g. "client.voornamen". */
  pad: string;
  soort: Vraagsoort;
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
  /**
   * Required (for everyone, or for these audiences); the schema requires exactly this. With
   * `alleenAls`: required whenever it is shown, judged on the answers of its own step.
   */
  verplicht?: boolean | readonly Invuller[];
  /**
   * The answer is about health, addiction or justice in a person's own words (special categories,
   * AVG art. 9 and 10): the browser's spelling check stays off (spellcheckVoor in formulier.ts).
   */
  bijzonder?: true;
  /** Longest answer in characters (text; default 200 for a line, 4000 for a text area). */
  max?: number;
  /** A line of text with a format of its own (a phone number, a BSN …). */
  formaat?: Tekstformaat;
  /** Which dates are accepted (date questions; default vrij). */
  datumRegel?: DatumRegel;
  /** Cross-field rule: the date cannot lie before the cliënt's birth date (code voor_geboorte). */
  naGeboorte?: true;
  /** A required tick box: the code of its message when it is left empty. */
  nietAangevinkt?: Foutcode;
  /** The answer written for audiences that are not asked, e.g. the aanmelder's implied role. */
  zonderVraag?: Readonly<Partial<Record<Invuller, string>>>;
  /** Required only when this choice is ticked (the answer alleenAls depends on), e.g. "Drugs". */
  verplichtAlsAangekruist?: string;
  /**
   * The browser's autofill token for the verwijzer's own contact details; whether a field gets it
   * is decided in one place, autocompleteVoor in formulier.ts (issue 16: never on someone else's data).
   */
  autocomplete?: string;
  invoermodus?: 'numeric' | 'tel' | 'email' | 'text';
  breedte?: 'kort' | 'middel';
  /** Matters for the gemeente's decision (or only given these answers): listed under "Nog aan te leveren" when left empty. */
  belangrijk?: boolean | ((waarden: FormulierWaarden) => boolean);
}

/**
 * A rule across the questions of one step, declared beside them in vragen.ts: given the step's
 * validated answers, the problems as [field name, code].
 */
type Stapregel = (antwoorden: Readonly<Record<string, unknown>>, context: { peildatum: string | null }) => readonly (readonly [string, Foutcode])[];

export interface Stap {
  id: StapId;
  titel: string;
  inleiding?: Partial<Record<Invuller, string>>;
  velden: readonly Vraag[];
  regels?: readonly Stapregel[];
}

export type FormulierWaarden = Record<string, unknown>;

/** Reads "a.b" from nested form values. */
export function waardeOp(waarden: FormulierWaarden, pad: string): unknown {
  return pad.split('.').reduce<unknown>((w, stap) => (w && typeof w === 'object' ? (w as Record<string, unknown>)[stap] : undefined), waarden);
}

/** The wording of a text for this audience. */
function voorRol(tekst: PerRol, invuller: Invuller): string {
  if (invuller === 'client' && tekst.client) return tekst.client;
  if (invuller === 'naaste' && tekst.naaste) return tekst.naaste;
  return tekst.tekst;
}

export function labelVoor(veld: Vraag, invuller: Invuller): string {
  return voorRol(
    { tekst: veld.label, ...(veld.labelClient ? { client: veld.labelClient } : {}), ...(veld.labelNaaste ? { naaste: veld.labelNaaste } : {}) },
    invuller,
  );
}

export function foutnaamVoor(veld: Vraag, invuller: Invuller): string {
  return invuller === 'client' && veld.foutnaamClient ? veld.foutnaamClient : veld.foutnaam;
}

/** An empty wording means: no hint for this audience. */
export const hintVoor = (veld: Vraag, invuller: Invuller): string | undefined => (veld.hint ? voorRol(veld.hint, invuller) || undefined : undefined);
export const waaromVoor = (veld: Vraag, invuller: Invuller): string => voorRol(veld.waarom, invuller);
