import type { Sectie } from '../melding/samenvatting.ts';
import { antwoordRijen, type Blok } from '../pdf/blokken.ts';

/**
 * The answers, section by section as on the check page. Unlike the check page, the questions
 * left empty get no row each: they are named together in one "Niet ingevuld" row at the end of
 * their section, so a reader at the gemeente sees the answers and not pages of empty rows.
 */
export function antwoordBlokken(secties: readonly Sectie[]): Blok[] {
  return secties.flatMap((sectie): Blok[] => [
    { soort: 'kop', tekst: sectie.titel },
    ...antwoordRijen(sectie.rijen.map((rij) => ({ label: rij.label, antwoord: rij.ingevuld ? rij.waarde : null }))),
  ]);
}
