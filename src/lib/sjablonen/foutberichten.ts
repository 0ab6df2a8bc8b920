import { eenPerVeld } from '../kern/een-per-veld.ts';
import { MAX_TEKENS } from '../kern/tekens.ts';
import type { Foutcode } from '../melding/foutcodes.ts';
import type { SjabloonVeld } from './types.ts';

/**
 * Dutch error messages for the template form. The template fields have their own wording
 * (`inZin`, e.g. "de geboortedatum van de huurder"), because their labels ("A. Huurder:
 * geboortedatum") are headings, not phrases that run on in a sentence.
 */

/** The longest answer a field takes: a text area holds a paragraph, a line a name or place. */
export function maxTekens(veld: Pick<SjabloonVeld, 'soort'>): number {
  return veld.soort === 'tekstvlak' ? MAX_TEKENS.tekstvlak : MAX_TEKENS.regel;
}

/** Every code sjabloonSchema can emit: the melding's codes (one vocabulary), worded for template fields. */
type SjabloonFoutcode = Extract<Foutcode, 'te_lang' | 'tekens_onbekend' | 'datum_ongeldig'>;

const BERICHTEN: Record<SjabloonFoutcode, (veld: SjabloonVeld) => string> = {
  te_lang: (veld) => `Maak ${veld.inZin} korter: hoogstens ${maxTekens(veld).toLocaleString('nl-NL')} tekens.`,
  tekens_onbekend: (veld) => `In ${veld.inZin} staan tekens die de PDF niet kan tonen. Gebruik Latijnse letters, zoals in een Nederlands paspoort.`,
  datum_ongeldig: (veld) => `Vul ${veld.inZin} in als een bestaande datum, in cijfers: dag-maand-jaar.`,
};

export function sjabloonFoutbericht(code: string, veld: SjabloonVeld): string {
  const maak = BERICHTEN[code as SjabloonFoutcode];
  if (!maak) throw new Error(`Geen foutbericht voor code "${code}".`);
  return maak(veld);
}

/** One problem per field (see eenPerVeld), for the fields of this template only. */
export function foutenPerVeld(velden: readonly SjabloonVeld[], issues: readonly { path: readonly PropertyKey[]; message: string }[]) {
  const bekend = issues.flatMap((issue) => {
    const veld = velden.find((v) => v.id === issue.path[0]);
    return veld ? [{ pad: veld.id, veld, code: issue.message }] : [];
  });
  return eenPerVeld(bekend).map(({ pad, veld, code }) => ({ pad, code, bericht: sjabloonFoutbericht(code, veld) }));
}
