/**
 * Property-based "never crash" tests of the per-file lint (see properties.ts for the
 * invariants). Sized for CI; `FUZZ_RUNS=N` raises the base run count, and
 * `npm run fuzz -- --runs N` runs the same properties as a longer soak with a summary.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { properties } from './properties.ts';

const base = Number(process.env['FUZZ_RUNS'] ?? 800);
// A hang guard, not a speed assertion: a file that never finishes fails here instead of stalling CI.
const hangGuard = 120_000;

describe('lintContentFile never crashes', () => {
  for (const { name, check, weight } of properties()) {
    it(
      name,
      () => {
        const seed = process.env['FUZZ_SEED'] ? Number(process.env['FUZZ_SEED']) : undefined;
        const details = check({ numRuns: Math.max(1, Math.round(base * weight)), seed });
        if (details.failed)
          throw new Error(
            fc.defaultReportMessage(details) ?? `property failed (seed ${details.seed})`,
          );
      },
      hangGuard,
    );
  }
});
