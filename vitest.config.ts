import { defineConfig } from 'vitest/config';
import { pdfCodeAfslanken } from './src/integrations/pdf-code-afslanken.ts';

// Plain Vitest: src/lib is free of Astro and runs in Node as is. The projects are named by what
// their tests need, so `npm test` (scripts/test-all.mjs) can run each once its needs are met:
//   unit     Node only                                  tests/unit
//   build    builds its own copy of the project         tests/build
//   site     a built dist/ (run `npm run build` first)  tests/site/*.test.ts
//   browser  a built dist/ and Chromium                 tests/site/*.browser.test.ts
//   browser-alleen  as browser, but run after all others, on its own: crafted files that keep
//            both cores busy for seconds each ("Melding openen" must not hang), which starved
//            the melding tests running beside them (a poll of 10 s timed out, never alone)
// Run one with `npx vitest run --project unit`.
/** Browser tests that load both cores for seconds at a time; they run last, on their own. */
const ALLEEN = ['tests/site/melding-openen.browser.test.ts'];

export default defineConfig({
  // The same slimmed PDF code as the site (src/integrations/pdf-code-afslanken.ts): pdf-lib and
  // fontkit go through Vite here too, so the PDF tests and fingerprints prove the cuts change nothing.
  plugins: [pdfCodeAfslanken()],
  ssr: { noExternal: ['pdf-lib', '@pdf-lib/fontkit'] },
  test: {
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // expect.poll gives up after 1 s by default: too short for an island to hydrate on two busy
    // cores (the melding and invulhulp tests failed that way under load, never alone). A poll
    // still fails when the state never comes; it only waits longer for it.
    expect: { poll: { timeout: 10_000 } },
    // Two cores: browser suites each run a Chromium; keep them from starving each other.
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'] } },
      {
        extends: true,
        test: { name: 'site', include: ['tests/site/**/*.test.ts'], exclude: ['tests/site/**/*.browser.test.ts'] },
      },
      { extends: true, test: { name: 'browser', include: ['tests/site/**/*.browser.test.ts'], exclude: [...ALLEEN] } },
      { extends: true, test: { name: 'browser-alleen', include: [...ALLEEN], sequence: { groupOrder: 1 } } },
    ],
  },
});
