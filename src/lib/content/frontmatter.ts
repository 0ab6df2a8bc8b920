import { LineCounter, isMap, isPair, isScalar, parseDocument, type Node } from 'yaml';
import { yamlFoutInHetNederlands } from './yaml-fouten.ts';

/**
 * Reads the YAML frontmatter of a Markdown/MDX file and remembers where every value stands,
 * so that a problem can be reported with its line number.
 */
export interface Frontmatter {
  /** The parsed data, or undefined when the frontmatter could not be read. */
  data: unknown;
  /** Problems with the file itself (no frontmatter, broken YAML), in Dutch. */
  leesfouten: { regel: number; bericht: string }[];
  /** The 1-based line in the file of the value at `pad`, or of its nearest parent that exists. */
  regelVan(pad: readonly PropertyKey[]): number;
  /** The Markdown below the frontmatter, and the line it starts on. */
  lichaam: string;
  lichaamRegel: number;
}

const BEGIN = /^---\r?\n/;

const onleesbaar = (bericht: string): Frontmatter => ({
  data: undefined,
  leesfouten: [{ regel: 1, bericht }],
  regelVan: () => 1,
  lichaam: '',
  lichaamRegel: 1,
});

export function leesFrontmatter(bestandstekst: string): Frontmatter {
  // A byte-order mark is invisible in an editor ("it visibly begins with ---"); Windows editors write one.
  const tekst = bestandstekst.replace(/^\uFEFF/, '');
  if (tekst.trim() === '') {
    return onleesbaar('Het bestand is leeg. Begin met een regel "---", dan de gegevens en weer een regel "---"; kijk in _sjabloon.md hoe dat gaat.');
  }
  const begin = BEGIN.exec(tekst);
  if (!begin) return onleesbaar('Het bestand moet beginnen met een regel "---" en de gegevens (frontmatter).');
  const rest = tekst.slice(begin[0].length);
  const einde = /^---\s*$/m.exec(rest);
  if (!einde) return onleesbaar('De gegevens bovenaan worden niet afgesloten met een regel "---".');
  const yamlTekst = rest.slice(0, einde.index);
  const regels = new LineCounter();
  // YAML 1.2 core schema: dates stay text, so "2026-11-22" is checked by our own date rule.
  const document = parseDocument(yamlTekst, { lineCounter: regels, prettyErrors: false, uniqueKeys: true });
  // +1: the opening "---" line comes before the YAML.
  const regelVanOffset = (offset: number) => regels.linePos(offset).line + 1;

  // Only the first: the rest nearly always follows from it.
  const leesfouten = document.errors.slice(0, 1).map((fout) => ({
    regel: regelVanOffset(fout.pos[0]),
    bericht: yamlFoutInHetNederlands(fout),
  }));
  const lichaamBegin = begin[0].length + einde.index + einde[0].length;
  const lichaamRegel = tekst.slice(0, lichaamBegin).split('\n').length + 1;

  function regelVan(pad: readonly PropertyKey[]): number {
    let knoop: unknown = document.contents;
    let regel = 2;
    if (knoop && typeof knoop === 'object' && 'range' in knoop && Array.isArray((knoop as Node).range)) {
      regel = regelVanOffset((knoop as Node).range![0]);
    }
    for (const stap of pad) {
      if (!isMap(knoop) && !(knoop && typeof knoop === 'object' && 'items' in knoop)) break;
      const items = (knoop as { items: unknown[] }).items;
      let volgende: unknown;
      if (isMap(knoop)) {
        const paar = items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === stap);
        if (!paar || !isPair(paar)) break;
        const sleutel = paar.key as Node;
        if (sleutel.range) regel = regelVanOffset(sleutel.range[0]);
        volgende = paar.value;
      } else if (typeof stap === 'number') {
        volgende = items[stap];
        const bereik = (volgende as Node | undefined)?.range;
        if (bereik) regel = regelVanOffset(bereik[0]);
      } else {
        break;
      }
      knoop = volgende;
    }
    return regel;
  }

  return {
    data: leesfouten.length > 0 ? undefined : (document.toJS() ?? {}),
    leesfouten,
    regelVan,
    lichaam: tekst.slice(lichaamBegin).replace(/^\r?\n/, ''),
    lichaamRegel,
  };
}
