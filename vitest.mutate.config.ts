import { defineConfig } from 'vitest/config';
import { unitProject } from './vitest.config';

/**
 * The unit project alone, for the mutation pass (stryker.config.mjs): Stryker's vitest runner
 * runs one project, and the browser tests exercise a build, not the mutated source.
 */
export default defineConfig(unitProject);
