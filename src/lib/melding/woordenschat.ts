import type { INVULLERS, ROLLEN } from './keuzes.ts';

/**
 * The melding's shared vocabulary: who fills in, the steps, and the format of melding.json.
 * A leaf module (it imports only the choice lists), so the schema, the questions, the messages
 * and the PDF can all build on it without importing each other; tests/unit/lagen.test.ts fails
 * on any import cycle.
 */
export type Invuller = keyof typeof INVULLERS;

/** The steps of the form, in order; also the sections of melding.json, the check page and the PDF. */
export const STAP_IDS = ['client', 'aanmelder', 'behandeling', 'verslaving', 'leefgebieden', 'plaatsing', 'toestemming'] as const;
export type StapId = (typeof STAP_IDS)[number];

/**
 * The aanmelder's role when the form does not ask it: a cliënt reports themself, a naaste is a
 * naaste. Only a verwijzer chooses a role (vragen.ts, `aanmelder.rol`).
 */
export const IMPLICIETE_ROL = { client: 'client-zelf', naaste: 'naaste' } as const satisfies Record<Exclude<Invuller, 'verwijzer'>, keyof typeof ROLLEN>;

/** Version of the melding's data; written into melding.json, checked when a PDF is opened. */
export const MELDING_SCHEMA_VERSIE = 1;
/** The schema id: the path of the published JSON Schema (src/pages/melding/melding.schema.v1.json.ts). */
export const MELDING_JSON_SCHEMA = '/melding/melding.schema.v1.json';
/** The name of the answers attached to every melding PDF. */
export const MELDING_JSON_NAAM = 'melding.json';
