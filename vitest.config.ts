import { defineConfig } from 'vitest/config';

// Projects: unit (pure logic and DOM helpers, beside the code), chromium and firefox (one set of browser cases,
// a driver each), bench (figures, not assertions of time).
const browserProject = (name: 'chromium' | 'firefox') => ({
  test: {
    name,
    // The built bundles are checked once, with the Chromium run.
    include: name === 'chromium' ? ['tests/browser/**/*.spec.ts', 'tests/build/**/*.spec.ts'] : ['tests/browser/**/*.spec.ts'],
    env: { TEST_BROWSER: name },
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    sequence: { concurrent: false },
  },
});

export default defineConfig({
  // Unit tests run the source as the test build does (build-flags.d.ts).
  define: { __TEST_HOOKS__: 'true' },
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'tests/panels/**/*.test.ts', 'tests/corpus/**/*.test.ts', 'scripts/**/*.test.ts'],
          environment: 'node',
          // Property tests and the page corpora take a second or two here, and several times that on a busy
          // machine: the 5 s default failed them for load, not for a fault.
          testTimeout: 30_000,
        },
      },
      browserProject('chromium'),
      browserProject('firefox'),
      {
        test: { name: 'bench', include: ['bench/**/*.bench.ts'], globalSetup: ['tests/support/global-setup.ts'], testTimeout: 300_000, fileParallelism: false },
      },
    ],
  },
});
