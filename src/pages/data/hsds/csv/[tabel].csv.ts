import type { APIRoute, GetStaticPaths } from 'astro';
import { HSDS_TABELLEN, tabelCsv, type TabelNaam } from '../../../../lib/opendata/hsds-tabellen';
import { exports } from '../../_records';

// One CSV per HSDS table (/data/hsds/csv/organizations.csv, …), described by datapackage.json.
export const getStaticPaths: GetStaticPaths = () => HSDS_TABELLEN.map((t) => ({ params: { tabel: t.bestand.replace(/\.csv$/, '') } }));

export const GET: APIRoute = async ({ params }) => {
  const bestand = `${params.tabel}.csv` as TabelNaam;
  return new Response(tabelCsv(bestand, (await exports()).hsds.tabellen[bestand]), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
