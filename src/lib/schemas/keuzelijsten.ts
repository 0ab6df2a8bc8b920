import { z } from 'astro/zod';

/**
 * Fixed choices used by content files and (later) the melding form, with the Dutch label
 * shown to people. The keys are what editors write in frontmatter. This is the only list:
 * schemas, the check's "Kies uit", the field list and the templates read it.
 */

export const VERSLAVINGSVORMEN = {
  alcohol: 'Alcohol',
  drugs: 'Drugs',
  medicijnen: 'Medicijnen',
  gokken: 'Gokken',
  gamen: 'Gamen',
  'seks-liefde': 'Seks of liefde',
  anders: 'Anders',
} as const;

export const METHODIEKEN = {
  '12-stappen-minnesota': '12-stappen / Minnesota-model',
  herstelgericht: 'Herstelgerichte methodieken',
  cgt: 'Cognitieve gedragstherapie (CGT)',
  cra: 'Community Reinforcement Approach (CRA)',
  act: 'Acceptance and Commitment Therapy (ACT)',
  anders: 'Anders',
} as const;

export const AANMELDROUTES = {
  'gemeentelijke-toegang': 'Via de gemeentelijke toegang (Wmo-loket)',
  kliniek: 'Via de kliniek, met een melding bij de gemeente',
  onbekend: 'Onbekend',
} as const;

/** The keys of a choice table as a non-empty tuple, for z.enum. */
export function sleutels<T extends Record<string, string>>(tabel: T): [keyof T & string, ...(keyof T & string)[]] {
  return Object.keys(tabel) as [keyof T & string, ...(keyof T & string)[]];
}

/** A choice from a table: the keys are the values, the labels travel along as `keuzes` meta. */
export const keuzeSchema = <T extends Record<string, string>>(tabel: T) => z.enum(sleutels(tabel)).meta({ keuzes: tabel });
