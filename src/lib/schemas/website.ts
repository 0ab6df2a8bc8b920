import { z } from 'astro/zod';

/**
 * Websites of providers and regions: an absolute https address with a real host name
 * (labels separated by dots, ending in a top-level domain of letters). This is what rejects
 * the seed's "www.confidence-twende/safehouse", which has no top-level domain.
 */

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/i;
const TOPLEVELDOMEIN = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/i;

/** Is this a public host name such as "www.metggz.nl" (not "localhost", not an IP address)? */
export function isEchteHostnaam(host: string): boolean {
  const labels = host.split('.');
  if (labels.length < 2) return false;
  const tld = labels[labels.length - 1] ?? '';
  return labels.every((l) => LABEL.test(l)) && TOPLEVELDOMEIN.test(tld);
}

/** Returns the normalised address, or a Dutch reason why it is not a valid website. */
export function controleerWebsite(invoer: string): { url: string } | { fout: string } {
  const tekst = invoer.trim();
  // Issue 4 asks for https: links, and the template and /regios/publiceren/ say "met https://".
  if (/^http:\/\//i.test(tekst)) {
    return { fout: `"${tekst}" gebruikt http://; schrijf het met https://, zoals https://www.voorbeeld.nl.` };
  }
  if (!/^https:\/\//i.test(tekst)) {
    return { fout: `"${tekst}" moet beginnen met https:// (bijvoorbeeld https://www.voorbeeld.nl).` };
  }
  let url: URL;
  try {
    url = new URL(tekst);
  } catch {
    return { fout: `"${tekst}" is geen geldig webadres.` };
  }
  if (url.username || url.password) {
    return { fout: `"${tekst}" bevat een gebruikersnaam of wachtwoord; laat die weg.` };
  }
  if (/^\d+(\.\d+){3}$/.test(url.hostname) || url.hostname.startsWith('[')) {
    return { fout: `"${tekst}" gebruikt een IP-adres; schrijf de domeinnaam, zoals https://www.voorbeeld.nl.` };
  }
  if (!isEchteHostnaam(url.hostname)) {
    return {
      fout: `"${tekst}" heeft geen geldige domeinnaam: "${url.hostname}" mist een extensie zoals .nl of .com.`,
    };
  }
  return { url: metHostZoalsGetypt(url, tekst) };
}

/**
 * The address as URL writes it, but with an internationalised domain as typed (NFC, lower case):
 * URL turns https://bücher.nl into https://xn--bcher-kva.nl/, which no reader recognises on
 * the page (issue 16). Browsers follow either form.
 */
function metHostZoalsGetypt(url: URL, tekst: string): string {
  const getypt = /^https:\/\/([^/?#:]+)/i.exec(tekst)?.[1]?.normalize('NFC').toLowerCase();
  if (!getypt || !url.hostname.split('.').some((l) => l.startsWith('xn--')) || /^[ -~]*$/.test(getypt)) return url.href;
  return url.href.replace(url.hostname, getypt);
}

/** An absolute https web address with a real host name. */
export const websiteSchema = z.string({ error: 'Vul een webadres in, zoals https://www.voorbeeld.nl.' }).transform((invoer, ctx) => {
  const uitkomst = controleerWebsite(invoer);
  if ('fout' in uitkomst) {
    ctx.addIssue({ code: 'custom', params: { code: 'website_ongeldig' }, message: uitkomst.fout });
    return z.NEVER;
  }
  return uitkomst.url;
});
