/**
 * Reads a `_headers` file (the format Netlify, Cloudflare Pages and others use): a path
 * pattern on its own line, then indented "Name: value" lines. Used by the test server so
 * browser tests run with exactly the headers a static host would send.
 */
export interface HeaderRegel {
  patroon: string;
  headers: [string, string][];
}

export function leesHeadersBestand(tekst: string): HeaderRegel[] {
  const regels: HeaderRegel[] = [];
  for (const ruw of tekst.split(/\r?\n/)) {
    if (!ruw.trim() || ruw.trim().startsWith('#')) continue;
    if (!/^\s/.test(ruw)) {
      regels.push({ patroon: ruw.trim(), headers: [] });
      continue;
    }
    const huidig = regels[regels.length - 1];
    const dubbelepunt = ruw.indexOf(':');
    if (!huidig || dubbelepunt === -1) continue;
    huidig.headers.push([ruw.slice(0, dubbelepunt).trim(), ruw.slice(dubbelepunt + 1).trim()]);
  }
  return regels;
}

/** Does a URL path match a pattern such as "/*" or "/_astro/*"? */
function padPastBij(patroon: string, pad: string): boolean {
  const regex = new RegExp(
    `^${patroon
      .split('*')
      .map((d) => d.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return regex.test(pad);
}

/** All headers for a path, in file order (later rules add to earlier ones). */
export function headersVoor(regels: readonly HeaderRegel[], pad: string): [string, string][] {
  return regels.filter((r) => padPastBij(r.patroon, pad)).flatMap((r) => r.headers);
}

/**
 * One Content-Security-Policy for the whole site: per directive, every source any page allows.
 * A host sends it with every file; the browser enforces it together with the page's own <meta>
 * policy, and a request must pass both, so each page stays exactly as strict as its <meta>.
 * This keeps dist/_headers at one rule however many pages regions publish (hosts cap the
 * number of rules; Cloudflare Pages at 100).
 */
export function vereniCsp(policies: readonly string[]): string {
  const directieven = new Map<string, Set<string>>();
  for (const policy of policies) {
    for (const [naam, bronnen] of leesCsp(policy)) directieven.set(naam, new Set([...(directieven.get(naam) ?? []), ...bronnen]));
  }
  // 'none' only stands alone: a page with script-src 'none' adds nothing to a directive other
  // pages fill (with other sources a browser ignores it, with a warning).
  for (const bronnen of directieven.values()) if (bronnen.size > 1) bronnen.delete("'none'");
  // Keywords and hosts first, in the order seen; hashes sorted, so the file is stable.
  const orde = (bronnen: Set<string>) => [...[...bronnen].filter((b) => !b.startsWith("'sha")), ...[...bronnen].filter((b) => b.startsWith("'sha")).sort()];
  return [...directieven].map(([naam, bronnen]) => [naam, ...orde(bronnen)].join(' ')).join('; ');
}

/** "default-src 'self'; img-src 'self' data:" → each directive with its sources, in order. */
export function leesCsp(policy: string): Map<string, Set<string>> {
  const directieven = new Map<string, Set<string>>();
  for (const deel of policy.split(';')) {
    const [naam, ...bronnen] = deel.trim().split(/\s+/);
    if (naam) directieven.set(naam, new Set([...(directieven.get(naam) ?? []), ...bronnen]));
  }
  return directieven;
}
