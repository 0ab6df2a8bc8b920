import type { z } from 'astro/zod';
import { COLLECTIES } from './collecties.ts';
import { labelsVan } from './veldbeschrijvingen.ts';

/**
 * Turns a zod issue from a content schema into a Dutch sentence a regional editor
 * understands. Field names are shown with their meaning, e.g. `Telefoonnummer (telefoon)`.
 */

/**
 * What each frontmatter key means, in words: the `title` each schema gives its fields
 * (src/lib/schemas, `beschreven`). A test keeps one key to one label across the schemas.
 */
export const VELDLABELS: Readonly<Record<string, string>> = labelsVan(Object.values(COLLECTIES).map((c) => c.schema));

/** "bronnen[0].sectie" → "Sectie in de bron (bronnen → 1 → sectie)". Lists count from 1 for people. */
function veldnaam(pad: readonly PropertyKey[]): string {
  if (pad.length === 0) return 'De gegevens bovenaan';
  const laatsteSleutel = [...pad].reverse().find((stap) => typeof stap === 'string');
  const label = typeof laatsteSleutel === 'string' ? (VELDLABELS[laatsteSleutel] ?? laatsteSleutel) : 'Veld';
  const plek = pad.map((stap) => (typeof stap === 'number' ? `nr. ${stap + 1}` : String(stap))).join(' → ');
  return `${label} (${plek})`;
}

const TYPES: Record<string, string> = {
  string: 'tekst',
  number: 'een getal',
  int: 'een heel getal',
  boolean: 'true of false',
  array: 'een lijst (regels die beginnen met "- ")',
  object: 'een groep velden',
  date: 'een datum',
};

function beschrijfWaarde(waarde: unknown): string {
  if (waarde === null) return 'leeg';
  if (Array.isArray(waarde)) return 'een lijst';
  if (typeof waarde === 'object') return 'een groep velden';
  if (typeof waarde === 'string') return `"${waarde}"`;
  return String(waarde);
}

/** Levenshtein distance, to suggest the key an editor probably meant. */
function afstand(a: string, b: string): number {
  const vorige = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let linksboven = vorige[0]!;
    vorige[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const boven = vorige[j]!;
      vorige[j] = Math.min(boven + 1, vorige[j - 1]! + 1, linksboven + (a[i - 1] === b[j - 1] ? 0 : 1));
      linksboven = boven;
    }
  }
  return vorige[b.length]!;
}

/**
 * The allowed name an editor probably meant. Both sides are compared in lower case, so
 * "Winterwijk" finds "Winterswijk" (not "Oisterwijk", which only wins if "W" ≠ "w" counts).
 */
export function bedoeldeVeld(sleutel: string, toegestaan: readonly string[]): string | undefined {
  const vorm = (naam: string) => naam.toLowerCase().replace(/[\s-]/g, '_');
  const klein = vorm(sleutel);
  const exact = toegestaan.find((naam) => vorm(naam) === klein);
  if (exact) return exact;
  // "maximale_duur" for "maximale_duur_maanden": a known key that begins with what was typed.
  const begin = toegestaan.find((naam) => (vorm(naam).startsWith(klein) || klein.startsWith(vorm(naam))) && klein.length >= 4);
  if (begin) return begin;
  let beste: { naam: string; afstand: number } | undefined;
  for (const naam of toegestaan) {
    const d = afstand(sleutel.toLowerCase(), naam.toLowerCase());
    if (!beste || d < beste.afstand) beste = { naam, afstand: d };
  }
  return beste && beste.afstand <= Math.max(2, Math.floor(sleutel.length / 3)) ? beste.naam : undefined;
}

function waardeOp(data: unknown, pad: readonly PropertyKey[]): unknown {
  let waarde = data;
  for (const stap of pad) {
    if (waarde === null || typeof waarde !== 'object') return undefined;
    waarde = (waarde as Record<PropertyKey, unknown>)[stap];
  }
  return waarde;
}

/**
 * The Dutch sentence for one issue. `toegestaneVelden` gives, per object path, the keys the
 * schema knows (for "did you mean" on unknown keys).
 */
export function probleemtekst(
  issue: z.core.$ZodIssue,
  data: unknown,
  toegestaneVelden: (pad: readonly PropertyKey[]) => readonly string[],
): { pad: PropertyKey[]; bericht: string }[] {
  const pad = [...issue.path];
  if (issue.code === 'unrecognized_keys') {
    // A key the object already has is no suggestion: "volgende" next to "volgorde" is not a typo of it.
    const object = waardeOp(data, pad);
    const aanwezig = (k: string) => typeof object === 'object' && object !== null && Object.hasOwn(object, k);
    return issue.keys.map((sleutel) => {
      const bedoeld = bedoeldeVeld(
        sleutel,
        toegestaneVelden(pad).filter((k) => !aanwezig(k)),
      );
      return {
        pad: [...pad, sleutel],
        bericht: `Onbekend veld "${sleutel}".` + (bedoeld ? ` Bedoelde je "${bedoeld}"?` : ` Toegestane velden hier: ${toegestaneVelden(pad).join(', ')}.`),
      };
    });
  }
  const waarde = waardeOp(data, pad);
  const naam = veldnaam(pad);
  if (waarde === undefined && issue.code === 'invalid_type') {
    return [{ pad, bericht: `${naam} ontbreekt. Dit veld is verplicht.` }];
  }
  if (waarde === null) {
    return [{ pad, bericht: `${naam} is leeg. Vul het in, of haal de hele regel weg als het onbekend is.` }];
  }
  let bericht: string;
  switch (issue.code) {
    case 'custom':
      bericht = `${naam}: ${issue.message}`;
      break;
    case 'invalid_type':
      bericht = `${naam} moet ${TYPES[issue.expected] ?? issue.expected} zijn, maar is ${beschrijfWaarde(waarde)}.`;
      break;
    case 'invalid_value':
      bericht = `${naam}: ${beschrijfWaarde(waarde)} is geen toegestane waarde. Kies uit: ${issue.values.map(String).join(', ')}.`;
      break;
    case 'too_small':
      bericht =
        issue.origin === 'array'
          ? `${naam}: noem er minstens ${String(issue.minimum)}.`
          : issue.origin === 'string'
            ? `${naam} mag niet leeg zijn.`
            : `${naam} moet minstens ${String(issue.minimum)} zijn.`;
      break;
    case 'too_big':
      bericht =
        issue.origin === 'string' && typeof waarde === 'string'
          ? `${naam} is te lang: ${waarde.trim().length} tekens, hoogstens ${String(issue.maximum)}. Maak de tekst korter.`
          : issue.origin === 'array'
            ? `${naam}: noem er hoogstens ${String(issue.maximum)}.`
            : `${naam} mag hoogstens ${String(issue.maximum)} zijn.`;
      break;
    case 'invalid_format':
      bericht = `${naam}: ${issue.message}`;
      break;
    default:
      bericht = `${naam}: ${issue.message}`;
  }
  return [{ pad, bericht }];
}
