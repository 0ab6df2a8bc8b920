/**
 * The Markdown a region writes under its data (regions and providers): Markdown only, links
 * only to https:, mailto: and tel: (or to a page of this site, beginning with /), and a stated
 * length. Raw HTML was published verbatim before, and a <meta http-equiv=refresh> sent the page
 * elsewhere (issue 12).
 */
const MAX_LICHAAM = 10_000;

export interface LichaamProbleem {
  regel: number;
  bericht: string;
}

/** Code is text, not HTML: blank it out (keeping line breaks) before looking for tags and links. */
function zonderCode(tekst: string): string {
  const leeg = (deel: string) => deel.replace(/[^\n]/g, ' ');
  return tekst.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, leeg).replace(/(`+)[^`\n][\s\S]*?\1/g, leeg);
}

const TOEGESTAAN = /^(https:\/\/|mailto:|tel:|\/|#)/i;

export function controleerLichaam(lichaam: string, eersteRegel: number): LichaamProbleem[] {
  const problemen: LichaamProbleem[] = [];
  if (lichaam.length > MAX_LICHAAM) {
    problemen.push({
      regel: eersteRegel,
      bericht: `De tekst onder de gegevens is te lang: ${lichaam.length} tekens, hoogstens ${MAX_LICHAAM}. Maak hem korter; feiten horen in de velden.`,
    });
  }
  zonderCode(lichaam)
    .split('\n')
    .forEach((regel, i) => {
      const nummer = eersteRegel + i;
      const html = /<(\/?[a-z][\w-]*)(?=[\s/>])|<!--|<![a-z]|<\?/i.exec(regel);
      if (html) {
        const wat = html[1] ? `<${html[1].toLowerCase()}>` : html[0];
        problemen.push({
          regel: nummer,
          bericht: `De tekst bevat HTML (${wat}). Schrijf alleen Markdown, zoals **vet**, een lijst met "- " of [linktekst](https://www.voorbeeld.nl).`,
        });
      }
      const doelen = [
        ...[...regel.matchAll(/\]\(\s*<?([^\s)>]+)/g)].map((m) => m[1]!),
        ...[...regel.matchAll(/^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/g)].map((m) => m[1]!),
        ...[...regel.matchAll(/<([a-z][a-z0-9+.-]*:[^\s>]*)>/gi)].map((m) => m[1]!),
      ];
      for (const doel of doelen) {
        if (!TOEGESTAAN.test(doel)) {
          // Only the scheme of "javascript:alert(1)": the rest is not worth repeating (or cut off at ")").
          const schema = /^([a-z][a-z0-9+.-]*):/i.exec(doel)?.[1];
          const wat = schema ? `Een link met "${schema.toLowerCase()}:"` : `De link "${doel}"`;
          problemen.push({
            regel: nummer,
            bericht: `${wat} is niet toegestaan. Een link begint met https://, mailto: of tel:, of met / voor een pagina van deze site.`,
          });
        }
      }
    });
  return problemen;
}
