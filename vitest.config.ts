import { defineConfig } from 'vitest/config';

// Plain Vitest: src/lib is free of Astro and runs in Node as is. Browser suites (tests/site)
// start their own static server and Chromium; they need a built dist/.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two cores: browser suites each run a Chromium; keep them from starving each other.
    maxWorkers: 2,
  },
});
