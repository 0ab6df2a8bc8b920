import { leesCsvMetKoppen } from './csv.ts';

/**
 * The reference data's notes are written for its compilers: they cite source sets by key
 * ("bron BW-DRA") and use abbreviations ("BW", "NML-convenantlijst"). The lookup page shows
 * them to inwoners, so they are rewritten with readable source names (see src/data/README.md).
 */

/** Source set key → the web sites it rests on, e.g. "BW-DRA" → "regionieuwshoogeveen.nl". */
export function bronnamenUitRegios(bwRegiosCsv: string): Record<string, string> {
  const namen: Record<string, string> = {};
  for (const rij of leesCsvMetKoppen(bwRegiosCsv)) {
    if (!rij.bw_bron) continue;
    const hosts = (rij.bronnen ?? '')
      .split('|')
      .map((bron) =>
        bron
          .trim()
          .replace(/^https?:\/\//, '')
          .split(/[/\s]/)[0]!
          .replace(/^(www|zoek)\./, ''),
      )
      .filter(Boolean);
    const uniek = [...new Set(hosts)];
    if (uniek.length > 0) namen[rij.bw_bron] = uniek.length === 1 ? uniek[0]! : `${uniek.slice(0, -1).join(', ')} en ${uniek.at(-1)}`;
  }
  return namen;
}

const CONVENANT_NML = 'het convenant Beschermd Wonen en Opvang Noord- en Midden-Limburg 2020-2021';

/** Plain-Dutch replacements, most specific first. */
const VERVANGINGEN: [RegExp, string][] = [
  [/de NML-convenantlijst/g, `de partijenlijst van ${CONVENANT_NML}`],
  [/het NML-convenant/g, CONVENANT_NML],
  [/BW\/MO-hulpvragen/g, 'hulpvragen voor beschermd wonen en maatschappelijke opvang'],
  [/nieuwe BW-clienten/g, 'nieuwe cliënten voor beschermd wonen'],
  [/meldingen BW/g, 'meldingen voor beschermd wonen'],
  [/\bBW niet expliciet/g, 'beschermd wonen niet expliciet'],
];

/** The note as an inwoner can read it: "(bron BW-DRA)" becomes "(bron: regionieuwshoogeveen.nl)". */
export function leesbareOpmerking(opmerking: string, bronnamen: Readonly<Record<string, string>>): string {
  let tekst = opmerking.replace(/\(bron (BW-[A-Z0-9]+)\)/g, (_, sleutel: string) =>
    bronnamen[sleutel] ? `(bron: ${bronnamen[sleutel]})` : '(bron: referentiebestand)',
  );
  for (const [patroon, vervanging] of VERVANGINGEN) tekst = tekst.replace(patroon, vervanging);
  return tekst;
}
