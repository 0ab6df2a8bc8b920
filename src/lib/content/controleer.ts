import { dagInNederland, ouderDanMaanden } from '../kern/datum.ts';
import type { z } from 'astro/zod';
import { COLLECTIES, isSjabloon, slugVan, type CollectieNaam } from './collecties.ts';
import { leesFrontmatter } from './frontmatter.ts';
import { controleerLichaam } from './lichaam.ts';
import { bedoeldeVeld, probleemtekst } from './probleemtekst.ts';
import { herkenGemeente, opgehevenZin, voormaligeGemeente, zoekvorm } from '../gemeenten/namen.ts';

/**
 * The editors' check: validates every content file against its schema and against the other
 * files (regions that exist, gemeenten that exist, unique slugs), and reports every problem at
 * once, with file, line and field, in Dutch. Pure: the caller reads the files.
 */

export interface ContentBestand {
  collectie: CollectieNaam;
  /** Path relative to the collection folder, e.g. "venlo.md". */
  pad: string;
  tekst: string;
}

export interface Probleem {
  /** Path as the editor sees it, e.g. "content/aanbieders/venlo.md". */
  bestand: string;
  regel: number;
  bericht: string;
}

export interface Referentie {
  /** All official gemeente names (CBS spelling). */
  gemeenteNamen: readonly string[];
}

export interface Uitslag {
  problemen: Probleem[];
  waarschuwingen: Probleem[];
  /** Valid records per collection, by slug (for reports and tests). */
  geldig: Record<CollectieNaam, Map<string, unknown>>;
}

