import type { HsdsOrganisatie, HsdsTaxonomieTerm, hsdsTaxonomieen } from './hsds.ts';
import { LICENTIE_DATAPACKAGE } from './licentie.ts';

/**
 * The HSDS feed as HSDS's Tabular Data Package (docs/hsds/serialization.md): one CSV per HSDS
 * table, named as the table's `path` in the HSDS schema (organizations.csv, service_at_location.csv,
 * …), with HSDS column names in the schema's order, linked by id columns; plus datapackage.json.
 * Only columns this portal fills are written. Extension columns start with `nl_` as in the feed;
 * nl_bronnen.csv holds the sources of each service (HSDS has no table for them).
 * UTF-8 without BOM, RFC 4180, CRLF. organisatiesUitTabellen() reads them back into the feed.
 */

type Rij = Record<string, string>;
interface Tabel {
  /** The HSDS table (schema `name`). */
  naam: string;
  /** The file (schema `path`). */
  bestand: string;
  kolommen: readonly string[];
  /** Column → Frictionless type where it is not "string". */
  typen?: Readonly<Record<string, 'date'>>;
  beschrijving: string;
}

export const HSDS_TABELLEN = [
  { naam: 'organization', bestand: 'organizations.csv', kolommen: ['id', 'name', 'description', 'email', 'website', 'uri'], beschrijving: 'De aanbieders.' },
  {
    naam: 'service',
    bestand: 'services.csv',
    kolommen: [
      'id',
      'organization_id',
      'name',
      'description',
      'url',
      'email',
      'status',
      'application_process',
      'accreditations',
      'eligibility_description',
      'assured_date',
    ],
    typen: { assured_date: 'date' },
    beschrijving: 'Het safehouse van elke aanbieder.',
  },
  {
    naam: 'phone',
    bestand: 'phones.csv',
    kolommen: ['id', 'organization_id', 'number', 'description'],
    beschrijving: 'Telefoonnummers (E.164) van de aanbieders.',
  },
  {
    naam: 'location',
    bestand: 'locations.csv',
    kolommen: ['id', 'location_type', 'organization_id', 'name', 'nl_plaats', 'nl_provincie'],
    beschrijving: 'Waar het safehouse is; nl_plaats en nl_provincie zijn uitbreidingen (HSDS kent een plaats alleen in een volledig adres).',
  },
  {
    naam: 'address',
    bestand: 'addresses.csv',
    kolommen: ['id', 'location_id', 'address_1', 'city', 'state_province', 'postal_code', 'country', 'address_type'],
    beschrijving: 'Volledige adressen; alleen als straat, postcode en plaats bekend zijn.',
  },
  {
    naam: 'service_at_location',
    bestand: 'service_at_location.csv',
    kolommen: ['id', 'service_id', 'location_id'],
    beschrijving: 'Welk safehouse op welke locatie is.',
  },
  { naam: 'funding', bestand: 'funding.csv', kolommen: ['id', 'service_id', 'source'], beschrijving: 'Wie het safehouse contracteert, in woorden.' },
  {
    naam: 'service_area',
    bestand: 'service_areas.csv',
    kolommen: ['id', 'service_id', 'name', 'description'],
    beschrijving: 'De gemeenten van de regio(s) die het safehouse contracteren.',
  },
  {
    naam: 'attribute',
    bestand: 'attributes.csv',
    kolommen: ['id', 'link_id', 'taxonomy_term_id', 'link_entity'],
    beschrijving: 'Koppelt een dienst of werkgebied aan een term: verslavingsvorm, methodiek, regio of CBS-gemeentecode.',
  },
  {
    naam: 'taxonomy_term',
    bestand: 'taxonomy_terms.csv',
    kolommen: ['id', 'code', 'name', 'description', 'taxonomy', 'language', 'taxonomy_id'],
    beschrijving: 'De termen van de vier taxonomieën.',
  },
  { naam: 'taxonomy', bestand: 'taxonomies.csv', kolommen: ['id', 'name', 'description'], beschrijving: 'De vier taxonomieën.' },
  {
    naam: 'metadata',
    bestand: 'metadata.csv',
    kolommen: [
      'id',
      'resource_id',
      'resource_type',
      'last_action_date',
      'last_action_type',
      'field_name',
      'previous_value',
      'replacement_value',
      'updated_by',
      'nl_toelichting',
    ],
    typen: { last_action_date: 'date' },
    beschrijving: 'Waar een record bewust van zijn bron afwijkt; nl_toelichting (uitbreiding) zegt waarom.',
  },
  {
    naam: 'nl_bron',
    bestand: 'nl_bronnen.csv',
    kolommen: ['service_id', 'document', 'uitgever', 'datum', 'sectie'],
    beschrijving: 'Uitbreiding: de brondocumenten van elke dienst (HSDS kent er geen tabel voor).',
  },
] as const satisfies readonly Tabel[];

export type TabelNaam = (typeof HSDS_TABELLEN)[number]['bestand'];
export type Tabellen = Record<TabelNaam, Rij[]>;

/** A row with only the known values (no empty strings for absent fields). */
const rij = (waarden: object): Rij => Object.fromEntries(Object.entries(waarden).filter(([, w]) => typeof w === 'string' && w !== '')) as Rij;

