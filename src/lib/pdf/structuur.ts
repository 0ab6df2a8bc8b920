/**
 * The logical structure of a PDF (PDF/UA-1, ISO 14289-1): a tree of standard structure types
 * (PDF 32000-1 §14.8.4) in reading order. The blocks (blokken.ts) build it while they are laid
 * out; each drawn item names the element it belongs to, or none when it is decoration (an
 * artifact: rules, writing lines, the footer). teken.ts writes it as the structure tree.
 */
export type Rol =
  | 'Document'
  | 'H1'
  | 'H2'
  | 'P'
  | 'Table'
  | 'TR'
  | 'TH'
  | 'TD'
  | 'L'
  | 'LI'
  | 'Lbl'
  | 'LBody'
  | 'Div'
  /** A form field; its widget is the content, its accessible name the field's TU. */
  | 'Form';

export interface StructuurElement {
  rol: Rol;
  /** Index of the parent in the list; null for the root. */
  ouder: number | null;
  /** A section heading's text: it becomes a bookmark. */
  bladwijzer?: string;
}

/** The root, always element 0. */
const DOCUMENT = 0;

/**
 * Builds the tree top-down. Questions with an answer that follow each other become rows of one
 * table (question as row header, answer as cell); anything else between them ends the table.
 */
export class StructuurBouwer {
  readonly elementen: StructuurElement[] = [{ rol: 'Document', ouder: null }];
  private tabel: number | null = null;

  voegToe(rol: Rol, ouder: number = DOCUMENT, bladwijzer?: string): number {
    if (ouder === DOCUMENT && rol !== 'Table') this.tabel = null;
    this.elementen.push({ rol, ouder, ...(bladwijzer === undefined ? {} : { bladwijzer }) });
    return this.elementen.length - 1;
  }

  /** A list of `aantal` items with a body each (no label): the bodies, in order. */
  lijst(aantal: number): number[] {
    const lijst = this.voegToe('L');
    return Array.from({ length: aantal }, () => this.voegToe('LBody', this.voegToe('LI', lijst)));
  }

  /** A new row in the current table (started when there is none): its header and its cell. */
  tabelRij(): { th: number; td: number } {
    this.tabel ??= this.voegToe('Table');
    const rij = this.voegToe('TR', this.tabel);
    return { th: this.voegToe('TH', rij), td: this.voegToe('TD', rij) };
  }
}
