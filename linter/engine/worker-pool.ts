/**
 * Lints files on worker threads, one per core: parsing MDX is CPU-bound, and a pull request's
 * lint on a 2-core runner should use both. Small handbooks stay in-process, where starting
 * workers (each loads remark and zod) would cost more than it saves.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Transferable } from 'node:worker_threads';
import type { ResolvedConfig } from '../config/types.ts';
import type { FoundFile } from './discover.ts';
import type { FileOutcome } from './lint-file.ts';
import { lintFilesInProcess } from './lint-files.ts';

/** Below this many files, workers do not pay for their start-up. */
export const WORKER_THRESHOLD = 300;
const BATCH_SIZE = 64;

export interface PoolOptions {
  /** Number of workers; default: one per core. 0 or 1 lints in-process. */
  workers?: number | undefined;
}

/**
 * Lints `files`, in parallel when worthwhile; outcomes come back in input order.
 * `preread[i]`, when given, holds the bytes of `files[i]` (already read to hash them): they are
 * handed to the worker (transferred, not copied) instead of being read a second time.
 */
export async function lintFilesInParallel(files: readonly FoundFile[], config: ResolvedConfig, options: PoolOptions = {}, preread?: readonly (Uint8Array | undefined)[]): Promise<FileOutcome[]> {
  const size = Math.min(options.workers ?? availableParallelism(), Math.ceil(files.length / BATCH_SIZE));
  if (size <= 1 || (options.workers === undefined && files.length < WORKER_THRESHOLD)) return lintFilesInProcess(files, config, preread);

  const batches: { files: FoundFile[]; bytes: (Uint8Array | undefined)[] | undefined }[] = [];
  for (let i = 0; i < files.length; i += BATCH_SIZE) batches.push({ files: files.slice(i, i + BATCH_SIZE), bytes: preread?.slice(i, i + BATCH_SIZE) });
  const results: FileOutcome[][] = new Array(batches.length);
  let next = 0;

  const workers = Array.from({ length: size }, () => new Worker(new URL('./lint-worker.ts', import.meta.url), { workerData: { config } }));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next >= batches.length) return resolve();
              const id = next++;
              const batch = batches[id] as (typeof batches)[number];
              worker.postMessage({ id, files: batch.files, bytes: batch.bytes }, transferList(batch.bytes));
              batch.bytes = undefined;
            };
            worker.on('message', (message: { id: number; outcomes?: FileOutcome[]; error?: string }) => {
              if (message.error !== undefined || !message.outcomes) return reject(new Error(`lint worker failed: ${message.error}`));
              results[message.id] = message.outcomes;
              send();
            });
            worker.on('error', reject);
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results.flat();
}

/** The buffers that can move to the worker without a copy: each must own its whole ArrayBuffer, once. */
function transferList(bytes: readonly (Uint8Array | undefined)[] | undefined): Transferable[] {
  if (!bytes) return [];
  const seen = new Set<ArrayBufferLike>();
  for (const view of bytes) {
    if (!view) continue;
    const buffer = view.buffer;
    if (buffer instanceof ArrayBuffer && view.byteOffset === 0 && view.byteLength === buffer.byteLength && !seen.has(buffer)) seen.add(buffer);
    else seen.delete(buffer);
  }
  return [...seen] as Transferable[];
}