export function hsdsTabellen(organisaties: readonly HsdsOrganisatie[], tax: ReturnType<typeof hsdsTaxonomieen>): Tabellen {
  const t: Tabellen = Object.fromEntries(HSDS_TABELLEN.map((x) => [x.bestand, [] as Rij[]])) as unknown as Tabellen;
  for (const o of organisaties) {
    t['organizations.csv'].push(rij(o));
    for (const p of o.phones ?? []) t['phones.csv'].push(rij(p));
    for (const l of o.locations ?? []) {
      t['locations.csv'].push(rij(l));
      for (const a of l.addresses ?? []) t['addresses.csv'].push(rij(a));
    }
    for (const m of o.metadata ?? []) t['metadata.csv'].push(rij(m));
    for (const s of o.services) {
      t['services.csv'].push(rij(s));
      for (const f of s.funding ?? []) t['funding.csv'].push(rij(f));
      for (const sal of s.service_at_locations ?? []) t['service_at_location.csv'].push(rij(sal));
      for (const at of s.attributes ?? []) t['attributes.csv'].push(rij(at));
      for (const area of s.service_areas ?? []) {
        t['service_areas.csv'].push(rij(area));
        for (const at of area.attributes ?? []) t['attributes.csv'].push(rij(at));
      }
      for (const b of s.nl_bronnen) t['nl_bronnen.csv'].push(rij({ service_id: s.id, ...b }));
    }
  }
  t['taxonomy_terms.csv'] = tax.taxonomy_terms.map(rij);
  t['taxonomies.csv'] = tax.taxonomies.map(rij);
  return t;
}

const csvVeld = (w: string) => (/[",\r\n]/.test(w) || w !== w.trim() ? `"${w.replace(/"/g, '""')}"` : w);

/** One table as CSV: header row of HSDS column names, CRLF, UTF-8 without BOM. */
export function tabelCsv(bestand: TabelNaam, rijen: readonly Rij[]): string {
  const kolommen = HSDS_TABELLEN.find((x) => x.bestand === bestand)!.kolommen;
  return `${[kolommen.join(','), ...rijen.map((r) => kolommen.map((k) => csvVeld(r[k] ?? '')).join(','))].join('\r\n')}\r\n`;
}

/** Frictionless Tabular Data Package descriptor for the CSV files. */
export function datapackage(bijgewerkt: string) {
  return {
    profile: 'tabular-data-package',
    name: 'safehouse-aanbieders-hsds',
    title: 'Safehouse-aanbieders in Nederland (Open Referral HSDS 3.0, tabelvorm)',
    description: 'De aanbieders van safehouses (beschermd wonen, Wmo 2015) volgens Open Referral HSDS 3.0, als één CSV per HSDS-tabel.',
    version: bijgewerkt,
    licenses: [LICENTIE_DATAPACKAGE],
    resources: HSDS_TABELLEN.map((x: Tabel) => ({
      name: x.naam,
      path: x.bestand,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      description: x.beschrijving,
      schema: {
        fields: x.kolommen.map((k) => ({ name: k, type: x.typen?.[k] ?? 'string' })),
        ...(x.kolommen[0] === 'id' ? { primaryKey: 'id' } : {}),
      },
    })),
  };
}

/** Rows of the child table whose `sleutel` column is `id`, in file order. */
function groep(rijen: readonly Rij[], sleutel: string): Map<string, Rij[]> {
  const m = new Map<string, Rij[]>();
  for (const r of rijen) {
    const k = r[sleutel];
    if (k === undefined) continue;
    const lijst = m.get(k);
    if (lijst) lijst.push(r);
    else m.set(k, [r]);
  }
  return m;
}
const alsLijst = <K extends string, T>(k: K, w: readonly T[] | undefined) => (w && w.length > 0 ? { [k]: [...w] } : {}) as Partial<Record<K, T[]>>;

/** Reads the tables back into nested HSDS organizations: the tables hold everything the feed does. */
export function organisatiesUitTabellen(t: Tabellen): Record<string, unknown>[] {
  const termen = new Map(t['taxonomy_terms.csv'].map((r) => [r.id!, r as unknown as HsdsTaxonomieTerm]));
  const attributen = groep(t['attributes.csv'], 'link_id');
  const metAttributen = (r: Rij) => ({
    ...r,
    ...alsLijst(
      'attributes',
      attributen.get(r.id!)?.map((a) => ({ ...a, taxonomy_term: termen.get(a.taxonomy_term_id!) })),
    ),
  });
  const telefoons = groep(t['phones.csv'], 'organization_id');
  const locaties = groep(t['locations.csv'], 'organization_id');
  const adressen = groep(t['addresses.csv'], 'location_id');
  const metadata = groep(t['metadata.csv'], 'resource_id');
  const diensten = groep(t['services.csv'], 'organization_id');
  const financiering = groep(t['funding.csv'], 'service_id');
  const opLocatie = groep(t['service_at_location.csv'], 'service_id');
  const gebieden = groep(t['service_areas.csv'], 'service_id');
  const bronnen = groep(t['nl_bronnen.csv'], 'service_id');
  return t['organizations.csv'].map((o) => ({
    ...o,
    ...alsLijst('phones', telefoons.get(o.id!)),
    ...alsLijst(
      'locations',
      locaties.get(o.id!)?.map((l) => ({ ...l, ...alsLijst('addresses', adressen.get(l.id!)) })),
    ),
    ...alsLijst('metadata', metadata.get(o.id!)),
    services: (diensten.get(o.id!) ?? []).map((s) => ({
      ...metAttributen(s),
      ...alsLijst('funding', financiering.get(s.id!)),
      ...alsLijst('service_areas', gebieden.get(s.id!)?.map(metAttributen)),
      ...alsLijst('service_at_locations', opLocatie.get(s.id!)),
      nl_bronnen: (bronnen.get(s.id!) ?? []).map(({ service_id: _, ...b }) => b),
    })),
  }));
}
