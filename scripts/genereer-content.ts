// Generates a content folder with N fictitious providers (and one fictitious region per ten
// providers) next to copies of the real route, handboek, begrippen and regions (the pages name
// real regions, e.g. <MaximaleDuur regio="achterhoek" />), for benchmarks.
// It writes to a temporary folder only; nothing it makes is ever published or committed.
//   node scripts/genereer-content.ts 200            → prints the folder it made
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentMap } from '../src/lib/content/content-map.ts';
import { leesGemeenten } from '../src/lib/gemeenten/gemeenten.ts';

export function genereerContent(aantalAanbieders: number, root = join(import.meta.dirname, '..')): string {
  const doel = mkdtempSync(join(tmpdir(), `safehouse-content-${aantalAanbieders}-`));
  for (const map of ['route', 'handboek', 'begrippen', 'regios', 'bronnen']) cpSync(join(contentMap(root), map), join(doel, map), { recursive: true });
  mkdirSync(join(doel, 'aanbieders'));
  const gemeenten = leesGemeenten(readFileSync(join(root, 'src/data/gemeenten.csv'), 'utf8')).map((g) => g.naam);
  const aantalRegios = Math.max(1, Math.ceil(aantalAanbieders / 10));
  const bron = 'bronnen:\n  - document: vng-handreiking\n    sectie: "§3.3"\n';
  for (let r = 0; r < aantalRegios; r++) {
    const leden = [0, 1, 2].map((k) => gemeenten[(r * 3 + k) % gemeenten.length]!);
    writeFileSync(
      join(doel, 'regios', `testregio-${r + 1}.md`),
      `---\nnaam: Testregio ${r + 1}\ncentrumgemeente: "${leden[0]}"\ngemeenten:\n${leden.map((g) => `  - "${g}"`).join('\n')}\naanmelding:\n  via: kliniek\n  toelichting: Fictieve regio voor een meting.\nmaximale_duur_maanden: 12\nlaatst_gecontroleerd: 2026-11-22\n${bron}---\n\nFictieve regio, alleen voor metingen.\n`,
    );
  }
  for (let a = 0; a < aantalAanbieders; a++) {
    const regio = `testregio-${(a % aantalRegios) + 1}`;
    const nummer = String(1000000 + a).slice(-7);
    writeFileSync(
      join(doel, 'aanbieders', `testaanbieder-${a + 1}.md`),
      `---\nnaam: Testaanbieder ${a + 1}\nregio: [${regio}]\nplaats: Testplaats\ntelefoon: 088 ${nummer}\nwebsite: https://testaanbieder-${a + 1}.example.nl/\nverslavingsvormen: [alcohol, drugs]\nmethodiek: [12-stappen-minnesota]\nbovenregionaal: ${a % 2 === 0}\nlaatst_gecontroleerd: 2026-11-22\n${bron}---\n\nFictieve aanbieder, alleen voor metingen.\n`,
    );
  }
  return doel;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(genereerContent(Number(process.argv[2] ?? 200)));
}
