import { METHODIEKEN, VERSLAVINGSVORMEN } from '../schemas/keuzelijsten.ts';
import type { Aanbieder } from '../schemas/aanbieder.ts';
import type { Regio } from '../schemas/regio.ts';
import { adresDelen, beschrijvingVan, bronVoorExport, portaalUrl, type ExportOpties, type Record_ } from './export.ts';
import { LICENTIE } from './licentie.ts';
import { stabieleUuid } from './uuid.ts';

/**
 * The provider data as an Open Referral HSDS 3.0 feed: the organization list of the HSDS API
 * (a `Page` with `contents`, docs/hsds/api_reference, schema/openapi.json#/components/schemas/Page),
 * each organization fully nested (schema/compiled/organization.json). HSDS's own fields wherever
 * one exists: funding (contract), accreditations (keurmerk), eligibility_description
 * (bovenregionaal), metadata (corrections), service_areas per gemeente and attributes with
 * published taxonomies for verslavingsvorm, methodiek, regio and CBS gemeentecode. HSDS 3 has no
 * naming rule for additional properties (docs/hsds/extending.md: allowed where HSDS has no
 * suitable field, and to be documented); ours start with `nl_` and are listed in README.md.
 * Nothing is null and no array is empty: an unknown is left out.
 */

export const HSDS_VERSIE = '3.0';
/** Organizations per page file: a page stays a few hundred KB at any number of providers. */
export const HSDS_PAGINAGROOTTE = 100;

export interface HsdsOpties extends ExportOpties {
  /** CBS code ("GM0983") of a gemeente by CBS name; undefined when not a gemeente. */
  cbsCodeVan?: (gemeente: string) => string | undefined;
}

type Taxonomiesleutel = 'verslavingsvorm' | 'methodiek' | 'regio' | 'gemeente';

/** The four published taxonomies (schema/taxonomy.json: id, name, description required). */
const TAXONOMIEEN: Record<Taxonomiesleutel, { name: string; description: string }> = {
  verslavingsvorm: { name: 'Verslavingsvormen (Safehouse-portaal)', description: 'Vormen van verslaving waarvoor een safehouse mensen opneemt.' },
  methodiek: { name: 'Methodieken (Safehouse-portaal)', description: 'Methodieken waarmee een safehouse werkt.' },
  regio: { name: "Regio's beschermd wonen (Safehouse-portaal)", description: "Regio's beschermd wonen; de code is de sleutel in /data/regios.json." },
  gemeente: { name: 'CBS-gemeentecodes', description: 'Nederlandse gemeenten met hun code van het CBS (GM gevolgd door vier cijfers).' },
};

const taxonomieId = (sleutel: Taxonomiesleutel) => stabieleUuid(`hsds/taxonomie/${sleutel}`);

export interface HsdsTaxonomieTerm {
  id: string;
  code: string;
  name: string;
  description: string;
  taxonomy: string;
  taxonomy_id: string;
  language: 'nl';
}

function term(sleutel: Taxonomiesleutel, code: string, name: string, description: string): HsdsTaxonomieTerm {
  return {
    id: stabieleUuid(`hsds/term/${sleutel}/${code}`),
    code,
    name,
    description,
    taxonomy: TAXONOMIEEN[sleutel].name,
    taxonomy_id: taxonomieId(sleutel),
    language: 'nl',
  };
}

const vormTerm = (code: keyof typeof VERSLAVINGSVORMEN) =>
  term('verslavingsvorm', code, VERSLAVINGSVORMEN[code], `Neemt mensen op met deze verslavingsvorm: ${VERSLAVINGSVORMEN[code].toLowerCase()}.`);
const methodiekTerm = (code: keyof typeof METHODIEKEN) => term('methodiek', code, METHODIEKEN[code], `Werkt met deze methodiek: ${METHODIEKEN[code]}.`);
const regioTerm = (id: string, naam: string) => term('regio', id, naam, `Regio beschermd wonen ${naam}.`);
const gemeenteTerm = (code: string, naam: string) => term('gemeente', code, naam, `Gemeente ${naam} (CBS-code ${code}).`);

/** An HSDS attribute: a link from a service or service area to a taxonomy term (schema/attribute.json). */
function attribuut(linkEntity: 'service' | 'service_area', linkId: string, t: HsdsTaxonomieTerm) {
  return { id: stabieleUuid(`hsds/attribuut/${linkId}/${t.id}`), link_id: linkId, link_entity: linkEntity, taxonomy_term_id: t.id, taxonomy_term: t };
}

