/**
 * Where visitors report a problem with the site. The portal is open source and every publisher
 * runs its own copy, so the address is the publisher's: MELDPUNT at build time, an https address
 * (a contact form, an issue tracker) or an e-mail address. Without it the pages say to contact
 * the publisher of the site in general words, never an invented address.
 */
export interface Meldpunt {
  href: string;
  tekst: string;
}

export function leesMeldpunt(waarde: string | undefined): Meldpunt | undefined {
  const ruw = waarde?.trim();
  if (!ruw) return undefined;
  if (/^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i.test(ruw)) return { href: `mailto:${ruw}`, tekst: ruw };
  let url: URL | undefined;
  try {
    url = new URL(ruw);
  } catch {
    url = undefined;
  }
  if (url?.protocol === 'https:' && url.hostname.includes('.')) return { href: url.href, tekst: url.host + (url.pathname === '/' ? '' : url.pathname) };
  throw new Error(
    `MELDPUNT="${ruw}" is geen https-adres en geen e-mailadres. Schrijf het zoals https://voorbeeld.nl/contact of toegankelijkheid@voorbeeld.nl.`,
  );
}
