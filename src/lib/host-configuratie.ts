import { headersVoor, type HeaderRegel } from './headers-bestand.ts';

/**
 * The rules of dist/_headers (read by Netlify and Cloudflare Pages) written for the hosts that
 * ignore that file: nginx, Apache, Caddy and Vercel. One source, so every host sends the same
 * headers; tests/site/host-configuratie.test.ts serves dist/ with real nginx, Apache and Caddy
 * and checks the answers with `npm run controleer-headers`.
 *
 * Each host applies its rules differently (nginx takes one location block, Apache and Vercel let
 * later rules override, Caddy applies in written order), so every rule carries its *effective*
 * headers — all headers `_headers` gives a path under that rule — and rules go from general to
 * specific.
 */
export interface EffectieveRegel {
  /** The `_headers` pattern: "/*" or a prefix such as "/data/*". */
  patroon: string;
  /** Path prefix the pattern stands for: "/" or "/data/". */
  prefix: string;
  headers: [string, string][];
}

export function effectieveRegels(regels: readonly HeaderRegel[]): EffectieveRegel[] {
  return regels
    .map((regel) => {
      const prefix = prefixVan(regel.patroon);
      // A path that only this rule's pattern and the more general ones match.
      return { patroon: regel.patroon, prefix, headers: laatsteWint(headersVoor(regels, `${prefix}x`)) };
    })
    .sort((a, b) => a.prefix.length - b.prefix.length);
}

/** "/*" → "/", "/data/*" → "/data/". Other patterns (placeholders, globs mid-path) have no equal in every host. */
function prefixVan(patroon: string): string {
  if (!/^\/([\w.-]+\/)*\*$/.test(patroon)) {
    throw new Error(`Het headerpatroon "${patroon}" kan niet naar nginx, Apache, Caddy en Vercel: gebruik "/*" of "/map/*".`);
  }
  return patroon.slice(0, -1);
}

/** Two rules that set the same header: the later (more specific) value counts, as on the other hosts. */
function laatsteWint(headers: readonly [string, string][]): [string, string][] {
  const perNaam = new Map<string, [string, string]>();
  for (const [naam, waarde] of headers) perNaam.set(naam.toLowerCase(), [naam, waarde]);
  return [...perNaam.values()];
}

const KOP = 'Gemaakt bij de build uit dist/_headers (src/lib/host-configuratie.ts); niet met de hand wijzigen.';

/**
 * What a host should compress: text, and the PDF fonts (.ttf, fetched with the first PDF: about
 * half the bytes). woff2, PDF and Pagefind's files are compressed already. Hosts that compress on
 * their own (Netlify, Cloudflare Pages, Vercel) get no setting; the README says what to check.
 */
const GECOMPRIMEERDE_TYPES = [
  'text/html',
  'text/css',
  'text/javascript',
  'text/plain',
  'text/csv',
  'text/calendar',
  'text/xml',
  'application/javascript',
  'application/json',
  'application/manifest+json',
  'application/xml',
  'image/svg+xml',
  'font/ttf',
] as const;
/** Values are our own (no quotes or newlines); a quote would break every format below. */
function veilig(waarde: string): string {
  if (/["\n\\]/.test(waarde)) throw new Error(`Headerwaarde met een aanhalingsteken of regeleinde: ${waarde}`);
  return waarde;
}

/**
 * nginx: include this file inside the `server { … }` block whose `root` is dist/. nginx uses the
 * one location with the longest matching prefix, so each block lists all its headers; `always`
 * also sends them with error pages.
 */
export function nginxConfig(regels: readonly HeaderRegel[]): string {
  const blokken = effectieveRegels(regels).map((r) =>
    [
      `location ${r.prefix} {`,
      ...r.headers.map(([naam, waarde]) => `    add_header ${naam} "${veilig(waarde)}" always;`),
      '    try_files $uri $uri/ =404;',
      // nginx's mime.types has no .ttf (it would go out as application/octet-stream, uncompressed);
      // a nested location without add_header keeps the headers above.
      '    location ~ \\.ttf$ {',
      '        types { font/ttf ttf; }',
      '    }',
      '}',
    ].join('\n'),
  );
  return [
    `# ${KOP}`,
    '# Gebruik: include /pad/naar/dist/_hosting/nginx.conf; in het server-blok, met root /pad/naar/dist;',
    'index index.html;',
    'error_page 404 /404.html;',
    'gzip on;',
    'gzip_vary on;',
    `gzip_types ${GECOMPRIMEERDE_TYPES.filter((t) => t !== 'text/html').join(' ')};`,
    ...blokken,
    '',
  ].join('\n');
}

/** Apache (mod_headers): dist/.htaccess. Sections are applied in order, so the specific rule comes last and wins. */
export function apacheHtaccess(regels: readonly HeaderRegel[]): string {
  const regelsUit = [`# ${KOP}`, 'ErrorDocument 404 /404.html', 'DirectoryIndex index.html', '<IfModule mod_headers.c>'];
  for (const r of effectieveRegels(regels)) {
    const zet = r.headers.map(([naam, waarde]) => `Header always set ${naam} "${veilig(waarde)}"`);
    if (r.prefix === '/') regelsUit.push(...zet.map((z) => `  ${z}`));
    else regelsUit.push(`  <If "%{REQUEST_URI} =~ m#^${r.prefix}#">`, ...zet.map((z) => `    ${z}`), '  </If>');
  }
  regelsUit.push('</IfModule>', '<IfModule mod_deflate.c>', `  AddOutputFilterByType DEFLATE ${GECOMPRIMEERDE_TYPES.join(' ')}`, '</IfModule>', '');
  return regelsUit.join('\n');
}

/**
 * Caddy: `import /pad/naar/dist/_hosting/Caddyfile` inside the site block, after `root * /pad/naar/dist`.
 * `route` keeps the written order, so the specific rule sets its headers last.
 */
export function caddyfile(regels: readonly HeaderRegel[]): string {
  // Caddy's default list for encode (2.6) leaves font/ttf out: name the types.
  const regelsUit = [
    `# ${KOP}`,
    'route {',
    '\tencode zstd gzip {',
    '\t\tmatch {',
    // One value per line: lines for the same header are alternatives.
    ...GECOMPRIMEERDE_TYPES.map((type) => `\t\t\theader Content-Type ${type}*`),
    '\t\t}',
    '\t}',
  ];
  for (const r of effectieveRegels(regels)) {
    const matcher = r.prefix === '/' ? '' : ` ${r.prefix}*`;
    for (const [naam, waarde] of r.headers) regelsUit.push(`\theader${matcher} ${naam} "${veilig(waarde)}"`);
  }
  regelsUit.push('\tfile_server', '}', 'handle_errors {', '\trewrite * /404.html', '\tfile_server', '}', '');
  return regelsUit.join('\n');
}

/** Vercel: dist/vercel.json. Every matching entry applies; a later entry overrides the same header. */
export function vercelJson(regels: readonly HeaderRegel[]): string {
  const headers = effectieveRegels(regels).map((r) => ({
    source: r.prefix === '/' ? '/(.*)' : `${r.prefix}(.*)`,
    headers: r.headers.map(([key, value]) => ({ key, value })),
  }));
  return `${JSON.stringify({ trailingSlash: true, headers }, null, 2)}\n`;
}
