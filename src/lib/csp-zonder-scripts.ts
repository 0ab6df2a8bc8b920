import { leesCsp } from './headers-bestand.ts';

/**
 * Astro puts the hash of every script of the site in every page's <meta> CSP. A page that runs no
 * script should allow none: then even markup that slipped into its content cannot run. This
 * rewrites `script-src` to `'none'` in such a page. Data blocks (JSON-LD) are not scripts.
 * Works on Astro's own output, whose tags keep `>` out of attribute values.
 */
const META_CSP = /<meta http-equiv="content-security-policy" content="([^"]+)"/;
const SCRIPT_TAG = /<script\b([^>]*)>/gi;
const DATA_TYPE = /\btype\s*=\s*"?(application\/(ld\+)?json)"?/i;

export function draaitScripts(html: string): boolean {
  return [...html.matchAll(SCRIPT_TAG)].some(([, attributen]) => !DATA_TYPE.test(attributen ?? ''));
}

/** The page with its CSP tightened when it runs no script, and the CSP it ends up with; null without a <meta> CSP. */
export function zonderScripts(html: string): { html: string; csp: string } | null {
  const csp = META_CSP.exec(html)?.[1];
  if (!csp) return null;
  if (draaitScripts(html)) return { html, csp };
  const directieven = leesCsp(csp);
  directieven.set('script-src', new Set(["'none'"]));
  const streng = [...directieven].map(([naam, bronnen]) => [naam, ...bronnen].join(' ')).join('; ');
  return { html: html.replace(META_CSP, `<meta http-equiv="content-security-policy" content="${streng}"`), csp: streng };
}
