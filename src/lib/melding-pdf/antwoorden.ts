import type { Sectie } from '../melding/samenvatting.ts';
import type { Blok } from '../pdf/blokken.ts';

/** The answers, section by section as on the check page; empty optional answers read "niet ingevuld". */
export function antwoordBlokken(secties: readonly Sectie[]): Blok[] {
  return secties.flatMap((sectie): Blok[] => [
    { soort: 'kop', tekst: sectie.titel },
    ...sectie.rijen.map((rij): Blok => ({ soort: 'vraag', label: rij.label, antwoord: rij.waarde, ingevuld: rij.ingevuld })),
  ]);
}
