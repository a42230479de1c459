/**
 * Lints files on worker threads, one per core: parsing MDX is CPU-bound, and a pull request's
 * lint on a 2-core runner should use both. Small handbooks stay in-process, where starting
 * workers (each loads remark and zod) would cost more than it saves. A pool can be started
 * before the files are known, so the workers load while the main thread reads and hashes.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Transferable } from 'node:worker_threads';
import type { ResolvedConfig } from '../config/types.ts';
import { siblingModule } from '../sibling-module.ts';
import type { FoundFile } from './discover.ts';
import type { FileOutcome } from './lint-file.ts';

/** The worker's entry, beside this module. */
const WORKER_URL = siblingModule('lint-worker', import.meta.url);

/** Below this many files, workers do not pay for their start-up. */
export const WORKER_THRESHOLD = 300;
const BATCH_SIZE = 64;

export interface PoolOptions {
  /** Number of workers; default: one per core. 0 or 1 lints in-process. */
  workers?: number | undefined;
  /** Also render what the site publishes (for a build). */
  publish?: boolean | undefined;
}

/** How many workers to lint `count` files with; 0 means in-process. */
export function poolSize(count: number, workers?: number): number {
  const size = Math.min(workers ?? availableParallelism(), Math.ceil(count / BATCH_SIZE));
  if (size <= 1 || (workers === undefined && count < WORKER_THRESHOLD)) return 0;
  return size;
}

export interface LintPool {
  /** Lints `files`; `preread[i]`, when given, holds the bytes of `files[i]`. Input order kept. */
  lint(
    files: readonly FoundFile[],
    preread?: readonly (Uint8Array | undefined)[],
  ): Promise<FileOutcome[]>;
  close(): Promise<void>;
}

/**
 * Parsing allocates fast and keeps little, so V8 grows each worker's young generation to 128 MiB
 * (two 64 MiB semi-spaces), which alone took a cold lint of 5,000 briefs from about 370 MiB to
 * 550 MiB peak. A 32 MiB young generation costs no measurable time there (5.4 s either way).
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 32 };

/** Starts `size` workers now; they load the linter while the caller prepares the files. */
export function startPool(
  config: ResolvedConfig,
  size: number,
  options: Pick<PoolOptions, 'publish'> = {},
): LintPool {
  const workerData = { config, publish: options.publish ?? false };
  const workers = Array.from(
    { length: size },
    () => new Worker(WORKER_URL, { workerData, resourceLimits: WORKER_LIMITS }),
  );
  return {
    close: async () => {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
    lint: async (files, preread) => {
      const batches: { files: FoundFile[]; bytes: (Uint8Array | undefined)[] | undefined }[] = [];
      for (let i = 0; i < files.length; i += BATCH_SIZE)
        batches.push({
          files: files.slice(i, i + BATCH_SIZE),
          bytes: preread?.slice(i, i + BATCH_SIZE),
        });
      const results: FileOutcome[][] = new Array(batches.length);
      let next = 0;
      await Promise.all(
        workers.map(
          (worker) =>
            new Promise<void>((resolve, reject) => {
              const send = () => {
                if (next >= batches.length) {
                  worker.off('message', onMessage);
                  worker.off('error', reject);
                  return resolve();
                }
                const id = next++;
                const batch = batches[id] as (typeof batches)[number];
                worker.postMessage(
                  { id, files: batch.files, bytes: batch.bytes },
                  transferList(batch.bytes),
                );
                batch.bytes = undefined;
              };
              const onMessage = (message: {
                id: number;
                outcomes?: FileOutcome[];
                error?: string;
              }) => {
                if (message.error !== undefined || !message.outcomes)
                  return reject(new Error(`lint worker failed: ${message.error}`));
                results[message.id] = message.outcomes;
                send();
              };
              worker.on('message', onMessage);
              worker.on('error', reject);
              send();
            }),
        ),
      );
      return results.flat();
    },
  };
}

/** Lints `files`, in parallel when worthwhile; outcomes come back in input order. */
export async function lintFilesInParallel(
  files: readonly FoundFile[],
  config: ResolvedConfig,
  options: PoolOptions = {},
  preread?: readonly (Uint8Array | undefined)[],
): Promise<FileOutcome[]> {
  const size = poolSize(files.length, options.workers);
  if (size === 0)
    return (await import('./lint-files.ts')).lintFilesInProcess(files, config, preread, {
      publish: options.publish,
    });
  const pool = startPool(config, size, options);
  try {
    return await pool.lint(files, preread);
  } finally {
    await pool.close();
  }
}

/** The buffers that can move to the worker without a copy: each must own its whole ArrayBuffer, once. */
function transferList(bytes: readonly (Uint8Array | undefined)[] | undefined): Transferable[] {
  if (!bytes) return [];
  const seen = new Set<ArrayBufferLike>();
  for (const view of bytes) {
    if (!view) continue;
    const buffer = view.buffer;
    if (
      buffer instanceof ArrayBuffer &&
      view.byteOffset === 0 &&
      view.byteLength === buffer.byteLength &&
      !seen.has(buffer)
    )
      seen.add(buffer);
    else seen.delete(buffer);
  }
  return [...seen] as Transferable[];
}
