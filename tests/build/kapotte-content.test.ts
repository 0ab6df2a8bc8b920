// A broken content folder stops both the editors' check (`npm run controleer`) and the real
// build, with one Dutch report naming every file, line and field.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bouwIn, projectKopie, ROOT } from './project-kopie.ts';

const kapot = join(ROOT, 'tests/fixtures/kapotte-content');
const env = { ...process.env, SAFEHOUSE_CONTENT_DIR: kapot, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };

const VERWACHT_RAPPORT = `Er zijn 19 problemen in de content. De site wordt pas gebouwd als ze zijn opgelost.

content/aanbieders/nergenshuis.md:
  regel 4: Regio('s) (regio → nr. 1): de regio "utrecht" bestaat niet. Gebruik de bestandsnaam van een regio in content/regios zonder .md: twente.
  regel 5: Telefoonnummer (telefoon): "088 114" is geen geldig Nederlands telefoonnummer. Schrijf het zoals 077 123 45 67 of 06 1234 5678.
  regel 6: Website (website): "www.confidence-twende/safehouse" moet beginnen met https:// (bijvoorbeeld https://www.voorbeeld.nl).
  regel 7: Bovenregionale plaatsing (bovenregionaal) moet true of false zijn, maar is "misschien".
  regel 8: Laatst gecontroleerd (laatst_gecontroleerd): Schrijf een datum als jaar-maand-dag, bijvoorbeeld 2026-11-22.
  regel 9: Bronnen (bronnen): noem er minstens 1.

content/aanbieders/nieuwe-aanbieder.mdx:
  regel 1: Bestand "nieuwe-aanbieder.mdx" heeft de extensie .mdx; gebruik .md. Een aanbieder met .mdx wordt niet gepubliceerd.

content/aanbieders/verkeerde-bron.md:
  regel 4: E-mailadres (email): Schrijf een e-mailadres zoals info@voorbeeld.nl.
  regel 7: Brondocument (bronnen → nr. 1 → document): "wikipedia" is geen toegestane waarde. Kies uit: aanpak-noord-midden-limburg, afwegingskader-gooi-vechtstreek, productbeschrijving-achterhoek, referentiedata-gemeenten, trimbos-aanpak-middelenproblematiek, vng-handreiking. Een nieuw document voeg je toe als bestand in content/bronnen.
  regel 8: Sectie in de bron (bronnen → nr. 1 → sectie) mag niet leeg zijn.

content/handboek/Kapotte-YAML.mdx:
  regel 1: De bestandsnaam "Kapotte-YAML" wordt het webadres. Gebruik alleen kleine letters, cijfers en streepjes, zoals "noord-en-midden-limburg.md".
  regel 5: Een aanhalingsteken wordt niet afgesloten. Zet aan het eind van de tekst hetzelfde aanhalingsteken (" of ') als aan het begin.

content/regios/twente.md:
  regel 2: Laatst gecontroleerd (laatst_gecontroleerd) ontbreekt. Dit veld is verplicht.
  regel 5: Gemeenten in de regio (gemeenten → nr. 2): "Enschedé" staat niet in de lijst van Nederlandse gemeenten. Bedoelde je "Enschede"?
  regel 9: Onbekend veld "maximale_duur". Bedoelde je "maximale_duur_maanden"?

content/route/dubbel.mdx:
  regel 1: Dit bestand krijgt hetzelfde webadres (/route/dubbel/) als content/route/dubbel.md. Geef een van beide een andere naam.

content/route/zonder-titel.mdx:
  regel 2: Titel (titel) ontbreekt. Dit veld is verplicht.
  regel 3: Volgorde in het menu (volgorde) moet een getal zijn, maar is "een".
  regel 4: Volgende pagina (volgende): er is geen pagina "bestaat-niet" in content/route.`;

describe('broken content', () => {
  it('npm run controleer names every problem with file, line and field', () => {
    const uitkomst = spawnSync(process.execPath, ['scripts/controleer-content.ts'], { cwd: ROOT, env, encoding: 'utf8' });
    expect(uitkomst.status).toBe(1);
    expect(uitkomst.stderr.trim()).toBe(VERWACHT_RAPPORT);
  });

  it('the real build stops with the same report', () => {
    // In a project copy: a build of other content in the real root would leave its caches behind.
    const { status, uitvoer } = bouwIn(projectKopie('kapotte-build'), { SAFEHOUSE_CONTENT_DIR: kapot });
    expect(status).not.toBe(0);
    for (const regel of VERWACHT_RAPPORT.split('\n').filter((r) => r.trim() !== '')) {
      expect(uitvoer).toContain(regel.trim());
    }
  }, 120_000);
});
