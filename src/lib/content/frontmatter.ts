import { LineCounter, isMap, isPair, isScalar, parseDocument, type Node } from 'yaml';

/**
 * Reads the YAML frontmatter of a Markdown/MDX file and remembers where every value stands,
 * so that a problem can be reported with its line number.
 */
export interface Frontmatter {
  /** The parsed data, or undefined when the frontmatter could not be read. */
  data: unknown;
  /** Problems with the file itself (no frontmatter, broken YAML), in Dutch. */
  leesfouten: { regel: number; melding: string }[];
  /** The 1-based line in the file of the value at `pad`, or of its nearest parent that exists. */
  regelVan(pad: readonly PropertyKey[]): number;
}

const BEGIN = /^---\r?\n/;

export function leesFrontmatter(tekst: string): Frontmatter {
  const begin = BEGIN.exec(tekst);
  if (!begin) {
    return {
      data: undefined,
      leesfouten: [{ regel: 1, melding: 'Het bestand moet beginnen met een regel "---" en de gegevens (frontmatter).' }],
      regelVan: () => 1,
    };
  }
  const rest = tekst.slice(begin[0].length);
  const einde = /^---\s*$/m.exec(rest);
  if (!einde) {
    return {
      data: undefined,
      leesfouten: [{ regel: 1, melding: 'De gegevens bovenaan worden niet afgesloten met een regel "---".' }],
      regelVan: () => 1,
    };
  }
  const yamlTekst = rest.slice(0, einde.index);
  const regels = new LineCounter();
  // YAML 1.2 core schema: dates stay text, so "2026-11-22" is checked by our own date rule.
  const document = parseDocument(yamlTekst, { lineCounter: regels, prettyErrors: false, uniqueKeys: true });
  // +1: the opening "---" line comes before the YAML.
  const regelVanOffset = (offset: number) => regels.linePos(offset).line + 1;

  const leesfouten = document.errors.map((fout) => ({
    regel: regelVanOffset(fout.pos[0]),
    melding:
      fout.code === 'DUPLICATE_KEY'
        ? 'Een veld staat twee keer in de gegevens; laat er één staan.'
        : `De gegevens zijn geen geldige YAML (controleer inspringing, dubbele punten en aanhalingstekens). Technische melding: ${fout.message.split('\n')[0]}`,
  }));

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
  };
}
