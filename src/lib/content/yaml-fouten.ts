import type { YAMLError } from 'yaml';

/**
 * The yaml library's errors in Dutch, one sentence per error code, for an editor who does not
 * know YAML. Only the first error of a file is reported (see leesFrontmatter): later ones are
 * nearly always caused by it (one tab gave four messages).
 */
const UITLEG: Partial<Record<YAMLError['code'], string>> = {
  TAB_AS_INDENT: 'Er staat een tab aan het begin van de regel. Spring in met spaties, niet met tabs.',
  BAD_INDENT: 'De inspringing klopt niet. Zet velden van dezelfde groep recht onder elkaar, met spaties.',
  BLOCK_AS_IMPLICIT_KEY: 'Deze regel hoort niet bij het veld erboven. Controleer de inspringing en of er een dubbele punt na de veldnaam staat.',
  MULTILINE_IMPLICIT_KEY:
    'Na een veldnaam moet een dubbele punt en een spatie staan ("naam: waarde"). Loopt een tekst door op de volgende regel, zet hem dan tussen aanhalingstekens.',
  MISSING_CHAR: 'Er ontbreekt een teken, zoals een afsluitend aanhalingsteken of haakje.',
  BAD_SCALAR_START: 'Deze waarde begint met een teken dat in YAML iets anders betekent (zoals @, ` of %). Zet de waarde tussen aanhalingstekens.',
  BAD_DQ_ESCAPE: 'Er staat een backslash (\\) tussen dubbele aanhalingstekens. Gebruik enkele aanhalingstekens, of laat de backslash weg.',
  MULTIPLE_DOCS: 'Er staat een extra regel "---" tussen de gegevens. Laat alleen de regels "---" aan het begin en het eind staan.',
  DUPLICATE_KEY: 'Een veld staat twee keer in de gegevens; laat er één staan.',
  KEY_OVER_1024_CHARS: 'Een veldnaam is te lang. Staat er een dubbele punt te weinig?',
};

export function yamlFoutInHetNederlands(fout: YAMLError): string {
  if (fout.code === 'MISSING_CHAR' && /quote/i.test(fout.message)) {
    return 'Een aanhalingsteken wordt niet afgesloten. Zet aan het eind van de tekst hetzelfde aanhalingsteken (" of \') als aan het begin.';
  }
  const uitleg = UITLEG[fout.code];
  if (fout.code === 'DUPLICATE_KEY') return uitleg!;
  return `De gegevens bovenaan zijn geen geldige YAML. ${uitleg ?? 'Controleer op deze regel de inspringing, de dubbele punt na de veldnaam en de aanhalingstekens.'}`;
}
