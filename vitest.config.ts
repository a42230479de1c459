/**
 * Three projects:
 * - `unit`: fast and parallel (linter, formatters, derivations). It must stay under 30 s on a
 *   2-core machine: `npm run test:unit` while editing.
 * - `slow` (`*.slow.test.ts`): the 5 MB stress cases, fuzzing, real processes, package installs and
 *   the builds of hostile copies of the sample. CI runs it too (`npm test` runs every project).
 * - `site`: build and browser tests. Its globalSetup builds the sample handbook once per run
 *   (skipped when the build output is newer than every input), and its files run one after
 *   another so they share that build and never start a second one.
 */
import { defineConfig } from 'vitest/config';

const siteTests = ['tests/build/**/*.test.ts', 'tests/browser/**/*.test.ts'];
const slowTests = ['tests/**/*.slow.test.ts'];
const never = ['tests/fixtures/**', '**/node_modules/**'];

export default defineConfig({
  test: {
    // `npm test` measures coverage of the in-process code; the thresholds guard the core (the
    // content model, the engine and the rules), where every verdict is decided.
    coverage: {
      provider: 'v8',
      include: ['linter/**/*.ts', 'site/lib/**/*.ts'],
      reporter: ['text-summary', 'json-summary'],
      reportsDirectory: 'node_modules/.cache/coverage',
      thresholds: {
        // Set just below what the unit project alone reaches (workers and child processes are not
        // measured), so a change that leaves new core code untested fails.
        'linter/core/**': { lines: 95, functions: 95, branches: 85, statements: 95 },
        'linter/schema/**': { lines: 95, functions: 95, branches: 90, statements: 95 },
        'linter/engine/**': { lines: 88, functions: 85, branches: 80, statements: 88 },
        'linter/rules/**': { lines: 95, functions: 95, branches: 85, statements: 95 },
        'site/lib/derive/**': { lines: 95, functions: 90, branches: 80, statements: 95 },
      },
    },
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          // One module graph per worker, shared by its files (they keep no global state between
          // files), and four workers so one waiting on a child process does not idle a core:
          // 82 s → 29 s on this 2-core machine.
          isolate: false,
          maxWorkers: 4,
          include: ['tests/**/*.test.ts'],
          exclude: [...siteTests, ...slowTests, ...never],
        },
      },
      {
        test: {
          name: 'slow',
          environment: 'node',
          include: slowTests,
          exclude: [...siteTests, ...never],
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
