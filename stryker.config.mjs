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
  coverageAnalysis: 'perTest',
  concurrency: 1,
  incremental: true,
  reporters: ['clear-text', 'html', 'json', 'progress'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  timeoutMS: 10_000,
  thresholds: { high: 90, low: 80, break: null },
};
