import { z } from 'astro/zod';
import { AANMELDROUTES, METHODIEKEN, VERSLAVINGSVORMEN, sleutels } from '../schemas/keuzelijsten.ts';

/**
 * The open-data export of providers and regions, versioned. Providers follow the shape of the
 * Open Referral Human Services Data Specification (HSDS 3.0): organization → service →
 * location, with phones; Dutch facts that HSDS has no field for sit under `nl` on the service.
 * The published JSON Schema (/data/*.schema.v1.json) is generated from these zod schemas.
 */
// 1.1.0: addresses only when complete (HSDS), service_at_locations, nl.plaats/provincie, portaal_url, corrections.
// 1.2.0: HSDS fields instead of nulls and nl.* duplicates; inferred members of a region.
// 1.3.0: see WIJZIGINGEN_1_3_0 (no null and no empty list anywhere; licence in the file).
export const OPENDATA_VERSIE = '1.3.0';

/** What changed in 1.3.0, published in the JSON Schema's description (after "Versie 1.3.0: ") so data users can see it. */
const WIJZIGINGEN_1_3_0 =
  'er staat nergens meer null of een lege lijst: wat onbekend is, ontbreekt (ook lege lijsten zoals addresses, eisen en correcties). ' +
  'Elk bestand noemt zijn licentie (licentie: CC0 1.0). Een feed in de vorm van de HSDS 3.0-API staat in /data/hsds/.';

const bron = z.object({
  document: z.string().describe('Titel van het brondocument'),
  uitgever: z.string(),
  datum: z.string().optional().describe('Datum van het document; ontbreekt als het ongedateerd is'),
  sectie: z.string(),
});

const telefoon = z.object({
  id: z.uuid(),
  number: z
    .string()
    .regex(/^\+31\d{8,10}$/)
    .describe('Internationaal, E.164'),
  description: z.string().describe('Zoals de site het toont'),
});

/** HSDS requires address_1, city, state_province and postal_code: an address is only given when all are known. */
const adres = z.object({
  id: z.uuid(),
  location_id: z.uuid(),
  address_1: z.string().describe('Straat en huisnummer'),
  city: z.string(),
  region: z.string().describe('Regio beschermd wonen'),
  state_province: z.string().describe('Provincie (CBS-schrijfwijze)'),
  postal_code: z.string().regex(/^\d{4} [A-Z]{2}$/),
  country: z.literal('NL'),
  address_type: z.literal('physical'),
});

const locatie = z.object({
  id: z.uuid(),
  location_type: z.literal('physical'),
  name: z.string(),
  addresses: z.array(adres).min(1).optional().describe('Ontbreekt als het adres onbekend is; de plaats staat dan in nl.plaats'),
  nl: z.object({
    plaats: z.string(),
    provincie: z.string().optional().describe('Uit de CBS-gemeentelijst; ontbreekt als de plaats geen gemeentenaam is'),
  }),
});

const dienstOpLocatie = z.object({
  id: z.uuid(),
  service_id: z.uuid(),
  location_id: z.uuid(),
});

const URL_UITLEG = 'Absoluut als de site met SITE_URL is gebouwd, anders relatief aan het adres van de site (begint met /)';

const correctie = z.object({ veld: z.string(), in_de_bron: z.string(), toelichting: z.string() });

/** HSDS service_area: one per region that contracts the safehouse. */
const werkgebied = z.object({
  id: z.uuid(),
  service_id: z.uuid(),
  name: z.string().describe('Naam van de regio beschermd wonen'),
  description: z.string().describe('De gemeenten van de regio, CBS-schrijfwijze'),
});

/** Dutch extensions: facts of the safehouse service that HSDS has no field for. */
const nlDienst = z.object({
  regio: z
    .array(z.object({ id: z.string(), naam: z.string() }))
    .min(1)
    .describe('Sleutel en naam van de regio(s) in het portaal'),
  gemeenten: z.array(z.string()).min(1).optional().describe('Gemeenten van de regio(s), CBS-schrijfwijze, als lijst (in service_areas als tekst)'),
  contract: z.string().optional().describe('Ontbreekt = onbekend'),
  verslavingsvormen: z
    .array(z.enum(sleutels(VERSLAVINGSVORMEN)))
    .min(1)
    .optional()
    .describe('Ontbreekt = onbekend'),
  methodiek: z
    .array(z.enum(sleutels(METHODIEKEN)))
    .min(1)
    .optional()
    .describe('Ontbreekt = onbekend'),
  bovenregionaal: z.boolean().optional().describe('Neemt mensen van buiten de regio op; ontbreekt = onbekend'),
  bronnen: z.array(bron).min(1),
  correcties: z.array(correctie).min(1).optional().describe('Waar het record bewust van de bron afwijkt, bijvoorbeeld een verbeterd webadres'),
  portaal_url: z.string().describe(`De pagina op het portaal. ${URL_UITLEG}`),
});

