// Import rules of src/ (like Starlight's import-rule test): no import cycle anywhere, and every
// import goes down the layers below. CONTRIBUTING.md ("Lagen en waar iets hoort") explains them.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

type Laag = 'kern' | 'schemas' | 'domein' | 'pdf' | 'documenten' | 'site';

/**
 * The layers, as data. A module may import its own layer and the layers in `magImporteren`.
 * `mappen` are paths under src/ (a folder, or a single file directly in src/lib).
 */
const LAGEN: Record<Laag, { mappen: readonly string[]; magImporteren: readonly Laag[]; waarom: string }> = {
  kern: {
    mappen: ['lib/kern'],
    magImporteren: [],
    waarom: 'dates, the character set, small helpers: everything builds on them, so they build on nothing',
  },
  schemas: {
    mappen: ['lib/schemas'],
    magImporteren: ['kern'],
    waarom: 'zod building blocks shared by content, form and data',
  },
  domein: {
    mappen: [
      'lib/melding',
      'lib/gemeenten',
      'lib/aanbieders',
      'lib/route',
      'lib/handboek',
      'lib/content',
      'lib/bronnen',
      'lib/invulhulp',
      'lib/opendata',
      'lib/zoeken',
      'lib/site',
      'lib/lettertype',
      'lib/beveiliging.ts',
      'lib/csp-zonder-scripts.ts',
      'lib/headers-bestand.ts',
      'lib/headers-controle.ts',
      'lib/host-configuratie.ts',
      'lib/leesbaarheid.ts',
      'lib/leesbaarheid-regio.ts',
      'lib/ui-tekst.ts',
    ],
    magImporteren: ['kern', 'schemas'],
    waarom: 'the rules of the melding, regions, providers, gemeenten and open data, in plain TypeScript',
  },
  pdf: {
    mappen: ['lib/pdf'],
    magImporteren: ['kern'],
    waarom: 'the PDF engine lays out and draws any document; it knows no melding and no template',
  },
  documenten: {
    mappen: ['lib/melding-pdf', 'lib/sjablonen'],
    magImporteren: ['kern', 'schemas', 'domein', 'pdf'],
    waarom: 'the melding PDF and the handboek templates: domain content put on the engine',
  },
  site: {
    mappen: ['islands', 'components', 'layouts', 'pages', 'scripts', 'integrations', 'styles', 'content.config.ts', 'env.d.ts'],
    magImporteren: ['kern', 'schemas', 'domein', 'pdf', 'documenten'],
    waarom: 'Astro pages, components and islands use src/lib; src/lib never uses them (it runs in Node without Astro)',
  },
};

/** Packages only one module may import, and why. */
const ALLEEN_VOOR: Record<string, { module: string; waarom: string }> = {
  'pdf-lib': { module: 'lib/pdf/teken.ts', waarom: 'one drawing adapter: swapping pdf-lib for a fork is one file' },
  '@pdf-lib/fontkit': { module: 'lib/pdf/teken.ts', waarom: 'fonts are embedded by the drawing adapter only' },
};

const SRC = fileURLToPath(new URL('../../src', import.meta.url));
const BRONBESTAND = /\.(ts|tsx|mts|js|mjs|astro)$/;

function bestanden(map: string): string[] {
  return readdirSync(map, { withFileTypes: true }).flatMap((d) => {
    const pad = join(map, d.name);
    return d.isDirectory() ? bestanden(pad) : BRONBESTAND.test(d.name) ? [pad] : [];
  });
}

