/**
 * Every fixed UI string of the site chrome, in one typed place. Strings only for screen
 * readers end in `…accessibleLabel`.
 */
export const UI = {
  siteNaam: 'Safehouse-portaal',
  siteOndertitel: 'Beschermd wonen na een verslavingskliniek',
  skipLink: 'Naar de inhoud',
  hoofdnavigatieAccessibleLabel: 'Hoofdmenu',
  kruimelpadAccessibleLabel: 'Kruimelpad',
  voettekstnavigatieAccessibleLabel: 'Over deze site',
  zoekveldLabel: 'Zoeken op deze site',
  zoekknop: 'Zoeken',
  home: 'Home',
  bronnenKop: 'Bronnen',
  bronnenUitleg: 'De feiten op deze pagina komen uit deze documenten. De tekst is in eigen woorden geschreven.',
  bijgewerkt: 'Laatst bijgewerkt',
  volgendeStap: 'Volgende stap',
} as const;

/** Main navigation, in the order of the design. */
export const HOOFDNAVIGATIE = [
  { href: '/route/', tekst: 'De route' },
  { href: '/aanbieders/', tekst: 'Aanbieders' },
  { href: '/handboek/', tekst: 'Handboek' },
  { href: '/melding/', tekst: 'Melding maken' },
  { href: '/zoeken/', tekst: 'Zoeken' },
] as const;

export const VOETTEKSTNAVIGATIE = [
  { href: '/over-deze-site/', tekst: 'Over deze site' },
  { href: '/privacy/', tekst: 'Privacy' },
  { href: '/toegankelijkheid/', tekst: 'Toegankelijkheid' },
] as const;
