// @ts-check
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { defineConfig } from 'astro/config';
import { controleerContentIntegratie } from './src/integrations/controleer-content.ts';
import { headersBestandIntegratie } from './src/integrations/headers-bestand.ts';
import { pdfCodeAfslanken } from './src/integrations/pdf-code-afslanken.ts';
import { sitemapIntegratie } from './src/integrations/sitemap.ts';
import { zoekindexIntegratie } from './src/integrations/zoekindex.ts';
import { CSP_DIRECTIVES } from './src/lib/beveiliging.ts';

export default defineConfig({
  // The public address, when known (SITE_URL=https://… npm run build): sitemap.xml,
  // canonical links and og:url need it. Without it the site works the same, without those.
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
  // Every URL ends in a slash; the static host serves /route/x/index.html.
  trailingSlash: 'always',
  // Lossless compression: Astro 7's default ('jsx') drops the line break between text and a
  // following link, gluing words together ("lees je op<a>…"). tests/site/links.test.ts checks.
  compressHTML: true,
  // The site's CSS (70 KB, 10 KB gzip) as one file the browser keeps for every next page; only
  // small page-specific CSS inline. Inlined, it made every page 77 KB and the build twice as
  // slow (each hook reads every page); see the README, "Schaal".
  build: { format: 'directory', inlineStylesheets: 'auto' },
  // The content check runs first so editors get one Dutch report of every problem.
  // Islands are written against the React API and rendered by Preact's compatibility layer:
  // the melding form stays within its 90 KB budget (react-dom alone is ~60 KB gzip).
  integrations: [controleerContentIntegratie(), mdx(), preact({ compat: true }), zoekindexIntegratie(), sitemapIntegratie(), headersBestandIntegratie()],
  // The dev toolbar loads code from outside the site; the site itself sends nothing anywhere.
  // (Astro's own telemetry is about the developer's machine, not visitors: npm test and
  // npm run bench switch it off with ASTRO_TELEMETRY_DISABLED.)
  devToolbar: { enabled: false },
  // Shiki colours code with inline styles, which the CSP forbids; the site shows no code.
  markdown: { syntaxHighlight: false },
  // The PDF code without the parts of pdf-lib and fontkit the site's PDFs never reach (issue #15):
  // the first PDF loads less than half the bytes. tests/unit/pdf-vingerafdruk.test.ts runs the same plugin.
  vite: { plugins: [pdfCodeAfslanken()], worker: { plugins: () => [pdfCodeAfslanken()] } },
  security: {
    // Astro hashes its own scripts and styles into a <meta> CSP on every page; the other
    // directives keep everything on the site's own origin. dist/_headers repeats the policy
    // for hosts that send headers (and adds what a <meta> cannot: frame-ancestors).
    csp: { algorithm: 'SHA-256', directives: [...CSP_DIRECTIVES] },
  },
});
