import { STAPPEN, type Vraag } from '../melding/formulier.ts';
import { INVULLERS } from '../melding/keuzes.ts';
import type { Invuller } from '../melding/woordenschat.ts';
import { FORMULIER_TEKST } from '../ui-tekst.ts';
import { schrijfVraag, type Blok } from '../pdf/blokken.ts';

/**
 * The questions of the blank form: every field of every step (also those only some audiences
 * get), with its neutral label and room to write, or a box per choice.
 */
const WIE: Record<Invuller, string> = { client: 'de cliënt zelf', naaste: 'een naaste', verwijzer: 'een verwijzer' };

function toelichting(veld: Vraag): string | undefined {
  const delen: string[] = [];
  if (veld.alleenVoor) delen.push(`Alleen als ${veld.alleenVoor.map((i) => WIE[i]).join(' of ')} dit formulier invult.`);
  if (typeof veld.verplicht === 'object') delen.push(`Verplicht als ${veld.verplicht.map((i) => WIE[i]).join(' of ')} invult.`);
  if (veld.soort === 'vinkjes') delen.push('Meer antwoorden mogelijk.');
  return delen.length ? delen.join(' ') : undefined;
}

/** "(verplicht)", or when only a ticked choice makes it required: "(verplicht als ‘Drugs’ is aangekruist)". */
function verplichtTekst(veld: Vraag): string {
  if (veld.verplicht !== true) return '';
  return veld.verplichtAlsAangekruist ? ` (verplicht als ‘${veld.verplichtAlsAangekruist}’ is aangekruist)` : ' (verplicht)';
}

function label(veld: Vraag): string {
  const extra = veld.soort === 'datum' ? ' (dag-maand-jaar)' : '';
  return `${veld.label}${extra}${verplichtTekst(veld)}`;
}

/** Choices get a box each beside the label; written answers their room (blokken.ts: schrijfVraag). */
function vraagBlokken(veld: Vraag): Blok[] {
  if (veld.soort === 'vinkje') return [{ soort: 'keuzes', opties: [`${veld.label}${verplichtTekst(veld)}`], los: true }];
  const extra = toelichting(veld);
  const vraag = { label: label(veld), ...(extra ? { toelichting: extra } : {}) };
  switch (veld.soort) {
    case 'keuze':
    case 'vinkjes':
      return [{ soort: 'vraag', ...vraag, antwoord: null, ruimte: { soort: 'keuzes', opties: Object.values(veld.opties ?? {}) } }];
    case 'tekstvlak':
      return schrijfVraag(vraag, 'lang');
    case 'datum':
      return schrijfVraag(vraag, 'datum');
    default:
      return schrijfVraag(vraag, 'kort');
  }
}

export function blancoVraagBlokken(): Blok[] {
  return [
    { soort: 'vraag', label: `${FORMULIER_TEKST.startTitel} (verplicht)`, antwoord: null, ruimte: { soort: 'keuzes', opties: Object.values(INVULLERS) } },
    ...STAPPEN.flatMap((stap): Blok[] => [{ soort: 'kop', tekst: stap.titel }, ...stap.velden.flatMap(vraagBlokken)]),
  ];
}
