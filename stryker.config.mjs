// @ts-check
/**
 * Mutation testing of the pure modules (`npm run mutate`, see scripts/mutate.mjs and the
 * README's "Mutation testing"): each module is mutated on its own, with the unit tests that
 * import it, one test process at a time (the machine's cores are shared).
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutate.config.ts', related: true },
  // Per test: each mutant runs only the tests that reach it (vitest filters them by a regex of
  // their names, so a test's name must stay short: no whole dataset formatted into it).
  coverageAnalysis: 'perTest',
  concurrency: 1,
  incremental: true,
  reporters: ['clear-text', 'html', 'json', 'progress'],
  tempDirName: '.stryker-tmp',
  // Only the mutated files need their type checks off; the default tries every file, fixtures included.
  disableTypeChecks: '{utils,components}/**/*.{ts,tsx}',
  cleanTempDir: 'always',
  timeoutMS: 10_000,
  thresholds: { high: 90, low: 80, break: null },
};
