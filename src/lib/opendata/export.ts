import { aanbiedersPerRegio } from '../aanbieders/per-regio.ts';
import { BRONDOCUMENTEN } from '../bronnen/documenten.ts';
import { correctieZin } from '../content/correcties.ts';
import type { Bron, Correctie } from '../schemas/algemeen.ts';
import { ADRES_PATROON, type Aanbieder } from '../schemas/aanbieder.ts';
import type { Regio } from '../schemas/regio.ts';
import { LICENTIE } from './licentie.ts';
import { OPENDATA_VERSIE, type AanbiedersExport, type RegiosExport } from './schema.ts';
import { stabieleUuid } from './uuid.ts';

/** Turns validated content records into the open-data export (pure; the pages serialise it). */

export interface Record_<T> {
  id: string;
  data: T;
}

export const bronVoorExport = (bron: Bron) => {
  const doc = BRONDOCUMENTEN[bron.document]!;
  return { document: doc.titel, uitgever: doc.uitgever, ...(doc.datum ? { datum: doc.datum } : {}), sectie: bron.sectie };
};

/** A list only when it has something in it: the files never hold an empty list (an unknown is left out). */
const lijstAls = <K extends string, T>(sleutel: K, waarden: readonly T[] | undefined) =>
  (waarden && waarden.length > 0 ? { [sleutel]: [...waarden] } : {}) as Partial<Record<K, T[]>>;
/** A value only when it is known: never null. */
const waardeAls = <K extends string, T>(sleutel: K, waarde: T | null | undefined) =>
  (waarde === undefined || waarde === null ? {} : { [sleutel]: waarde }) as Partial<Record<K, T>>;

const jongste = (datums: string[]) => datums.reduce((a, b) => (a > b ? a : b), '1970-01-01');

/** What the export needs besides the records: the public address and where places lie. */
export interface ExportOpties {
  /** SITE_URL, e.g. "https://safehouses.nl"; without it portal links stay relative ("/aanbieders/x/"). */
  basisUrl?: string | undefined;
  /** Province of a gemeente by CBS name (from src/data/gemeenten.csv); null when not a gemeente. */
  provincieVan?: (plaats: string) => string | null;
  /** Is this gemeente's region 'afgeleid' (inferred) in the reference data? */
  isAfgeleid?: (gemeente: string) => boolean;
}

/** HSDS types these as strings: an unknown value is left out, never written as null. */
const alsBekend = <K extends string>(sleutel: K, waarde: string | undefined) =>
  (waarde === undefined ? {} : { [sleutel]: waarde }) as Partial<Record<K, string>>;

/** How aanmelding works, per region, from the region files (HSDS service.application_process). */
function aanmeldprocesVan(regioIds: readonly string[], regioOp: ReadonlyMap<string, Regio>): string {
  const regels = regioIds.map((id) => {
    const r = regioOp.get(id);
    return r ? `${r.naam}: ${r.aanmelding.toelichting}` : `${id}: onbekend.`;
  });
  return regels.join('\n\n');
}

export const portaalUrl = (pad: string, basisUrl?: string) => (basisUrl ? new URL(pad, basisUrl).href : pad);

/** Safehouse description; "abstinent" and not "zonder alcohol en drugs": the sources include gambling, gaming and sex. */
export const beschrijvingVan = (plaats: string | undefined) =>
  `Safehouse${plaats ? ` in ${plaats}` : ''}: abstinent beschermd wonen met begeleiding, na behandeling in een verslavingskliniek.`;

/** "Voorbeeldstraat 1, 5911 AA Venlo" → its parts; anything else is not split (and not exported as an address). */
export function adresDelen(adres: string): { address_1: string; postal_code: string; city: string } | null {
  const m = ADRES_PATROON.exec(adres.trim());
  return m ? { address_1: m[1]!, postal_code: `${m[2]} ${m[3]}`, city: m[4]! } : null;
}

