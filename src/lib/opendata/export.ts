import { BRONDOCUMENTEN } from '../bronnen/documenten.ts';
import type { Bron } from '../schemas/algemeen.ts';
import type { Aanbieder } from '../schemas/aanbieder.ts';
import type { Regio } from '../schemas/regio.ts';
import { OPENDATA_VERSIE, type AanbiedersExport, type RegiosExport } from './schema.ts';
import { stabieleUuid } from './uuid.ts';

/** Turns validated content records into the open-data export (pure; the pages serialise it). */

export interface Record_<T> {
  id: string;
  data: T;
}

const bronVoorExport = (bron: Bron) => {
  const doc = BRONDOCUMENTEN[bron.document];
  return { document: doc.titel, uitgever: doc.uitgever, datum: doc.datum, sectie: bron.sectie };
};

const jongste = (datums: string[]) => datums.reduce((a, b) => (a > b ? a : b), '1970-01-01');

export function aanbiedersExport(aanbieders: Record_<Aanbieder>[], regios: Record_<Regio>[]): AanbiedersExport {
  const regioOp = new Map(regios.map((r) => [r.id, r.data]));
  const organizations = [...aanbieders]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map(({ id, data: a }) => {
      const orgId = stabieleUuid(`aanbieder/${id}`);
      const regioLijst = a.regio.map((r) => ({ id: r, naam: regioOp.get(r)?.naam ?? r }));
      const beschrijving = `Safehouse${a.plaats ? ` in ${a.plaats}` : ''}: beschermd wonen zonder alcohol en drugs na een verslavingskliniek.`;
      return {
        id: orgId,
        slug: id,
        name: a.naam,
        description: beschrijving,
        website: a.website ?? null,
        email: a.email ?? null,
        phones: a.telefoon ? [{ id: stabieleUuid(`telefoon/${id}`), number: a.telefoon.e164, description: a.telefoon.weergave }] : [],
        locations: a.plaats
          ? [
              {
                id: stabieleUuid(`locatie/${id}`),
                location_type: 'physical' as const,
                name: `${a.naam}, ${a.plaats}`,
                addresses: [
                  {
                    id: stabieleUuid(`adres/${id}`),
                    address_1: a.adres ?? null,
                    city: a.plaats,
                    region: regioLijst.map((r) => r.naam).join(', '),
                    state_province: null,
                    postal_code: null,
                    country: 'NL' as const,
                    address_type: 'physical' as const,
                  },
                ],
              },
            ]
          : [],
        services: [
          {
            id: stabieleUuid(`dienst/${id}`),
            organization_id: orgId,
            name: `Safehouse ${a.naam}`,
            description: beschrijving,
            status: 'active' as const,
            url: a.website ?? null,
            email: a.email ?? null,
            nl: {
              regio: regioLijst,
              gemeenten: [...new Set(a.regio.flatMap((r) => regioOp.get(r)?.gemeenten ?? []))].sort((x, y) => x.localeCompare(y, 'nl')),
              contract: a.contract ?? null,
              keurmerk: a.keurmerk ?? null,
              verslavingsvormen: a.verslavingsvormen ?? null,
              methodiek: a.methodiek ?? null,
              bovenregionaal: a.bovenregionaal ?? null,
              laatst_gecontroleerd: a.laatst_gecontroleerd,
              bronnen: a.bronnen.map(bronVoorExport),
              correcties: a.correcties ?? [],
            },
          },
        ],
      };
    });
  return {
    versie: OPENDATA_VERSIE,
    standaard: 'Open Referral HSDS 3.0 (organization → service → location), met Nederlandse uitbreidingen onder "nl"',
    bijgewerkt: jongste(aanbieders.map((a) => a.data.laatst_gecontroleerd)),
    organizations,
  };
}

export function regiosExport(regios: Record_<Regio>[], aanbieders: Record_<Aanbieder>[]): RegiosExport {
  return {
    versie: OPENDATA_VERSIE,
    bijgewerkt: jongste(regios.map((r) => r.data.laatst_gecontroleerd)),
    regios: [...regios]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map(({ id, data: r }) => ({
        id,
        naam: r.naam,
        url: `/regios/${id}/`,
        centrumgemeente: r.centrumgemeente ?? null,
        gemeenten: r.gemeenten,
        aanmelding: r.aanmelding,
        maximale_duur_maanden: r.maximale_duur_maanden ?? null,
        evaluatie: r.evaluatie ?? null,
        eisen: r.eisen ?? [],
        beleid: r.beleid ?? null,
        website: r.website ?? null,
        aanbieders: aanbieders.filter((a) => a.data.regio.includes(id)).map((a) => a.id).sort(),
        laatst_gecontroleerd: r.laatst_gecontroleerd,
        bronnen: r.bronnen.map(bronVoorExport),
      })),
  };
}

/** CSV columns of /data/aanbieders.csv: one row per provider, lists joined with "; ". */
export const CSV_KOLOMMEN = [
  'id', 'slug', 'naam', 'plaats', 'telefoon', 'website', 'email', 'adres', 'regio', 'verslavingsvormen',
  'methodiek', 'bovenregionaal', 'contract', 'keurmerk', 'laatst_gecontroleerd', 'url',
] as const;

const csvVeld = (waarde: string) => (/[",\n\r;]/.test(waarde) || waarde !== waarde.trim() ? `"${waarde.replace(/"/g, '""')}"` : waarde);

/** RFC 4180, CRLF line ends, UTF-8 with BOM so spreadsheet programs read the accents. */
export function aanbiedersCsv(exp: AanbiedersExport): string {
  const rijen = exp.organizations.map((o) => {
    const d = o.services[0]!;
    const waarden: Record<(typeof CSV_KOLOMMEN)[number], string> = {
      id: o.id,
      slug: o.slug,
      naam: o.name,
      plaats: o.locations[0]?.addresses[0]?.city ?? '',
      telefoon: o.phones[0]?.number ?? '',
      website: o.website ?? '',
      email: o.email ?? '',
      adres: o.locations[0]?.addresses[0]?.address_1 ?? '',
      regio: d.nl.regio.map((r) => r.id).join('; '),
      verslavingsvormen: d.nl.verslavingsvormen?.join('; ') ?? '',
      methodiek: d.nl.methodiek?.join('; ') ?? '',
      bovenregionaal: d.nl.bovenregionaal === null ? '' : d.nl.bovenregionaal ? 'ja' : 'nee',
      contract: d.nl.contract ?? '',
      keurmerk: d.nl.keurmerk ?? '',
      laatst_gecontroleerd: d.nl.laatst_gecontroleerd,
      url: `/aanbieders/${o.slug}/`,
    };
    return CSV_KOLOMMEN.map((k) => csvVeld(waarden[k])).join(',');
  });
  return `\uFEFF${[CSV_KOLOMMEN.join(','), ...rijen].join('\r\n')}\r\n`;
}
