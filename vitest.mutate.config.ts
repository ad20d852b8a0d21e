import { defineConfig } from 'vitest/config';
import { unitProject } from './vitest.config';

/**
 * The unit project alone, for the mutation pass (stryker.config.mjs): Stryker's vitest runner
 * runs one project, and the browser tests exercise a build, not the mutated source. Only the
 * module's own tests run when scripts/mutate.mjs names them (MUTATE_TESTS, comma-separated).
 */
const only = process.env.MUTATE_TESTS?.split(',').filter(Boolean);
export default defineConfig({
  ...unitProject,
  test: {
    ...unitProject.test,
    ...(only?.length ? { include: only } : {}),
    // Instrumented code counts every statement it runs: reading the import tests' 24 MB file takes
    // over the default 5 s. Stryker's own timeout still catches a mutant that loops.
    testTimeout: 60_000,
  },
});
