// Issue 12, point 3: every bad input a regional editor can make gets one exact Dutch message,
// the build prints only the Dutch report (no English wrapper, no stack trace) and stops, and
// nothing reaches dist/. One build of tests/fixtures/onjuiste-invoer, one test per case.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bouwIn, projectKopie, ROOT } from './project-kopie.ts';

const fixture = join(ROOT, 'tests/fixtures/onjuiste-invoer');
// The check's today is the calendar day in the Netherlands (src/lib/kern/datum.ts, dagInNederland).
const vandaag = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(new Date());

const GEVALLEN: [string, string][] = [
  [
    'YAML syntax error, in Dutch with its line',
    'content/aanbieders/inspringing.md:\n  regel 4: De gegevens bovenaan zijn geen geldige YAML. Deze regel hoort niet bij het veld erboven. Controleer de inspringing en of er een dubbele punt na de veldnaam staat.\n',
  ],
  [
    'a tab is one message',
    'content/aanbieders/tab.md:\n  regel 4: De gegevens bovenaan zijn geen geldige YAML. Er staat een tab aan het begin van de regel. Spring in met spaties, niet met tabs.\n',
  ],
  [
    'an empty file is called empty',
    'content/aanbieders/leeg.md:\n  regel 1: Het bestand is leeg. Begin met een regel "---", dan de gegevens en weer een regel "---"; kijk in _sjabloon.md hoe dat gaat.\n',
  ],
  [
    'a check date in the future',
    `content/aanbieders/toekomst.md:\n  regel 4: Laatst gecontroleerd (laatst_gecontroleerd): 2099-01-01 ligt in de toekomst. Schrijf de datum waarop je de gegevens hebt nagekeken, uiterlijk vandaag (${vandaag}).\n`,
  ],
  [
    'a text over the maximum the schema states',
    'content/aanbieders/te-lang.md:\n  regel 2: Naam (naam) is te lang: 159 tekens, hoogstens 120. Maak de tekst korter.\n',
  ],
  [
    'a body over its maximum',
    'content/aanbieders/lang-lichaam.md:\n  regel 10: De tekst onder de gegevens is te lang: 10801 tekens, hoogstens 10000. Maak hem korter; feiten horen in de velden.\n',
  ],
  [
    'raw HTML in the body',
    'content/aanbieders/html.md:\n  regel 11: De tekst bevat HTML (<meta>). Schrijf alleen Markdown, zoals **vet**, een lijst met "- " of [linktekst](https://www.voorbeeld.nl).\n  regel 12: De tekst bevat HTML (<script>). Schrijf alleen Markdown, zoals **vet**, een lijst met "- " of [linktekst](https://www.voorbeeld.nl).\n',
  ],
  [
    'links other than https:, mailto:, tel:',
    'content/aanbieders/link.md:\n  regel 10: Een link met "javascript:" is niet toegestaan. Een link begint met https://, mailto: of tel:, of met / voor een pagina van deze site.\n  regel 10: Een link met "http:" is niet toegestaan. Een link begint met https://, mailto: of tel:, of met / voor een pagina van deze site.\n',
  ],
  [
    'an incomplete address',
    'content/aanbieders/adres.md:\n  regel 4: Adres (adres): Het adres is onvolledig. Schrijf straat en huisnummer, postcode en plaats, zoals Voorbeeldstraat 1, 5911 AA Venlo; anders ontbreekt het in de open data.\n',
  ],
  [
    'a dissolved gemeente',
    'content/regios/haaren.md:\n  regel 3: Gemeenten in de regio (gemeenten → nr. 2): "Haaren" staat niet in de lijst van Nederlandse gemeenten. De gemeente Haaren is opgeheven per 1 januari 2021, nu onderdeel van Boxtel, Oisterwijk, Tilburg en Vught. Noem de gemeente die bij deze regio hoort.\n',
  ],
];

describe('bad input: one Dutch report, nothing published', () => {
  let project = '';
  let uitvoer = '';
  let status: number | null = null;
  beforeAll(() => {
    project = projectKopie('onjuiste-invoer');
    ({ status, uitvoer } = bouwIn(project, { SAFEHOUSE_CONTENT_DIR: fixture }));
  }, 180_000);

  it.each(GEVALLEN)('%s', (_naam, verwacht) => {
    expect(status).toBe(1);
    expect(uitvoer).toContain(`\n${verwacht}`);
    expect(existsSync(join(project, 'dist'))).toBe(false);
  });

  it('accepts a file that begins with a byte-order mark', () => {
    expect(uitvoer).not.toContain('met-bom.md');
  });

  it('prints only the Dutch report: no English wrapper, no stack trace', () => {
    const rapport = uitvoer.slice(uitvoer.indexOf('Er zijn 12 problemen'));
    expect(rapport.startsWith('Er zijn 12 problemen in de content.')).toBe(true);
    expect(uitvoer).not.toMatch(/\n\s+at |Error|error|\[build\]|Stack trace/);
    // Before the report only Astro's own start-up lines may stand, none of them an error.
    expect(uitvoer.slice(0, uitvoer.indexOf('Er zijn 12 problemen')).trim().split('\n').filter(Boolean).length).toBeLessThanOrEqual(2);
  });
});