const dienst = z.object({
  id: z.uuid(),
  organization_id: z.uuid(),
  name: z.string(),
  description: z.string(),
  status: z.literal('active').describe('active: de nieuwste bron noemt de aanbieder als gecontracteerd'),
  url: z.string().optional().describe('Website van de aanbieder; ontbreekt als die onbekend is. Zie nl.correcties als die van de bron afwijkt'),
  email: z.string().optional().describe('Ontbreekt als het onbekend is'),
  assured_date: z.iso.date().describe('Laatst gecontroleerd: de datum waarop iemand het record met de bronnen vergeleek'),
  accreditations: z.string().optional().describe('Keurmerk of certificaat; ontbreekt als het onbekend is'),
  application_process: z.string().describe('Hoe de aanmelding gaat in de regio(s), uit het regiobestand'),
  service_areas: z.array(werkgebied).min(1),
  service_at_locations: z.array(dienstOpLocatie).min(1).optional(),
  nl: nlDienst,
});

const organisatieSchema = z.object({
  id: z.uuid(),
  slug: z.string().describe('Sleutel in het portaal; de pagina is /aanbieders/<slug>/'),
  name: z.string(),
  description: z.string(),
  website: z.string().optional().describe('Ontbreekt als die onbekend is (HSDS: tekst, geen null)'),
  email: z.string().optional().describe('Ontbreekt als het onbekend is'),
  phones: z.array(telefoon).min(1).optional().describe('Ontbreekt als het nummer onbekend is'),
  locations: z.array(locatie).min(1).optional().describe('Ontbreekt als de plaats onbekend is'),
  services: z.array(dienst).min(1),
});

const licentie = z.object({ naam: z.string(), url: z.string() }).describe('Licentie van de gegevens: CC0 1.0, publiek domein');

export const aanbiedersExportSchema = z.object({
  versie: z.literal(OPENDATA_VERSIE),
  licentie,
  standaard: z.literal('Open Referral HSDS 3.0 (organization → service → location), met Nederlandse uitbreidingen onder "nl"'),
  bijgewerkt: z.iso.date().describe('De jongste datum "laatst gecontroleerd" van de records'),
  organizations: z.array(organisatieSchema),
});

const regioExportSchema = z.object({
  id: z.string(),
  naam: z.string(),
  url: z.string().describe(URL_UITLEG),
  centrumgemeente: z.string().optional(),
  gemeenten: z.array(z.string()).min(1),
  lidwoord: z.enum(['de', 'het']).optional().describe('Lidwoord voor de naam in een zin ("in de Achterhoek")'),
  aanmelding: z.object({ via: z.enum(sleutels(AANMELDROUTES)), toelichting: z.string() }),
  maximale_duur_maanden: z.number().int().positive().optional(),
  evaluatie: z.string().optional(),
  eisen: z
    .array(z.object({ onderwerp: z.string(), eis: z.string() }))
    .min(1)
    .optional()
    .describe('Ontbreekt = onbekend'),
  resultaten: z.array(z.string()).min(1).optional().describe('Wat een cliënt aan het eind bereikt; ontbreekt = onbekend'),
  ondersteuning: z.array(z.string()).min(1).optional().describe('Waarbij de begeleiding kan helpen; ontbreekt = onbekend'),
  beleid: z.object({ status: z.string(), door: z.string().optional(), toelichting: z.string() }).optional(),
  website: z.string().optional(),
  correcties: z.array(correctie).min(1).optional(),
  afgeleide_gemeenten: z
    .array(z.string())
    .min(1)
    .optional()
    .describe('Leden waarvan de referentiedata zegt dat ze afgeleid zijn, niet in een bron gelezen; controleer die eerst'),
  aanbieders: z.array(z.string()).min(1).optional().describe('Slugs van de aanbieders in deze regio; ontbreekt als er geen zijn'),
  laatst_gecontroleerd: z.iso.date(),
  bronnen: z.array(bron).min(1),
});

export const regiosExportSchema = z.object({
  versie: z.literal(OPENDATA_VERSIE),
  licentie,
  bijgewerkt: z.iso.date(),
  regios: z.array(regioExportSchema),
});

export type AanbiedersExport = z.infer<typeof aanbiedersExportSchema>;
export type RegiosExport = z.infer<typeof regiosExportSchema>;

/** JSON Schema documents published next to the data. */
export function jsonSchemaVoor(schema: z.ZodType, id: string, titel: string): Record<string, unknown> {
  return { $id: id, title: titel, ...z.toJSONSchema(schema, { target: 'draft-2020-12' }), description: `Versie ${OPENDATA_VERSIE}: ${WIJZIGINGEN_1_3_0}` };
}
