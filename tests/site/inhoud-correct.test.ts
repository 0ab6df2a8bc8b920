// Content correctness (issue #14), on the built pages: the five serious errors an independent
// review found must not come back, the sections added for inwoners and naasten exist, and every
// public fact beyond the five source documents cites its public source on the same page.
// Reads the built HTML (run after a fresh build).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BRONDOCUMENTEN, type BrondocumentSleutel } from '../../src/lib/bronnen/documenten.ts';
import { htmlNaarTekst } from '../../src/lib/content/html-tekst.ts';
import { DIST, gebouwdePaginas } from './browser.ts';

const html = (pad: string) => readFileSync(join(DIST, pad.slice(1), 'index.html'), 'utf8');

/** The readable text of a page's <main>, whitespace collapsed (what a reader sees). */
function tekst(pad: string): string {
  const h = html(pad);
  const main = h.slice(h.indexOf('<main'), h.indexOf('</main>'));
  return htmlNaarTekst(main.replace(/<script[\s\S]*?<\/script>/g, ' ').replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ');
}

/** The "Bronnen" section(s) of a page, as HTML. */
const bronnenVan = (pad: string) => [...html(pad).matchAll(/<section class="bronnen"[\s\S]*?<\/section>/g)].map((m) => m[0]).join('\n');

const routePaginas = gebouwdePaginas().filter((p) => /^\/route\/[^/]+\/$/.test(p));
const handboek = gebouwdePaginas().filter((p) => /^\/handboek\/[^/]+\/$/.test(p) && p !== '/handboek/alles/' && !p.startsWith('/handboek/sjablonen'));

describe('the five serious errors stay fixed', () => {
  it.each(['/route/aanmelden/', '/route/de-route-stap-voor-stap/', '/begrippen/'])(
    '%s: a melding may be made by or on behalf of the inwoner, never "only yourself"',
    (pad) => {
      const t = tekst(pad);
      expect(t).not.toMatch(/melding (?:doe je|moet je) zelf|Dat moet je zelf doen|Jij doet de melding zelf\./i);
      expect(t).toMatch(/namens jou/);
    },
  );

  it('kosten and handboek present retroactive beschikking as the VNG example, and advise written consent', () => {
    const kosten = tekst('/route/kosten/');
    expect(kosten).not.toMatch(/geldt die vanaf de dag dat je in het safehouse kwam/);
    expect(kosten).toMatch(/Begin liever niet in het safehouse voordat de gemeente heeft besloten/);
    expect(kosten).toMatch(/op papier heeft laten weten/);
    for (const pad of ['/handboek/traject-en-werkafspraken/', '/handboek/financiering-en-contractering/', '/handboek/sjablonen/']) {
      const t = tekst(pad);
      expect(t, pad).not.toMatch(/geldt met terugwerkende kracht vanaf de (?:datum van plaatsing|plaatsingsdatum)/);
      expect(t, pad).toMatch(/schriftelijk/);
    }
  });

  it.each([
    '/route/wat-is-een-safehouse/',
    '/route/is-een-safehouse-iets-voor-mij/',
    '/route/wonen-in-een-safehouse/',
    '/route/veelgestelde-vragen/',
    '/begrippen/',
  ])('%s: abstinence holds in the house and outside it, in Noord- en Midden-Limburg too', (pad) => {
    const t = tekst(pad);
    expect(t).not.toMatch(/niet gebruiken in het huis een belangrijk doel/i);
    expect(t).toMatch(/daarbuiten/);
  });

  it('handboek §4.3: the woonplaatsbeginsel is bill 36288 with its status, not "de bestaande regel"', () => {
    const t = tekst('/handboek/verantwoordelijke-gemeente/');
    expect(t).not.toMatch(/voor de bestaande regel dat de gemeente waar iemand staat ingeschreven/);
    expect(t).toMatch(/kamerstuk 36288/);
    expect(t).toMatch(/controversieel/);
    expect(t).toMatch(/6 maart 2024/);
    expect(t).toMatch(/geen geldend recht/);
    expect(t).toMatch(/art\. 1\.2\.1 onder b/);
  });

  const leuntOpVng = routePaginas.filter((p) => bronnenVan(p).includes(BRONDOCUMENTEN['vng-handreiking']!.titel));
  const hoofdstukkenOpVng = handboek.filter((p) => bronnenVan(p).includes(BRONDOCUMENTEN['vng-handreiking']!.titel));
  it.each(['/handboek/', '/handboek/alles/', '/over-deze-site/', ...leuntOpVng, ...hoofdstukkenOpVng])('%s shows the "stand van de bronnen"', (pad) => {
    const aside = /<aside class="stand-bronnen"[\s\S]*?<\/aside>/.exec(html(pad))?.[0] ?? '';
    expect(aside).toMatch(/maart 2022/);
    expect(aside).toMatch(/herzien/);
    expect(aside).toMatch(/href="\/begrippen\/#landelijke-handreiking"/);
  });

  it('every route page that leans on the VNG-handreiking was found', () => {
    expect(leuntOpVng.length).toBeGreaterThanOrEqual(10);
  });
});

describe('sections added for the people who use the site', () => {
  it('aanmelden lists the Wmo steps with their terms, bezwaar and cliëntondersteuning', () => {
    const t = tekst('/route/aanmelden/');
    expect(t).toMatch(/De stappen bij de gemeente/);
    expect(t).toMatch(/binnen 6 weken na de melding/);
    expect(t).toMatch(/Binnen 7 dagen na de melding/);
    expect(t).toMatch(/Binnen 2 weken na je aanvraag/);
    expect(t).toMatch(/bezwaar maken bij de gemeente\. Dat doe je binnen 6 weken/);
    expect(t).toMatch(/Niet op de dag dat je iets invult/);
    expect(t).toMatch(/gratis hulp krijgen van een cliëntondersteuner/);
    expect(t).toMatch(/18 jaar en ouder.*Jeugdwet/);
  });

  it('kosten explains the CAK eigen bijdrage without amounts, and the Zvw eigen risico', () => {
    const t = tekst('/route/kosten/');
    expect(t).toMatch(/De eigen bijdrage voor beschermd wonen/);
    expect(t).toMatch(/hangt af van je inkomen/);
    expect(t).toMatch(/eigen risico/);
    expect(t).not.toMatch(/€\s?\d/);
  });

  it('voor naasten: "Wat kun je nu doen?" in three steps, and help for the naaste', () => {
    const h = html('/route/voor-naasten/');
    const stappen = /<h2[^>]*>Wat kun je nu doen\?<\/h2>\s*<ol>([\s\S]*?)<\/ol>/.exec(h)?.[1] ?? '';
    expect(stappen.match(/<li>/g)).toHaveLength(3);
    const t = tekst('/route/voor-naasten/');
    for (const hulp of ['Al-Anon', 'Nar-Anon', 'Alcohol Infolijn', 'verslavingszorg', '0800-2000']) expect(t).toContain(hulp);
  });

  it.each(['/route/hulp-nu-nodig/', '/route/als-het-misgaat/'])('%s warns about overdose after abstinence and names Veilig Thuis', (pad) => {
    const t = tekst(pad);
    expect(t).toMatch(/overdosis/i);
    expect(t).toMatch(/Dezelfde hoeveelheid als toen kan nu te veel zijn/);
    expect(t).toMatch(/Veilig Thuis/);
    expect(html(pad)).toContain('href="tel:08002000"');
  });

  it('handboek chapter 3 cites the Wmo and Awb articles where it states a term', () => {
    const t = tekst('/handboek/traject-en-werkafspraken/');
    for (const artikel of ['art. 2.3.2 lid 1', 'art. 2.3.2 lid 2', 'art. 2.3.5', 'art. 6:7']) expect(t).toContain(artikel);
  });

  it("chapter 8 is the portal's own synthesis: own steps, not Trimbos' seven, and the linked anchors remain", () => {
    const h = html('/handboek/gemeentelijke-aanpak-middelenproblematiek/');
    expect(tekst('/handboek/gemeentelijke-aanpak-middelenproblematiek/')).not.toMatch(/De zeven stappen|Breng het overleg onder het zorgstructuurconvenant/);
    for (const anker of ['par-8-3-1-checklist-stap-1', 'par-8-5-2', 'par-8-6-1', 'par-8-6-2', 'par-8-8-3', 'par-8-8-4']) expect(h).toContain(`id="${anker}"`);
  });
});

describe('Gooi en Vechtstreek: the regional kader is in force since 15 August 2025 (CVDR743359)', () => {
  const CVDR = 'https://lokaleregelgeving.overheid.nl/CVDR743359';
  const alleHtmlPaginas = gebouwdePaginas().filter((p) => p.endsWith('/'));

  it('no page still says it is unknown whether the kader was adopted', () => {
    const nogOnbekend = alleHtmlPaginas.filter((pad) => /of het is vastgesteld, staat niet in de bron/i.test(tekst(pad)));
    expect(nogOnbekend).toEqual([]);
  });

  it.each(['/regios/gooi-en-vechtstreek/', '/handboek/regionale-kaders/', '/begrippen/'])(
    '%s: adopted, in force since 15 augustus 2025, from lokale regelgeving, cited with the CVDR link',
    (pad) => {
      const t = tekst(pad);
      expect(t).toMatch(/vastgesteld|geldt sinds 15 augustus 2025/);
      expect(t).toContain('15 augustus 2025');
      if (pad !== '/begrippen/') expect(t).toMatch(/lokale regelgeving, (?:nummer )?CVDR743359/);
      expect(bronnenVan(pad)).toContain(`href="${CVDR}"`);
      expect(bronnenVan(pad)).toContain(htmlEscape(BRONDOCUMENTEN['cvdr743359-gooi-vechtstreek']!.titel));
    },
  );

  it('the open data carries the same status', () => {
    const regios = JSON.parse(readFileSync(join(DIST, 'data', 'regios.json'), 'utf8')) as unknown;
    const gooi = JSON.stringify(regios).match(/"status":"[^"]*CVDR743359[^"]*"/)?.[0] ?? '';
    expect(gooi).toContain('15 augustus 2025');
  });
});

describe('free, independent cliëntondersteuning: wherever the site mentions it, it cites Wmo 2015 art. 2.2.4', () => {
  // A statement about the help itself; a list of source titles ("Cliëntondersteuning Wmo en Jeugd"
  // on /over-deze-site/ and /regios/publiceren/) is not one.
  const noemen = gebouwdePaginas()
    .filter((p) => p.endsWith('/'))
    .filter((pad) => /cliëntondersteuner|gratis[^.]{0,60}cliëntondersteuning/i.test(tekst(pad)));

  it('the pages that mention it were found', () => {
    expect(noemen).toEqual(expect.arrayContaining(['/route/aanmelden/', '/route/de-route-stap-voor-stap/', '/handboek/traject-en-werkafspraken/']));
  });

  it.each(noemen)('%s names art. 2.2.4 and cites the Wmo 2015 with a link', (pad) => {
    expect(tekst(pad)).toMatch(/(?:artikel|art\.) 2\.2\.4/);
    const doc = BRONDOCUMENTEN['wmo-2015']!;
    expect(bronnenVan(pad)).toContain(htmlEscape(doc.titel));
    expect(bronnenVan(pad)).toContain(`href="${'url' in doc ? doc.url : ''}"`);
    expect(bronnenVan(pad)).toMatch(/Artikel 2\.2\.4/);
  });

  it('the gesprek step on /route/aanmelden/ says the gemeente points to it before the gesprek (art. 2.3.2 lid 3)', () => {
    const t = tekst('/route/aanmelden/');
    const stap = t.slice(t.indexOf('Gesprek en onderzoek.'), t.indexOf('Verslag.'));
    expect(stap).toMatch(/cliëntondersteuner/);
    expect(stap).toMatch(/2\.3\.2 lid 3/);
  });
});

describe('further findings of the same kinds, fixed in the full review (#14)', () => {
  const alleHtmlPaginas = gebouwdePaginas().filter((p) => p.endsWith('/'));

  it('no page calls the VNG count of 8 weeks a legal term', () => {
    const fout = alleHtmlPaginas.filter((pad) => /wettelijke (?:maximale )?(?:doorlooptijd|termijn) van (?:8|acht) weken/i.test(tekst(pad)));
    expect(fout).toEqual([]);
  });

  // B1: a word an inwoner may not know is explained in the glossary and linked where it is used.
  const UITLEG = { centrumgemeente: /centrumgemeente/i, vmr: /\bVMR\b/, tussenvorm: /tussenvorm/i, 'maatschappelijke-opvang': /maatschappelijke opvang/i };
  const regioPaginas = alleHtmlPaginas.filter((p) => /^\/regios\/[^/]+\/$/.test(p) && p !== '/regios/publiceren/' && p !== '/regios/mijn-gemeente/');
  const inhoudRegios = ['/regios/achterhoek/', '/regios/gooi-en-vechtstreek/', '/regios/noord-en-midden-limburg/'];
  it.each(Object.entries(UITLEG))('every route page and written region page that uses "%s" links it to the glossary', (anker, woord) => {
    const zonderLink = [...routePaginas, ...inhoudRegios].filter((pad) => woord.test(tekst(pad)) && !html(pad).includes(`href="/begrippen/#${anker}"`));
    expect(zonderLink).toEqual([]);
  });

  it('every region page links "Centrumgemeente" to the glossary', () => {
    expect(regioPaginas.length).toBeGreaterThan(30);
    expect(regioPaginas.filter((pad) => !html(pad).includes('<dt><a href="/begrippen/#centrumgemeente">Centrumgemeente</a></dt>'))).toEqual([]);
  });

  it('/route/aanmelden/ says the 8 weeks is advice, not a term from the law', () => {
    expect(tekst('/route/aanmelden/')).toMatch(/hoogstens 8 weken na de melding\. Dat is een advies, geen termijn uit de wet\./);
  });

  it('handboek §9.1.3: the werkafspraken give the Wmo articles for both terms, and early placement needs written consent', () => {
    const t = tekst('/handboek/sjablonen/');
    expect(t).toMatch(/zes weken na de melding \(Wmo 2015, art\. 2\.3\.2 lid 1\)/);
    expect(t).toMatch(/binnen twee weken \(art\. 2\.3\.5 lid 1\)/);
    expect(t).toMatch(/tenzij de gemeente vooraf schriftelijk heeft ingestemd/);
    expect(bronnenVan('/handboek/sjablonen/')).toContain(`href="${BRONDOCUMENTEN['wmo-2015']!.url}"`);
  });
});

/** A public fact (pattern in the page text) and the public source that page must then cite. */
const OPENBARE_FEITEN: { feit: RegExp; bron: BrondocumentSleutel; waar: readonly string[] }[] = [
  { feit: /namens (?:jou|je naaste)/, bron: 'wmo-2015', waar: routePaginas },
  { feit: /cliëntondersteun/i, bron: 'wmo-2015', waar: [...routePaginas, ...handboek] },
  { feit: /binnen 2 weken|2 weken na (?:je|de) aanvraag/i, bron: 'wmo-aanvraagprocedure', waar: [...routePaginas, ...handboek] },
  { feit: /bezwaar/i, bron: 'awb-bezwaar', waar: [...routePaginas, ...handboek] },
  { feit: /36288/, bron: 'kamerstuk-36288', waar: [...routePaginas, ...handboek] },
  { feit: /7:457/, bron: 'wgbo-beroepsgeheim', waar: handboek },
  { feit: /18 jaar en ouder/, bron: 'nji-18-plus', waar: routePaginas },
  { feit: /hangt af van je inkomen/, bron: 'cak-beschermd-wonen', waar: [...routePaginas, '/begrippen/'] },
  { feit: /eigen risico/, bron: 'zvw-eigen-risico-ggz', waar: routePaginas },
  { feit: /overdosis/i, bron: 'overdosis-na-stoppen', waar: routePaginas },
  { feit: /0800-2000/, bron: 'veilig-thuis', waar: routePaginas },
  { feit: /Al-Anon/, bron: 'al-anon', waar: routePaginas },
  { feit: /Nar-Anon/, bron: 'nar-anon', waar: routePaginas },
  { feit: /Alcohol Infolijn/, bron: 'trimbos-hulp-naasten', waar: routePaginas },
];

describe('every public fact cites its public source on the page', () => {
  const gevallen = OPENBARE_FEITEN.flatMap(({ feit, bron, waar }) =>
    waar.filter((pad) => feit.test(tekst(pad))).map((pad) => [pad, String(feit), bron] as const),
  );

  it('the rules find the new facts (so the check below is not empty)', () => {
    expect(new Set(gevallen.map(([, , bron]) => bron)).size).toBe(new Set(OPENBARE_FEITEN.map((f) => f.bron)).size);
  });

  it.each(gevallen)('%s states %s and cites %s, with a link', (pad, _feit, bron) => {
    const doc = BRONDOCUMENTEN[bron]!;
    const bronnen = bronnenVan(pad);
    expect(bronnen).toContain(htmlEscape(doc.titel));
    expect(bronnen).toContain(`href="${'url' in doc ? doc.url : ''}"`);
  });
});

function htmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