/** Only non-empty arrays: HSDS-wise an unknown list is left out, never []. */
const lijst = <K extends string, T>(sleutel: K, waarden: readonly T[]) => (waarden.length > 0 ? { [sleutel]: waarden } : {}) as Partial<Record<K, T[]>>;
const tekst = <K extends string>(sleutel: K, waarde: string | undefined | null) => (waarde ? { [sleutel]: waarde } : {}) as Partial<Record<K, string>>;

function hsdsOrganisatie({ id: slug, data: a }: Record_<Aanbieder>, regioOp: ReadonlyMap<string, Regio>, opties: HsdsOpties = {}) {
  const orgId = stabieleUuid(`aanbieder/${slug}`);
  const dienstId = stabieleUuid(`dienst/${slug}`);
  const locatieId = stabieleUuid(`locatie/${slug}`);
  const provincieVan = opties.provincieVan ?? (() => null);
  const isAfgeleid = opties.isAfgeleid ?? (() => false);
  const beschrijving = beschrijvingVan(a.plaats);
  const regios = a.regio.map((id) => ({ id, regio: regioOp.get(id) }));

  const delen = a.adres ? adresDelen(a.adres) : null;
  const provincieAdres = delen ? (provincieVan(delen.city) ?? (a.plaats ? provincieVan(a.plaats) : null)) : null;
  const provinciePlaats = a.plaats ? provincieVan(a.plaats) : null;
  const adressen =
    delen && provincieAdres
      ? [{ id: stabieleUuid(`adres/${slug}`), location_id: locatieId, ...delen, state_province: provincieAdres, country: 'NL', address_type: 'physical' }]
      : [];
  const locaties = a.plaats
    ? [
        {
          id: locatieId,
          location_type: 'physical',
          organization_id: orgId,
          name: `${a.naam}, ${a.plaats}`,
          ...lijst('addresses', adressen),
          // HSDS has no town outside a complete address: the town on its own is an extension.
          nl_plaats: a.plaats,
          ...tekst('nl_provincie', provinciePlaats),
        },
      ]
    : [];

  // One service area per gemeente of the contracting region(s), with its CBS code as an attribute.
  const werkgebieden = regios.flatMap(({ id: regioId, regio }) =>
    (regio?.gemeenten ?? []).map((gemeente) => {
      const areaId = stabieleUuid(`werkgebied/${slug}/${regioId}/${gemeente}`);
      const code = opties.cbsCodeVan?.(gemeente);
      const afgeleid = isAfgeleid(gemeente) ? ' Volgens de referentiedata afgeleid, niet in een bron gelezen.' : '';
      return {
        id: areaId,
        service_id: dienstId,
        name: gemeente,
        description: `Gemeente ${gemeente} in de regio beschermd wonen ${regio?.naam ?? regioId}.${afgeleid}`,
        ...lijst('attributes', code ? [attribuut('service_area', areaId, gemeenteTerm(code, gemeente))] : []),
      };
    }),
  );

  const dienstAttributen = [
    ...regios.map(({ id, regio }) => attribuut('service', dienstId, regioTerm(id, regio?.naam ?? id))),
    ...(a.verslavingsvormen ?? []).map((v) => attribuut('service', dienstId, vormTerm(v))),
    ...(a.methodiek ?? []).map((m) => attribuut('service', dienstId, methodiekTerm(m))),
  ];

  // A correction is a change against the source: HSDS metadata (field, previous and new value).
  const huidig = a as unknown as Record<string, unknown>;
  const correcties = (a.correcties ?? [])
    .filter((c) => typeof huidig[c.veld] === 'string')
    .map((c, i) => ({
      id: stabieleUuid(`metadata/${slug}/${i}`),
      resource_id: orgId,
      resource_type: 'organization',
      last_action_date: a.laatst_gecontroleerd,
      last_action_type: 'update',
      field_name: c.veld,
      previous_value: c.in_de_bron,
      replacement_value: huidig[c.veld] as string,
      updated_by: 'Redactie Safehouse-portaal',
      nl_toelichting: c.toelichting,
    }));

  const aanmelding = regios.map(({ id, regio }) => (regio ? `${regio.naam}: ${regio.aanmelding.toelichting}` : `${id}: onbekend.`)).join('\n\n');
  const bovenregionaal =
    a.bovenregionaal === undefined
      ? undefined
      : a.bovenregionaal
        ? 'Neemt ook mensen van buiten de eigen regio op.'
        : 'Neemt geen mensen van buiten de eigen regio op.';

  return {
    id: orgId,
    name: a.naam,
    description: beschrijving,
    ...tekst('website', a.website),
    ...tekst('email', a.email),
    // The record's persistent address: its page on the portal (also the JSON-LD @id there).
    uri: portaalUrl(`/aanbieders/${slug}/`, opties.basisUrl),
    ...lijst(
      'phones',
      a.telefoon ? [{ id: stabieleUuid(`telefoon/${slug}`), organization_id: orgId, number: a.telefoon.e164, description: a.telefoon.weergave }] : [],
    ),
    ...lijst('locations', locaties),
    ...lijst('metadata', correcties),
    services: [
      {
        id: dienstId,
        organization_id: orgId,
        name: `Safehouse ${a.naam}`,
        description: beschrijving,
        status: 'active',
        ...tekst('url', a.website),
        ...tekst('email', a.email),
        assured_date: a.laatst_gecontroleerd,
        ...tekst('accreditations', a.keurmerk),
        ...tekst('eligibility_description', bovenregionaal),
        application_process: aanmelding,
        ...lijst('funding', a.contract ? [{ id: stabieleUuid(`financiering/${slug}`), service_id: dienstId, source: a.contract }] : []),
        ...lijst('service_areas', werkgebieden),
        ...lijst('service_at_locations', a.plaats ? [{ id: stabieleUuid(`dienst-op-locatie/${slug}`), service_id: dienstId, location_id: locatieId }] : []),
        ...lijst('attributes', dienstAttributen),
        // HSDS has no field for the documents a record rests on.
        nl_bronnen: a.bronnen.map(bronVoorExport),
      },
    ],
  };
}

