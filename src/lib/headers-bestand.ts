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
export function padPastBij(patroon: string, pad: string): boolean {
  const regex = new RegExp(`^${patroon.split('*').map((d) => d.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return regex.test(pad);
}

/** All headers for a path, in file order (later rules add to earlier ones). */
export function headersVoor(regels: readonly HeaderRegel[], pad: string): [string, string][] {
  return regels.filter((r) => padPastBij(r.patroon, pad)).flatMap((r) => r.headers);
}
