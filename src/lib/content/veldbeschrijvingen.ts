import { aanbiederSchema } from '../schemas/aanbieder.ts';
import { regioSchema } from '../schemas/regio.ts';

/**
 * What each field of a provider or region file means, for regional editors: shown on
 * /regios/publiceren/ and in the templates. A unit test keeps this in step with the schemas.
 */
export interface Veldbeschrijving {
  betekenis: string;
  voorbeeld: string;
}

export const AANBIEDER_VELDEN: Record<keyof typeof aanbiederSchema.shape, Veldbeschrijving> = {
  naam: { betekenis: 'De naam van de aanbieder, zoals de bron die schrijft.', voorbeeld: 'Confidence Twende' },
  regio: { betekenis: "De regio('s) die de aanbieder contracteren: de bestandsnaam van de regio zonder .md.", voorbeeld: '[noord-en-midden-limburg]' },
  plaats: { betekenis: 'De plaats van het safehouse.', voorbeeld: 'Venlo' },
  telefoon: { betekenis: 'Telefoonnummer voor aanmeldingen of vragen. Spaties en streepjes mogen.', voorbeeld: '088 200 47 30' },
  website: { betekenis: 'De website, met https:// ervoor.', voorbeeld: 'https://www.voorbeeld.nl/safehouse' },
  email: { betekenis: 'E-mailadres voor aanmeldingen of vragen. Geen persoonlijke adressen van medewerkers.', voorbeeld: 'info@voorbeeld.nl' },
  adres: { betekenis: 'Bezoekadres, alleen als de aanbieder het zelf openbaar maakt.', voorbeeld: 'Voorbeeldstraat 1, 5911 AA Venlo' },
  verslavingsvormen: {
    betekenis: 'Welke verslavingen de aanbieder opneemt. Kies uit: alcohol, drugs, medicijnen, gokken, gamen, seks-liefde, anders.',
    voorbeeld: '[alcohol, drugs, gokken]',
  },
  methodiek: {
    betekenis: 'Waarmee de aanbieder werkt. Kies uit: 12-stappen-minnesota, herstelgericht, cgt, cra, act, anders.',
    voorbeeld: '[12-stappen-minnesota]',
  },
  bovenregionaal: { betekenis: 'Neemt de aanbieder ook mensen van buiten de eigen regio op? true (ja) of false (nee).', voorbeeld: 'true' },
  contract: { betekenis: 'Wie de aanbieder contracteert, in woorden.', voorbeeld: 'Gecontracteerd door de gemeenten in de regio.' },
  keurmerk: { betekenis: 'Een keurmerk of certificaat, zoals het VKS-keurmerk of HKZ.', voorbeeld: 'VKS-keurmerk' },
  correcties: { betekenis: 'Waar je bewust afwijkt van de bron, en waarom: veld, in_de_bron en toelichting.', voorbeeld: '- veld: website …' },
  laatst_gecontroleerd: { betekenis: 'De datum waarop je de gegevens hebt nagekeken. Ouder dan 12 maanden geeft een waarschuwing.', voorbeeld: '2026-11-22' },
  bronnen: { betekenis: 'Waar de gegevens vandaan komen: document en sectie. Minstens één.', voorbeeld: '- document: aanpak-noord-midden-limburg' },
};

export const REGIO_VELDEN: Record<keyof typeof regioSchema.shape, Veldbeschrijving> = {
  naam: { betekenis: 'De naam van de regio.', voorbeeld: 'Noord- en Midden-Limburg' },
  lidwoord: { betekenis: 'Het lidwoord voor de naam in een zin, als dat hoort: de of het ("in de Achterhoek").', voorbeeld: 'de' },
  centrumgemeente: { betekenis: 'De centrumgemeente beschermd wonen, zoals het CBS de naam schrijft.', voorbeeld: 'Venlo' },
  gemeenten: { betekenis: 'De gemeenten in de regio, zoals het CBS ze schrijft.', voorbeeld: '[Beesel, Bergen (L.), Venlo]' },
  aanmelding: {
    betekenis: 'Hoe de aanmelding loopt: via (gemeentelijke-toegang, kliniek of onbekend) en een toelichting in gewone taal.',
    voorbeeld: 'via: gemeentelijke-toegang',
  },
  maximale_duur_maanden: { betekenis: 'Hoe lang een traject hoogstens duurt, in maanden.', voorbeeld: '24' },
  evaluatie: { betekenis: 'Hoe vaak het begeleidingsplan wordt besproken.', voorbeeld: 'Elke drie maanden.' },
  eisen: { betekenis: 'Wat de regio van een safehouse vraagt: per eis een onderwerp en de eis zelf.', voorbeeld: '- onderwerp: Bereikbaarheid' },
  resultaten: {
    betekenis: 'Wat een cliënt aan het eind geleerd of bereikt heeft, zoals de regio dat beschrijft. Eén regel per resultaat.',
    voorbeeld: '- Kan abstinent blijven.',
  },
  ondersteuning: { betekenis: 'Waarbij de begeleiding kan helpen, zoals de regio dat noemt. Eén regel per onderwerp.', voorbeeld: '- Omgaan met geld.' },
  beleid: {
    betekenis:
      'De stand van het regionale beleid: status, door (welke organisatie of welk overleg, nooit de naam van een persoon) en toelichting (wat, wanneer).',
    voorbeeld: 'status: Voorstel, nog niet vastgesteld',
  },
  website: { betekenis: 'De website van de regio over beschermd wonen, met https://.', voorbeeld: 'https://www.voorbeeldregio.nl/beschermd-wonen' },
  correcties: {
    betekenis: 'Waar je bewust afwijkt van de bron, bijvoorbeeld een kapotte link, en waarom: veld, in_de_bron en toelichting.',
    voorbeeld: '- veld: website …',
  },
  laatst_gecontroleerd: { betekenis: 'De datum waarop je de gegevens hebt nagekeken.', voorbeeld: '2026-11-22' },
  bronnen: { betekenis: 'Waar de gegevens vandaan komen: document en sectie. Minstens één.', voorbeeld: '- document: productbeschrijving-achterhoek' },
};

/** Is this top-level field required in the schema? */
export function isVerplicht(schema: typeof aanbiederSchema | typeof regioSchema, veld: string): boolean {
  const veldSchema = (schema.shape as Record<string, { safeParse(v: unknown): { success: boolean } }>)[veld];
  return veldSchema ? !veldSchema.safeParse(undefined).success : false;
}
