/**
 * Catastrophic backtracking and quadratic walks: 5 MB files built to hit the rules' and the
 * engine's patterns (large-cases.ts) must lint. No timed assertions (speed goals live in bench/):
 * each case runs in a worker thread that is terminated after the hang guard, because a
 * synchronous hang cannot be stopped by a vitest timeout. The measured seconds are printed.
 */
import { Worker } from 'node:worker_threads';
import { afterAll, describe, it } from 'vitest';
import { largeCases } from './large-cases.ts';

const hangGuard = 60_000;
const timings: string[] = [];
afterAll(() =>
  console.info(`5 MB lint timings (lintHandbook, in a worker):\n${timings.join('\n')}`),
);

interface Outcome {
  seconds?: number;
  bytes?: number;
  problems?: string[];
  rules?: string[];
  error?: string;
  hung?: true;
}

function lintInWorker(index: number): Promise<Outcome> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./large-worker.ts', import.meta.url), {
      workerData: { index },
    });
    const timer = setTimeout(() => {
      void worker.terminate();
      resolve({ hung: true });
    }, hangGuard);
    worker.once('message', (outcome: Outcome) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(outcome);
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      resolve({ error: error.stack ?? String(error) });
    });
  });
}

describe('5 MB files lint (hang guard in a worker, timings printed)', () => {
  largeCases.forEach(({ name, knownHang }, index) => {
    if (knownHang) {
      // Visible in the report as skipped, with the reason in its name.
      it.skip(`${name} — KNOWN HANG, skipped: ${knownHang}`, () => {});
      return;
    }
    // Concurrent: each case has its own worker thread, so the cores share the work.
    it.concurrent(
      name,
      async ({ expect }) => {
        const outcome = await lintInWorker(index);
        timings.push(
          `  ${outcome.hung ? `> ${hangGuard / 1000} (HUNG)` : (outcome.seconds ?? NaN).toFixed(2)}  ${name}`,
        );
        expect(outcome.hung, `did not finish within ${hangGuard / 1000} s`).toBeUndefined();
        expect(outcome.error).toBeUndefined();
        expect(outcome.problems).toEqual([]);
      },
      hangGuard + 10_000,
    );
  });
});
