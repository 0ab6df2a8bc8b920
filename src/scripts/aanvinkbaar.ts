/**
 * Turns the items of a plain list into checkboxes with their text as label: progressive
 * enhancement for the self-check and the handboek checklists. Nothing is stored.
 * Ids are "<voorvoegsel>:<n>": heading ids never contain ":" (github-slugger drops it, and the
 * handboek's own anchors are built from slugs), so a checkbox can never take a heading's id and
 * catch its links. The caller gives each list a prefix of its own.
 */
export function maakAanvinkbaar(lijst: Element, idVoorvoegsel: string): HTMLInputElement[] {
  return [...lijst.children].map((li, i) => {
    const vak = document.createElement('input');
    vak.type = 'checkbox';
    vak.id = `${idVoorvoegsel}:${i + 1}`;
    const label = document.createElement('label');
    label.htmlFor = vak.id;
    label.append(...li.childNodes);
    li.append(vak, label);
    return vak;
  });
}
