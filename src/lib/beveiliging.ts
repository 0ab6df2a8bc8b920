/**
 * The Content-Security-Policy shared by Astro's <meta> tag (astro.config.mjs) and the
 * _headers file for static hosts. Everything comes from the site's own origin: no CDN,
 * no fonts, no analytics, no tiles.
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'self'",
  "object-src 'none'",
  "manifest-src 'self'",
  "worker-src 'self'",
] as const;

/** Headers every response gets on hosts that read dist/_headers. */
export const BEVEILIGINGSHEADERS: readonly [string, string][] = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'no-referrer'],
  ['X-Frame-Options', 'DENY'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['Cross-Origin-Resource-Policy', 'same-origin'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()'],
  ['Strict-Transport-Security', 'max-age=31536000'],
];

/**
 * Extra headers for /data/*: any site may read the open data with fetch() (CORS). Safe: the
 * files are public, static and carry no cookies or credentials (no Allow-Credentials).
 */
export const OPEN_DATA_HEADERS: readonly [string, string][] = [['Access-Control-Allow-Origin', '*']];