export function aanbiedersExport(aanbieders: Record_<Aanbieder>[], regios: Record_<Regio>[], opties: ExportOpties = {}): AanbiedersExport {
  const regioOp = new Map(regios.map((r) => [r.id, r.data]));
  const provincieVan = opties.provincieVan ?? (() => null);
  const organizations = [...aanbieders]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map(({ id, data: a }) => {
      const orgId = stabieleUuid(`aanbieder/${id}`);
      const dienstId = stabieleUuid(`dienst/${id}`);
      const locatieId = stabieleUuid(`locatie/${id}`);
      const regioLijst = a.regio.map((r) => ({ id: r, naam: regioOp.get(r)?.naam ?? r }));
      const beschrijving = beschrijvingVan(a.plaats);
      const provincie = a.plaats ? provincieVan(a.plaats) : null;
      const delen = a.adres ? adresDelen(a.adres) : null;
      const provincieAdres = delen ? (provincieVan(delen.city) ?? provincie) : null;
      return {
        id: orgId,
        slug: id,
        name: a.naam,
        description: beschrijving,
        ...alsBekend('website', a.website),
        ...alsBekend('email', a.email),
        ...lijstAls('phones', a.telefoon ? [{ id: stabieleUuid(`telefoon/${id}`), number: a.telefoon.e164, description: a.telefoon.weergave }] : []),
        ...lijstAls(
          'locations',
          a.plaats
            ? [
                {
                  id: locatieId,
                  location_type: 'physical' as const,
                  name: `${a.naam}, ${a.plaats}`,
                  // HSDS requires street, postcode and province on an address: unknown means no address, not nulls.
                  ...lijstAls(
                    'addresses',
                    delen && provincieAdres
                      ? [
                          {
                            id: stabieleUuid(`adres/${id}`),
                            location_id: locatieId,
                            ...delen,
                            region: regioLijst.map((r) => r.naam).join(', '),
                            state_province: provincieAdres,
                            country: 'NL' as const,
                            address_type: 'physical' as const,
                          },
                        ]
                      : [],
                  ),
                  nl: { plaats: a.plaats, ...waardeAls('provincie', provincie) },
                },
              ]
            : [],
        ),
        services: [
          {
            id: dienstId,
            organization_id: orgId,
            name: `Safehouse ${a.naam}`,
            description: beschrijving,
            status: 'active' as const,
            ...alsBekend('url', a.website),
            ...alsBekend('email', a.email),
            assured_date: a.laatst_gecontroleerd,
            ...alsBekend('accreditations', a.keurmerk),
            application_process: aanmeldprocesVan(a.regio, regioOp),
            service_areas: regioLijst.map((r) => ({
              id: stabieleUuid(`werkgebied/${id}/${r.id}`),
              service_id: dienstId,
              name: r.naam,
              description: `Gemeenten: ${(regioOp.get(r.id)?.gemeenten ?? []).join(', ') || 'onbekend'}.`,
            })),
            ...lijstAls(
              'service_at_locations',
              a.plaats ? [{ id: stabieleUuid(`dienst-op-locatie/${id}`), service_id: dienstId, location_id: locatieId }] : [],
            ),
            nl: {
              regio: regioLijst,
              ...lijstAls(
                'gemeenten',
                [...new Set(a.regio.flatMap((r) => regioOp.get(r)?.gemeenten ?? []))].sort((x, y) => x.localeCompare(y, 'nl')),
              ),
              ...waardeAls('contract', a.contract),
              ...lijstAls('verslavingsvormen', a.verslavingsvormen),
              ...lijstAls('methodiek', a.methodiek),
              ...waardeAls('bovenregionaal', a.bovenregionaal),
              bronnen: a.bronnen.map(bronVoorExport),
              ...lijstAls('correcties', a.correcties),
              portaal_url: portaalUrl(`/aanbieders/${id}/`, opties.basisUrl),
            },
          },
        ],
      };
    });
  return {
    versie: OPENDATA_VERSIE,
    licentie: LICENTIE,
    standaard: 'Open Referral HSDS 3.0 (organization → service → location), met Nederlandse uitbreidingen onder "nl"',
    bijgewerkt: jongste(aanbieders.map((a) => a.data.laatst_gecontroleerd)),
    organizations,
  };
}

