/**
 * Turns the items of a plain list into checkboxes with their text as label: progressive
 * enhancement for the self-check and the handboek checklists. Nothing is stored.
 */
export function maakAanvinkbaar(lijst: Element, idVoorvoegsel: string): HTMLInputElement[] {
  return [...lijst.children].map((li, i) => {
    const vak = document.createElement('input');
    vak.type = 'checkbox';
    vak.id = `${idVoorvoegsel}-${i + 1}`;
    const label = document.createElement('label');
    label.htmlFor = vak.id;
    label.append(...li.childNodes);
    li.append(vak, label);
    return vak;
  });
}
