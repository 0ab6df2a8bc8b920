/** Fixed choices in the melding form, with their Dutch labels (also used on the check page and in the PDF). */

export const INVULLERS = {
  client: 'De cliënt zelf',
  naaste: 'Een naaste (familie, partner, vriend)',
  verwijzer: 'Een verwijzer of hulpverlener',
} as const;

export const ROLLEN_VERWIJZER = {
  'regiebehandelaar-kliniek': 'Regiebehandelaar in een (verslavings)kliniek',
  huisarts: 'Huisarts of praktijkondersteuner',
  'wijkteam-toegang': 'Wijkteam of gemeentelijke toegang',
  safehouse: 'Medewerker van een safehouse',
  anders: 'Anders',
} as const;

export const ROLLEN = {
  ...ROLLEN_VERWIJZER,
  'client-zelf': 'De cliënt zelf',
  naaste: 'Naaste',
} as const;

export const SOORTEN_BEHANDELING = {
  detox: 'Detox',
  klinisch: 'Klinische opname',
  deeltijd: 'Deeltijdbehandeling',
  ambulant: 'Ambulante behandeling',
  geen: 'Nu geen behandeling',
} as const;

export const METHODIEKEN_BEHANDELING = {
  '12-stappen-minnesota': '12-stappen / Minnesota-model',
  cgt: 'Cognitieve gedragstherapie (CGT)',
  cra: 'Community Reinforcement Approach (CRA)',
  act: 'Acceptance and Commitment Therapy (ACT)',
  anders: 'Anders',
} as const;

/** The same choices as the provider listings use. */
export { VERSLAVINGSVORMEN as VERSLAVINGSVORMEN_MELDING } from '../schemas/keuzelijsten.ts';

export const JA_NEE = { ja: 'Ja', nee: 'Nee' } as const;

export const JA_NEE_ONBEKEND = { ja: 'Ja', nee: 'Nee', onbekend: 'Weet ik niet' } as const;

export const BEWIND = {
  beschermingsbewind: 'Beschermingsbewind',
  budgetbeheer: 'Budgetbeheer',
  geen: 'Geen van beide',
  onbekend: 'Weet ik niet',
} as const;

export const NETWERK = {
  steunend: 'Vooral steunend',
  belastend: 'Vooral belastend',
  beide: 'Allebei',
  onbekend: 'Weet ik niet',
} as const;

export const REGIOKEUZE = {
  binnen: 'Binnen de eigen regio',
  buiten: 'Buiten de eigen regio',
  'geen-voorkeur': 'Geen voorkeur',
} as const;

export const NAASTEN_BETREKKEN = {
  ja: 'Ja',
  nee: 'Nee',
  'later-bespreken': 'Later bespreken',
} as const;

export type Sleutel<T> = keyof T & string;
export const sleutelsVan = <T extends Record<string, string>>(t: T) => Object.keys(t) as [Sleutel<T>, ...Sleutel<T>[]];
