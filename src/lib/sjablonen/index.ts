import { z } from 'astro/zod';
import { onbekendeTekens } from '../kern/tekens.ts';
import { getypt } from '../schemas/getypt.ts';
import { datumVoorFormulier, parseDatum } from '../kern/datum.ts';
import { DRIEPARTIJENOVEREENKOMST } from './driepartijenovereenkomst.ts';
import type { Sjabloon } from './types.ts';
import { WERKAFSPRAKEN } from './werkafspraken.ts';
import { maxTekens } from './foutberichten.ts';

export const SJABLONEN: Readonly<Record<string, Sjabloon>> = {
  [WERKAFSPRAKEN.id]: WERKAFSPRAKEN,
  [DRIEPARTIJENOVEREENKOMST.id]: DRIEPARTIJENOVEREENKOMST,
};

/**
 * The answers of a template: every field optional (an unfilled field prints as a dotted line to
 * write on), text limited to characters the PDF can show, dates real dates ("dd-mm-jjjj").
 * Messages are error codes; foutberichten.ts turns them into Dutch for the field.
 */
export function sjabloonSchema(sjabloon: Sjabloon) {
  return z.object(
    Object.fromEntries(
      sjabloon.velden.map((veld) => [
        veld.id,
        getypt().transform((waarde, ctx): string | undefined => {
          if (!waarde) return undefined;
          if (waarde.length > maxTekens(veld)) ctx.addIssue({ code: 'custom', message: 'te_lang' });
          if (onbekendeTekens(waarde).length) ctx.addIssue({ code: 'custom', message: 'tekens_onbekend' });
          if (veld.soort === 'datum') {
            const iso = parseDatum(waarde);
            if (!iso) {
              ctx.addIssue({ code: 'custom', message: 'datum_ongeldig' });
              return z.NEVER;
            }
            return datumVoorFormulier(iso);
          }
          return waarde;
        }),
      ]),
    ),
  );
}

export type { Sjabloon } from './types.ts';
export { SJABLOON_AUTOCOMPLETE } from './types.ts';
export { foutenPerVeld, maxTekens, sjabloonFoutbericht } from './foutberichten.ts';
