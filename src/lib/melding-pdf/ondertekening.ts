import { datumVoorFormulier } from '../kern/datum.ts';
import type { Melding } from '../melding/schema.ts';
import { volledigeNaam } from '../melding/samenvatting.ts';
import type { Blok } from '../pdf/blokken.ts';

/**
 * Section "Ondertekening": a block per signer with the name printed, a fillable signature
 * field and a date field (pre-filled with the meldingsdatum, editable).
 */
const ONDERTEKENING_TITEL = 'Ondertekening';

type Ondertekenrol = 'client' | 'aanmelder';

export interface Ondertekenaar {
  rol: Ondertekenrol;
  wie: string;
  /** Printed name; null on the blank form (written by hand). */
  naam: string | null;
  /** dd-mm-jjjj; null leaves the date field empty. */
  datum: string | null;
}

const veldnamen = (rol: Ondertekenrol) => ({ handtekening: `handtekening-${rol}`, datum: `datum-${rol}` });

const WIE = { client: 'Cliënt', aanmelder: 'Aanmelder' } as const;

/** A cliënt who reports themself signs once: they are also the aanmelder. */
export function ondertekenaars(melding: Melding): Ondertekenaar[] {
  const datum = datumVoorFormulier(melding.toestemming.datum);
  const lijst: Ondertekenaar[] = [{ rol: 'client', wie: WIE.client, naam: volledigeNaam(melding), datum }];
  if (melding.invuller !== 'client') {
    const { naam, organisatie } = melding.aanmelder;
    const wie = melding.invuller === 'naaste' ? 'Aanmelder (naaste)' : 'Aanmelder (verwijzer)';
    lijst.push({ rol: 'aanmelder', wie, naam: [naam, organisatie && `(${organisatie})`].filter(Boolean).join(' '), datum });
  }
  return lijst;
}

export const BLANCO_ONDERTEKENAARS: readonly Ondertekenaar[] = [
  { rol: 'client', wie: WIE.client, naam: null, datum: null },
  { rol: 'aanmelder', wie: 'Aanmelder (als dat niet de cliënt zelf is)', naam: null, datum: null },
];

export function ondertekeningBlokken(lijst: readonly Ondertekenaar[]): Blok[] {
  return [
    { soort: 'kop', tekst: ONDERTEKENING_TITEL },
    {
      soort: 'tekst',
      stijl: 'klein',
      bijVolgende: true,
      tekst: lijst.some((o) => o.datum !== null)
        ? 'Onderteken met de hand op papier, of vul de velden in op de computer. De datum staat al ingevuld (de meldingsdatum); pas hem aan als je op een andere dag ondertekent.'
        : 'Onderteken met de hand op papier, of vul de velden in op de computer.',
    },
    ...lijst.map((o): Blok => {
      const velden = veldnamen(o.rol);
      return { soort: 'ondertekening', wie: o.wie, naam: o.naam, handtekeningVeld: velden.handtekening, datumVeld: velden.datum, datum: o.datum };
    }),
  ];
}