export function regiosExport(
  regios: Record_<Regio>[],
  aanbieders: Record_<Aanbieder>[],
  opties: Pick<ExportOpties, 'basisUrl' | 'isAfgeleid'> = {},
): RegiosExport {
  const isAfgeleid = opties.isAfgeleid ?? (() => false);
  const perRegio = aanbiedersPerRegio(aanbieders);
  return {
    versie: OPENDATA_VERSIE,
    licentie: LICENTIE,
    bijgewerkt: jongste(regios.map((r) => r.data.laatst_gecontroleerd)),
    regios: [...regios]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map(({ id, data: r }) => ({
        id,
        naam: r.naam,
        ...waardeAls('lidwoord', r.lidwoord),
        url: portaalUrl(`/regios/${id}/`, opties.basisUrl),
        ...waardeAls('centrumgemeente', r.centrumgemeente),
        gemeenten: r.gemeenten,
        aanmelding: r.aanmelding,
        ...waardeAls('maximale_duur_maanden', r.maximale_duur_maanden),
        ...waardeAls('evaluatie', r.evaluatie),
        ...lijstAls('eisen', r.eisen),
        ...lijstAls('resultaten', r.resultaten),
        ...lijstAls('ondersteuning', r.ondersteuning),
        ...waardeAls('beleid', r.beleid ? { status: r.beleid.status, ...waardeAls('door', r.beleid.door), toelichting: r.beleid.toelichting } : undefined),
        ...waardeAls('website', r.website),
        ...lijstAls('correcties', r.correcties),
        ...lijstAls('afgeleide_gemeenten', r.gemeenten.filter(isAfgeleid)),
        ...lijstAls('aanbieders', (perRegio.get(id) ?? []).map((a) => a.id).sort()),
        laatst_gecontroleerd: r.laatst_gecontroleerd,
        bronnen: r.bronnen.map(bronVoorExport),
      })),
  };
}

/** CSV columns of /data/aanbieders.csv: one row per provider, lists joined with "; ". */
export const CSV_KOLOMMEN = [
  'id',
  'slug',
  'naam',
  'plaats',
  'telefoon',
  'website',
  'email',
  'adres',
  'regio',
  'verslavingsvormen',
  'methodiek',
  'bovenregionaal',
  'contract',
  'keurmerk',
  'laatst_gecontroleerd',
  'url',
  'correcties',
  'licentie',
] as const;

/** One correction as a sentence, so the CSV never carries a corrected value without saying so. */
const correctieTekst = (c: Correctie) => `${c.veld}: ${correctieZin(c, ['"', '"'])}`;

const csvVeld = (waarde: string) => (/[",\n\r;]/.test(waarde) || waarde !== waarde.trim() ? `"${waarde.replace(/"/g, '""')}"` : waarde);

/** RFC 4180, CRLF line ends, UTF-8 with BOM so spreadsheet programs read the accents. */
export function aanbiedersCsv(exp: AanbiedersExport): string {
  const rijen = exp.organizations.map((o) => {
    const d = o.services[0]!;
    const waarden: Record<(typeof CSV_KOLOMMEN)[number], string> = {
      id: o.id,
      slug: o.slug,
      naam: o.name,
      plaats: o.locations?.[0]?.nl.plaats ?? '',
      telefoon: o.phones?.[0]?.number ?? '',
      website: o.website ?? '',
      email: o.email ?? '',
      adres: o.locations?.[0]?.addresses?.[0]?.address_1 ?? '',
      regio: d.nl.regio.map((r) => r.id).join('; '),
      verslavingsvormen: d.nl.verslavingsvormen?.join('; ') ?? '',
      methodiek: d.nl.methodiek?.join('; ') ?? '',
      bovenregionaal: d.nl.bovenregionaal === undefined ? '' : d.nl.bovenregionaal ? 'ja' : 'nee',
      contract: d.nl.contract ?? '',
      keurmerk: d.accreditations ?? '',
      laatst_gecontroleerd: d.assured_date,
      url: d.nl.portaal_url,
      correcties: (d.nl.correcties ?? []).map(correctieTekst).join('; '),
      licentie: `${exp.licentie.naam}, ${exp.licentie.url}`,
    };
    return CSV_KOLOMMEN.map((k) => csvVeld(waarden[k])).join(',');
  });
  return `\uFEFF${[CSV_KOLOMMEN.join(','), ...rijen].join('\r\n')}\r\n`;
}