/** The script parts of a file: all of a TS file; the frontmatter and <script>s of an .astro file. */
function code(pad: string): string {
  const tekst = readFileSync(pad, 'utf8');
  if (!pad.endsWith('.astro')) return tekst;
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(tekst)?.[1] ?? '';
  const scripts = [...tekst.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  return [frontmatter, ...scripts].join('\n');
}

function los(van: string, spec: string): string | null {
  const basis = resolve(dirname(van), spec);
  for (const kandidaat of [basis, `${basis}.ts`, `${basis}.tsx`, `${basis}.mjs`, `${basis}.js`, `${basis}.astro`, join(basis, 'index.ts')]) {
    if (existsSync(kandidaat) && statSync(kandidaat).isFile()) return kandidaat;
  }
  return null;
}

interface Import {
  van: string;
  naar: string;
}

/** Every import (static, dynamic, type-only, re-export) of every file under src/, as found by the TypeScript parser. */
function leesImports(): { lokaal: Import[]; pakketten: Import[] } {
  const lokaal: Import[] = [];
  const pakketten: Import[] = [];
  for (const pad of bestanden(SRC)) {
    const van = relative(SRC, pad);
    for (const { fileName: spec } of ts.preProcessFile(code(pad), true, true).importedFiles) {
      if (!spec.startsWith('.')) {
        pakketten.push({ van, naar: spec });
        continue;
      }
      const doel = los(pad, spec);
      if (doel?.startsWith(SRC)) lokaal.push({ van, naar: relative(SRC, doel) });
    }
  }
  return { lokaal, pakketten };
}

function laagVan(pad: string): Laag | null {
  for (const [laag, { mappen }] of Object.entries(LAGEN) as [Laag, (typeof LAGEN)[Laag]][]) {
    if (mappen.some((m) => pad === m || pad.startsWith(`${m}/`))) return laag;
  }
  return null;
}

/** Strongly connected components with more than one member (Tarjan): each is an import cycle. */
function cycli(graaf: Map<string, Set<string>>): string[][] {
  let teller = 0;
  const index = new Map<string, number>();
  const laag = new Map<string, number>();
  const stapel: string[] = [];
  const opStapel = new Set<string>();
  const uit: string[][] = [];
  const bezoek = (v: string) => {
    index.set(v, teller);
    laag.set(v, teller++);
    stapel.push(v);
    opStapel.add(v);
    for (const w of graaf.get(v) ?? []) {
      if (!index.has(w)) {
        bezoek(w);
        laag.set(v, Math.min(laag.get(v)!, laag.get(w)!));
      } else if (opStapel.has(w)) laag.set(v, Math.min(laag.get(v)!, index.get(w)!));
    }
    if (laag.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stapel.pop()!;
        opStapel.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) uit.push(component.sort());
    }
  };
  for (const v of graaf.keys()) if (!index.has(v)) bezoek(v);
  return uit;
}

function graafVan(paren: readonly (readonly [string, string])[]): Map<string, Set<string>> {
  const graaf = new Map<string, Set<string>>();
  for (const [a, b] of paren) {
    if (!graaf.has(a)) graaf.set(a, new Set());
    graaf.get(a)!.add(b);
  }
  return graaf;
}

const { lokaal, pakketten } = leesImports();
/** The folder of a module ("lib/melding", "islands"), or the file itself when it sits in src/lib directly. */
const map = (pad: string) =>
  pad
    .split('/')
    .slice(0, pad.startsWith('lib/') ? 2 : 1)
    .join('/');

describe('import rules of src/', () => {
  it('reads the imports of the source (a sanity check that the parser sees them)', () => {
    expect(lokaal.length).toBeGreaterThan(200);
    expect(lokaal).toContainEqual({ van: 'lib/melding-pdf/melding-pdf.ts', naar: 'lib/pdf/teken.ts' });
    expect(pakketten).toContainEqual({ van: 'lib/pdf/teken.ts', naar: 'pdf-lib' });
  });

  it('puts every folder of src/lib and every other part of src in a layer', () => {
    const onbekend = [
      ...new Set(
        bestanden(SRC)
          .map((p) => relative(SRC, p))
          .filter((p) => laagVan(p) === null)
          .map(map),
      ),
    ];
    expect(
      onbekend.map((m) => `src/${m} hoort bij geen laag: zet de map in LAGEN in tests/unit/lagen.test.ts (zie CONTRIBUTING.md, "Lagen en waar iets hoort")`),
    ).toEqual([]);
  });

  it('has no import cycle between modules', () => {
    expect(cycli(graafVan(lokaal.map((i) => [i.van, i.naar] as const)))).toEqual([]);
  });

  it('has no import cycle between the folders of src/lib', () => {
    const tussenMappen = lokaal.filter((i) => i.van.startsWith('lib/') && i.naar.startsWith('lib/') && map(i.van) !== map(i.naar));
    expect(cycli(graafVan(tussenMappen.map((i) => [map(i.van), map(i.naar)] as const)))).toEqual([]);
  });

  it('imports only downwards: a layer uses itself and the layers below it', () => {
    const fout = lokaal.flatMap(({ van, naar }) => {
      const [a, b] = [laagVan(van), laagVan(naar)];
      if (!a || !b || a === b || LAGEN[a].magImporteren.includes(b)) return [];
      return [`src/${van} (${a}) importeert src/${naar} (${b}); ${a} mag alleen ${[a, ...LAGEN[a].magImporteren].join(', ')} gebruiken`];
    });
    expect(fout).toEqual([]);
  });

  it('imports pdf-lib and fontkit in the drawing adapter only', () => {
    const fout = pakketten
      .filter(({ van, naar }) => ALLEEN_VOOR[naar] && ALLEEN_VOOR[naar].module !== van)
      .map(({ van, naar }) => `src/${van} importeert ${naar}`);
    expect(fout).toEqual([]);
  });
});
