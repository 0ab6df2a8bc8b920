import type { Sectie } from '../melding/samenvatting.ts';
import type { Blok } from '../pdf/blokken.ts';

/**
 * The answers, section by section as on the check page. Unlike the check page, the questions
 * left empty get no row each: they are named together in one "Niet ingevuld" row at the end of
 * their section, so a reader at the gemeente sees the answers and not pages of empty rows.
 */
export function antwoordBlokken(secties: readonly Sectie[]): Blok[] {
  return secties.flatMap((sectie): Blok[] => {
    const leeg = sectie.rijen.filter((rij) => !rij.ingevuld).map((rij) => rij.label);
    return [
      { soort: 'kop', tekst: sectie.titel },
      ...sectie.rijen.filter((rij) => rij.ingevuld).map((rij): Blok => ({ soort: 'vraag', label: rij.label, antwoord: rij.waarde })),
      ...(leeg.length ? [{ soort: 'nietIngevuld', labels: leeg } as const] : []),
    ];
  });
}