export type HsdsOrganisatie = ReturnType<typeof hsdsOrganisatie>;

/** The HSDS API `Page` around one page of results; `contents` is left out when there is nothing. */
export function hsdsPagina<T>(alle: readonly T[], paginaNummer: number, grootte = HSDS_PAGINAGROOTTE) {
  const totaalPaginas = Math.max(1, Math.ceil(alle.length / grootte));
  const inhoud = alle.slice((paginaNummer - 1) * grootte, paginaNummer * grootte);
  return {
    total_items: alle.length,
    total_pages: totaalPaginas,
    page_number: paginaNummer,
    size: inhoud.length,
    first_page: paginaNummer === 1,
    last_page: paginaNummer === totaalPaginas,
    empty: inhoud.length === 0,
    ...lijst('contents', inhoud),
    nl_licentie: LICENTIE,
  };
}

export function hsdsOrganisaties(aanbieders: readonly Record_<Aanbieder>[], regios: readonly Record_<Regio>[], opties: HsdsOpties = {}): HsdsOrganisatie[] {
  const regioOp = new Map(regios.map((r) => [r.id, r.data]));
  return [...aanbieders].sort((a, b) => a.id.localeCompare(b.id)).map((a) => hsdsOrganisatie(a, regioOp, opties));
}

/** Every taxonomy term the feed uses, once, in a stable order; with the taxonomies themselves. */
export function hsdsTaxonomieen(organisaties: readonly HsdsOrganisatie[]) {
  const termen = new Map<string, HsdsTaxonomieTerm>();
  for (const o of organisaties) {
    for (const s of o.services) {
      for (const at of s.attributes ?? []) termen.set(at.taxonomy_term.id, at.taxonomy_term);
      for (const area of s.service_areas ?? []) for (const at of area.attributes ?? []) termen.set(at.taxonomy_term.id, at.taxonomy_term);
    }
  }
  // All vormen and methodieken are published, also those no provider has (yet): it is the list.
  for (const v of Object.keys(VERSLAVINGSVORMEN) as (keyof typeof VERSLAVINGSVORMEN)[]) termen.set(vormTerm(v).id, vormTerm(v));
  for (const m of Object.keys(METHODIEKEN) as (keyof typeof METHODIEKEN)[]) termen.set(methodiekTerm(m).id, methodiekTerm(m));
  const taxonomies = (Object.keys(TAXONOMIEEN) as Taxonomiesleutel[]).map((s) => ({ id: taxonomieId(s), ...TAXONOMIEEN[s] }));
  const orde = new Map(taxonomies.map((t, i) => [t.id, i]));
  const taxonomy_terms = [...termen.values()].sort((a, b) => orde.get(a.taxonomy_id)! - orde.get(b.taxonomy_id)! || a.code.localeCompare(b.code));
  return { taxonomies, taxonomy_terms };
}
