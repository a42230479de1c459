/**
 * Two projects: `unit` (fast, parallel: linter, formatters, site derivations) and `site` (build
 * and browser tests). The site project builds the sample handbook once per run in its
 * globalSetup (skipped when the build output is newer than every input), and runs its files one
 * after another so they share that build and never start a second one.
 */
import { defineConfig } from 'vitest/config';

const siteTests = ['tests/build/**/*.test.ts', 'tests/browser/**/*.test.ts'];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/**/*.test.ts'],
          exclude: [...siteTests, 'tests/fixtures/**', '**/node_modules/**'],
        },
      },
      {
        test: {
          name: 'site',
          environment: 'node',
          include: siteTests,
          globalSetup: ['tests/setup/build-site.ts'],
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
