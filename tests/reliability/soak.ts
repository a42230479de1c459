/**
 * `npm run fuzz -- --runs N [--seed S]`: runs the "never crash" properties of the linter with
 * N runs each (weighted as in the test suite) and prints a summary with the slowest input time.
 * Exit code 1 when a property fails, with fast-check's shrunk counterexample and seed.
 */
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { properties, timing } from './properties.ts';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '2000' }, seed: { type: 'string' } },
  strict: true,
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  process.stderr.write(`fuzz: --runs expects a whole number, got \`${values.runs}\`\n`);
  process.exit(2);
}
const seed =
  values.seed === undefined ? Date.now() ^ (Math.random() * 0x100000000) : Number(values.seed);

let failed = 0;
const started = performance.now();
process.stdout.write(`fuzz: ${runs} runs per property (weighted), seed ${seed}\n`);
for (const { name, check, weight } of properties()) {
  const numRuns = Math.max(1, Math.round(runs * weight));
  timing.slowestMs = 0;
  const t0 = performance.now();
  const details = check({ numRuns, seed });
  const slowest = timing.slowestMs;
  const seconds = ((performance.now() - t0) / 1000).toFixed(1);
  if (details.failed) {
    failed++;
    process.stdout.write(
      `✗ ${name}: FAILED after ${details.numRuns} runs (${seconds} s)\n${fc.defaultReportMessage(details) ?? ''}\n`,
    );
  } else {
    process.stdout.write(
      `✓ ${name}: ${details.numRuns} runs in ${seconds} s, slowest input ${(slowest / 1000).toFixed(2)} s\n`,
    );
  }
}
process.stdout.write(
  `fuzz: ${failed === 0 ? 'all properties held' : `${failed} propert${failed === 1 ? 'y' : 'ies'} failed`} in ${((performance.now() - started) / 1000).toFixed(1)} s (seed ${seed})\n`,
);
process.exitCode = failed === 0 ? 0 : 1;