/** Keys of the object schema found at `pad` (unwrapping optional, array, pipe). */
function velden(schema: z.ZodType, pad: readonly PropertyKey[]): string[] {
  let huidig: unknown = schema;
  const stappen = [...pad];
  for (;;) {
    const def = (huidig as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
    if (!def) return [];
    switch (def.type) {
      case 'optional':
      case 'nullable':
      case 'default':
        huidig = def.innerType;
        continue;
      case 'pipe':
        huidig = def.in;
        continue;
      case 'array':
        if (typeof stappen[0] === 'number') stappen.shift();
        huidig = def.element;
        if (stappen.length === 0) continue;
        continue;
      case 'object': {
        const shape = def.shape as Record<string, z.ZodType>;
        const stap = stappen.shift();
        if (stap === undefined) return Object.keys(shape);
        huidig = shape[String(stap)];
        continue;
      }
      default:
        return [];
    }
  }
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const MAANDEN_VOOR_WAARSCHUWING = 12;

/** Today as the editor sees it: the calendar day in the Netherlands. */
const isoDag = dagInNederland;

/** Why a name is not a gemeente: a former or everyday name, a spelling variant, a near spelling, or unknown. */
function gemeenteUitleg(naam: string, gemeenten: ReadonlySet<string>): string {
  const voormalig = voormaligeGemeente(naam);
  const herkend = herkenGemeente(naam, gemeenten);
  if (voormalig) {
    return `${opgehevenZin(voormalig)} Noem ${herkend.soort === 'gemeente' ? `"${herkend.naam}"` : 'de gemeente die bij deze regio hoort'}.`;
  }
  if (herkend.soort === 'gemeente') {
    // Another name (Den Bosch) gets the CBS name; a variant in case or accents (Enschedé) "Bedoelde je".
    return zoekvorm(herkend.naam) === zoekvorm(naam) ? `Bedoelde je "${herkend.naam}"?` : `Gebruik de schrijfwijze van het CBS: "${herkend.naam}".`;
  }
  const bedoeld = bedoeldeVeld(naam, [...gemeenten]);
  return bedoeld ? `Bedoelde je "${bedoeld}"?` : 'Gebruik de schrijfwijze van het CBS, zoals "Bergen (L.)" of "\'s-Hertogenbosch".';
}

export function controleerContent(bestanden: readonly ContentBestand[], referentie: Referentie, vandaag: Date = new Date()): Uitslag {
  const problemen: Probleem[] = [];
  const waarschuwingen: Probleem[] = [];
  const geldig = Object.fromEntries(Object.keys(COLLECTIES).map((c) => [c, new Map()])) as Record<CollectieNaam, Map<string, unknown>>;
  const regelzoekers = new Map<string, (pad: readonly PropertyKey[]) => number>();
  // Frontmatter as written, also of files that failed their schema: the checks across files
  // run on it too, so an editor sees every problem in one go.
  const ruw = Object.fromEntries(Object.keys(COLLECTIES).map((c) => [c, new Map()])) as Record<CollectieNaam, Map<string, Record<string, unknown>>>;
  const slugs = new Map<string, string>();

  for (const bestand of bestanden) {
    if (isSjabloon(bestand.pad)) continue;
    const collectie = COLLECTIES[bestand.collectie];
    const weergavePad = `content/${collectie.map}/${bestand.pad}`;
    const slug = slugVan(bestand.pad);
    const naam =
      bestand.pad
        .replace(/\.(md|mdx)$/i, '')
        .split('/')
        .pop() ?? '';
    if (!SLUG.test(naam)) {
      problemen.push({
        bestand: weergavePad,
        regel: 1,
        bericht: `De bestandsnaam "${naam}" wordt het webadres. Gebruik alleen kleine letters, cijfers en streepjes, zoals "noord-en-midden-limburg.md".`,
      });
    }
    // Astro's glob for regions and providers takes only .md: an .mdx file would silently vanish.
    if (/\.mdx$/i.test(bestand.pad) && !collectie.patroon.includes('mdx')) {
      problemen.push({
        bestand: weergavePad,
        regel: 1,
        bericht: `Bestand "${bestand.pad}" heeft de extensie .mdx; gebruik .md. Een ${collectie.omschrijving} met .mdx wordt niet gepubliceerd.`,
      });
      continue;
    }
    const sleutel = `${bestand.collectie}/${slug}`;
    const eerder = slugs.get(sleutel);
    if (eerder) {
      problemen.push({
        bestand: weergavePad,
        regel: 1,
        bericht: `Dit bestand krijgt hetzelfde webadres (/${collectie.map}/${slug}/) als ${eerder}. Geef een van beide een andere naam.`,
      });
      continue;
    }
    slugs.set(sleutel, weergavePad);

    const frontmatter = leesFrontmatter(bestand.tekst);
    regelzoekers.set(sleutel, frontmatter.regelVan);
    for (const fout of frontmatter.leesfouten) problemen.push({ bestand: weergavePad, ...fout });
    if (frontmatter.data === undefined) continue;
    if (typeof frontmatter.data === 'object' && frontmatter.data !== null && !Array.isArray(frontmatter.data)) {
      ruw[bestand.collectie].set(slug, frontmatter.data as Record<string, unknown>);
    }

    if (bestand.collectie === 'regios' || bestand.collectie === 'aanbieders') {
      for (const p of controleerLichaam(frontmatter.lichaam, frontmatter.lichaamRegel)) problemen.push({ bestand: weergavePad, ...p });
    }

    const uitkomst = collectie.schema.safeParse(frontmatter.data);
    if (!uitkomst.success) {
      for (const issue of uitkomst.error.issues) {
        for (const { pad, bericht } of probleemtekst(issue, frontmatter.data, (p) => velden(collectie.schema, p))) {
          problemen.push({ bestand: weergavePad, regel: frontmatter.regelVan(pad), bericht });
        }
      }
      continue;
    }
    geldig[bestand.collectie].set(slug, uitkomst.data);

    const gecontroleerd = (uitkomst.data as { laatst_gecontroleerd?: string }).laatst_gecontroleerd;
    if (gecontroleerd && gecontroleerd > isoDag(vandaag)) {
      problemen.push({
        bestand: weergavePad,
        regel: frontmatter.regelVan(['laatst_gecontroleerd']),
        bericht: `Laatst gecontroleerd (laatst_gecontroleerd): ${gecontroleerd} ligt in de toekomst. Schrijf de datum waarop je de gegevens hebt nagekeken, uiterlijk vandaag (${isoDag(vandaag)}).`,
      });
    } else if (gecontroleerd && ouderDanMaanden(gecontroleerd, MAANDEN_VOOR_WAARSCHUWING, vandaag)) {
      waarschuwingen.push({
        bestand: weergavePad,
        regel: frontmatter.regelVan(['laatst_gecontroleerd']),
        bericht: `Laatst gecontroleerd (laatst_gecontroleerd) op ${gecontroleerd}: langer dan ${MAANDEN_VOOR_WAARSCHUWING} maanden geleden. Controleer de gegevens opnieuw en pas de datum aan.`,
      });
    }
  }

  const gemeenten = new Set(referentie.gemeenteNamen);
  const probleemBij = (collectie: CollectieNaam, slug: string, pad: PropertyKey[], bericht: string) => {
    const regelVan = regelzoekers.get(`${collectie}/${slug}`);
    problemen.push({
      bestand: slugs.get(`${collectie}/${slug}`) ?? slug,
      regel: regelVan ? regelVan(pad) : 1,
      bericht,
    });
  };

  const tekstenIn = (waarde: unknown): [string, number][] =>
    Array.isArray(waarde) ? waarde.flatMap((w, i): [string, number][] => (typeof w === 'string' ? [[w, i]] : [])) : [];

  for (const [slug, regio] of ruw.regios) {
    tekstenIn(regio.gemeenten).forEach(([naam, i]) => {
      if (!gemeenten.has(naam)) {
        probleemBij(
          'regios',
          slug,
          ['gemeenten', i],
          `Gemeenten in de regio (gemeenten → nr. ${i + 1}): "${naam}" staat niet in de lijst van Nederlandse gemeenten. ${gemeenteUitleg(naam, gemeenten)}`,
        );
      }
    });
    if (typeof regio.centrumgemeente === 'string' && !gemeenten.has(regio.centrumgemeente)) {
      probleemBij(
        'regios',
        slug,
        ['centrumgemeente'],
        `Centrumgemeente beschermd wonen (centrumgemeente): "${regio.centrumgemeente}" staat niet in de lijst van Nederlandse gemeenten. ${gemeenteUitleg(regio.centrumgemeente, gemeenten)}`,
      );
    }
  }

  const bestaandeRegios = [...ruw.regios.keys()];
  for (const [slug, aanbieder] of ruw.aanbieders) {
    tekstenIn(aanbieder.regio).forEach(([regio, i]) => {
      if (!slugs.has(`regios/${regio}`)) {
        probleemBij(
          'aanbieders',
          slug,
          ['regio', i],
          `Regio('s) (regio → nr. ${i + 1}): de regio "${regio}" bestaat niet. Gebruik de bestandsnaam van een regio in content/regios zonder .md${bestaandeRegios.length ? `: ${bestaandeRegios.join(', ')}` : ''}.`,
        );
      }
    });
  }

  // Source documents are files in content/bronnen: a key without a file is refused, with the list.
  const documenten = [...ruw.bronnen.keys()];
  for (const collectie of Object.keys(COLLECTIES) as CollectieNaam[]) {
    for (const [slug, record] of ruw[collectie]) {
      if (!Array.isArray(record.bronnen)) continue;
      record.bronnen.forEach((bron: unknown, i: number) => {
        const document = (bron as { document?: unknown } | null)?.document;
        if (typeof document === 'string' && document.trim() !== '' && !ruw.bronnen.has(document)) {
          probleemBij(
            collectie,
            slug,
            ['bronnen', i, 'document'],
            `Brondocument (bronnen → nr. ${i + 1} → document): "${document}" is geen toegestane waarde. Kies uit: ${documenten.join(', ')}. Een nieuw document voeg je toe als bestand in content/bronnen.`,
          );
        }
      });
    }
  }

  for (const collectie of ['route', 'handboek'] as const) {
    for (const [slug, pagina] of ruw[collectie]) {
      const volgende = pagina.volgende;
      if (typeof volgende === 'string' && !slugs.has(`${collectie}/${volgende}`)) {
        probleemBij(collectie, slug, ['volgende'], `Volgende pagina (volgende): er is geen pagina "${volgende}" in content/${collectie}.`);
      }
    }
  }

  for (const [slug, begrip] of ruw.begrippen) {
    tekstenIn(begrip.zie_ook).forEach(([ander, i]) => {
      if (!slugs.has(`begrippen/${ander}`)) {
        probleemBij('begrippen', slug, ['zie_ook', i], `Zie ook (zie_ook → nr. ${i + 1}): er is geen begrip "${ander}" in content/begrippen.`);
      }
    });
  }

  const volgorde = (a: Probleem, b: Probleem) => a.bestand.localeCompare(b.bestand) || a.regel - b.regel;
  return { problemen: problemen.sort(volgorde), waarschuwingen: waarschuwingen.sort(volgorde), geldig };
}

/** The report an editor reads: one line per problem, grouped by file. */
export function formatteerRapport(problemen: readonly Probleem[], kop: string): string {
  if (problemen.length === 0) return '';
  const perBestand = new Map<string, Probleem[]>();
  for (const p of problemen) perBestand.set(p.bestand, [...(perBestand.get(p.bestand) ?? []), p]);
  const regels = [kop];
  for (const [bestand, lijst] of perBestand) {
    regels.push('', `${bestand}:`);
    for (const p of lijst) regels.push(`  regel ${p.regel}: ${p.bericht}`);
  }
  return regels.join('\n');
}

export function probleemKop(aantal: number): string {
  return aantal === 1
    ? 'Er is 1 probleem in de content. De site wordt pas gebouwd als dit is opgelost.'
    : `Er zijn ${aantal} problemen in de content. De site wordt pas gebouwd als ze zijn opgelost.`;
}
