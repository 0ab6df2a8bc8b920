import { Document, isMap, isSeq, type YAMLMap } from 'yaml';
import { keuzeUitleg, type Veldbeschrijving } from './veldbeschrijvingen.ts';

/**
 * The text of a _sjabloon.md, generated from the schema's field descriptions: every field with
 * its meaning as a comment and its example as value. `npm run sjablonen` writes the files;
 * tests/unit/veldbeschrijvingen.test.ts fails when a file and the schema drift apart.
 */
export interface SjabloonOpties {
  /** E.g. "een regio", "een aanbieder". */
  soort: string;
  /** Folder under content/, e.g. "regios". */
  map: string;
  /** Placeholder file name, e.g. "naam-van-de-regio". */
  bestandsnaam: string;
  /** The Markdown below the data. */
  lichaam: string;
}

/** One comment for a field: required, meaning, choices, limit. */
export function veldUitleg(v: Veldbeschrijving): string {
  const delen = [v.verplicht ? `Verplicht. ${v.betekenis}` : v.betekenis];
  if (v.keuzes) delen.push(`Kies uit: ${keuzeUitleg(v.keuzes)}.`);
  const max = v.maximum ?? v.element?.maximum;
  if (max !== undefined && (v.soort === 'tekst' || v.element?.soort === 'tekst'))
    delen.push(`Hoogstens ${max} tekens${v.soort === 'lijst' ? ' per regel' : ''}.`);
  if (v.soort === 'getal' && max !== undefined) delen.push(`Hoogstens ${max}.`);
  return delen.join(' ');
}

const alsCommentaar = (tekst: string) =>
  tekst
    .split('\n')
    .map((r) => ` ${r}`)
    .join('\n');

function zetCommentaar(map: YAMLMap, velden: readonly Veldbeschrijving[]) {
  for (const paar of map.items) {
    const sleutel = String((paar.key as { value?: unknown }).value);
    const veld = velden.find((v) => v.sleutel === sleutel);
    if (!veld) continue;
    (paar.key as { commentBefore?: string }).commentBefore = alsCommentaar(`${veld.label}. ${veldUitleg(veld)}`);
    const groep = veld.velden ?? veld.element?.velden;
    const waarde = paar.value;
    if (groep && isMap(waarde)) zetCommentaar(waarde, groep);
    if (groep && isSeq(waarde) && isMap(waarde.items[0])) zetCommentaar(waarde.items[0], groep);
  }
}

export function sjabloonTekst(velden: readonly Veldbeschrijving[], opties: SjabloonOpties): string {
  const voorbeeld = Object.fromEntries(velden.filter((v) => v.voorbeeld !== undefined).map((v) => [v.sleutel, v.voorbeeld]));
  const document = new Document(voorbeeld);
  zetCommentaar(document.contents as YAMLMap, velden);
  document.commentBefore = alsCommentaar(
    [
      `Sjabloon voor ${opties.soort}. Gemaakt uit het schema met: npm run sjablonen (niet met de hand wijzigen).`,
      `Kopieer dit bestand naar content/${opties.map}/<${opties.bestandsnaam}>.md (kleine letters, cijfers en`,
      'streepjes), vul in wat een bron zegt en haal de rest weg. Of gebruik de invulhulp op /regios/publiceren/.',
      'Bestanden waarvan de naam met _ begint, worden niet gepubliceerd.',
      'Controleer daarna met: npm run controleer',
    ].join('\n'),
  );
  const yaml = document.toString({ lineWidth: 0 });
  return `---\n${yaml}---\n\n${opties.lichaam}\n`;
}
