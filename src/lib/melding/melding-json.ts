import { naarFormulier } from './naar-formulier.ts';
import { meldingSchema, type Context, type Melding } from './schema.ts';
import { MELDING_JSON_SCHEMA, MELDING_SCHEMA_VERSIE, STAP_IDS } from './woordenschat.ts';

/**
 * The answers as JSON inside the PDF, so "Melding openen" can restore the form: an envelope
 * with a schema id and version around the schema's output, and the way back, which trusts
 * nothing: the melding is turned into form input again and re-validated by the same schema.
 * Re-validated without "today" (peildatum null): a melding made months ago is the site's own
 * file, not a damaged one, when its wished start date has passed since; the form flags such
 * dates as field errors once it is open (its check step validates against today).
 */
/** The id PDFs carried before the schema was published; same version, still opened. */
const EERDERE_SCHEMA_IDS: readonly unknown[] = ['https://safehouse-portaal/melding'];

export function meldingJson(melding: Melding): string {
  return JSON.stringify({ schema: MELDING_JSON_SCHEMA, versie: MELDING_SCHEMA_VERSIE, melding }, null, 2);
}

type OpenReden = 'geen-pdf' | 'beschadigd' | 'geen-melding' | 'nieuwer' | 'ongeldig' | 'te-groot' | 'bijlage-te-groot' | 'te-lang';

/**
 * "Melding openen" reads files nobody vouches for, so it has bounds. A melding PDF is some
 * 100–300 KB (mostly the embedded font); 5 MB leaves room for a PDF a viewer saved again, and
 * is refused before a byte is read. Reading happens in a worker that is stopped after
 * OPEN_TIJDSLIMIET_S seconds: a real melding opens in well under a second.
 */
const MAX_OPEN_MB = 5;
export const MAX_OPEN_BYTES = MAX_OPEN_MB * 1024 * 1024;
export const OPEN_TIJDSLIMIET_S = 8;

/** What the person who opens the file reads, per reason. */
export const OPEN_FOUTBERICHTEN: Record<OpenReden, string> = {
  'geen-pdf': 'Dit bestand is geen PDF. Kies de melding-PDF die je eerder op deze site hebt gemaakt.',
  beschadigd: 'Deze PDF is beschadigd of onvolledig en kan niet worden geopend. Kies een ander bestand, of maak de PDF opnieuw.',
  'geen-melding':
    'Dit is geen melding-PDF van deze site. Kies een PDF die je hier met ‘PDF van de melding downloaden’ hebt gemaakt. Een lege PDF om op papier in te vullen kan niet worden geopend.',
  nieuwer: 'Deze melding-PDF is gemaakt met een nieuwere versie van het formulier. Laad deze pagina opnieuw en probeer het nog eens.',
  ongeldig: 'De gegevens in deze melding-PDF passen niet bij het formulier; misschien is het bestand veranderd. Vul het formulier opnieuw in.',
  'te-groot': `Dit bestand is groter dan ${MAX_OPEN_MB} MB en wordt niet geopend. Een melding-PDF van deze site is veel kleiner: kies de PDF die je hier hebt gemaakt.`,
  'bijlage-te-groot':
    'De gegevens in deze PDF zijn veel groter dan een melding kan zijn. Het bestand wordt niet geopend; kies de melding-PDF die je op deze site hebt gemaakt.',
  'te-lang': `Het openen van dit bestand duurde langer dan ${OPEN_TIJDSLIMIET_S} seconden en is gestopt. Dit is waarschijnlijk geen melding-PDF van deze site; kies een ander bestand.`,
};

export type OpenUitkomst = { ok: true; melding: Melding } | { ok: false; bericht: string };

export const mislukt = (reden: OpenReden): OpenUitkomst => ({ ok: false, bericht: OPEN_FOUTBERICHTEN[reden] });

type Object_ = Record<string, unknown>;
const isObject = (w: unknown): w is Object_ => typeof w === 'object' && w !== null && !Array.isArray(w);

/** Deep equality of JSON-like data; a key with the value undefined counts as absent (as in JSON). */
function gelijk(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((w, i) => gelijk(w, b[i]));
  }
  if (isObject(a) && isObject(b)) {
    const sleutels = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...sleutels].every((k) => (Object.hasOwn(a, k) === Object.hasOwn(b, k) || a[k] === undefined || b[k] === undefined ? gelijk(a[k], b[k]) : false));
  }
  return Object.is(a, b);
}

/** Accepts only what the schema itself would have produced from some form input. */
function controleerMelding(melding: unknown, context: Pick<Context, 'gemeenten'>): OpenUitkomst {
  if (!isObject(melding) || melding.versie !== MELDING_SCHEMA_VERSIE || !STAP_IDS.every((stap) => isObject(melding[stap]))) {
    return mislukt('ongeldig');
  }
  try {
    const opnieuw = meldingSchema({ gemeenten: context.gemeenten, peildatum: null }).safeParse(naarFormulier(melding as unknown as Melding));
    return opnieuw.success && gelijk(opnieuw.data, melding) ? { ok: true, melding: opnieuw.data } : mislukt('ongeldig');
  } catch {
    return mislukt('ongeldig');
  }
}

export function leesMeldingJson(tekst: string, context: Pick<Context, 'gemeenten'>): OpenUitkomst {
  let data: unknown;
  try {
    data = JSON.parse(tekst);
  } catch {
    return mislukt('beschadigd');
  }
  if (!isObject(data) || (data.schema !== MELDING_JSON_SCHEMA && !EERDERE_SCHEMA_IDS.includes(data.schema))) return mislukt('geen-melding');
  if (typeof data.versie !== 'number' || !Number.isInteger(data.versie) || data.versie < 1) return mislukt('ongeldig');
  if (data.versie > MELDING_SCHEMA_VERSIE) return mislukt('nieuwer');
  return controleerMelding(data.melding, context);
}
