import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/** The unit tests, in Node with WXT's fake browser; also what the mutation pass runs (vitest.mutate.config.ts). */
export const unitProject: TestProjectInlineConfiguration = {
  plugins: [WxtVitest()],
  test: {
    name: 'unit',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['fake-indexeddb/auto', 'tests/support/i18n-setup.ts'],
    environment: 'node',
    sequence: { groupOrder: 0 },
  },
};

export default defineConfig({
  test: {
    projects: [
      unitProject,
      {
        // Real browsers with the built extension: `npm test` builds it and installs the browsers first.
        test: {
          name: 'browser',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 90_000,
          fileParallelism: false,
          // After the unit tests, not beside them: the browsers would make the unit tests' complexity checks noisy.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
