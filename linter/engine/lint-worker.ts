/** Worker thread entry: lints the batches of files the pool sends, with the config it was started with. */
import { enableCompileCache } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import type { ResolvedConfig } from '../config/types.ts';
import type { FoundFile } from './discover.ts';

// Each worker loads remark, zod and every rule; Node's on-disk compile cache (which also keeps the
// type-stripped TypeScript) makes that start-up several times cheaper after the first run.
enableCompileCache?.();
const { lintFilesInProcess } = await import('./lint-files.ts');

const { config, publish } = workerData as { config: ResolvedConfig; publish?: boolean };

parentPort?.on(
  'message',
  (message: { id: number; files: FoundFile[]; bytes?: (Uint8Array | undefined)[] }) => {
    lintFilesInProcess(message.files, config, message.bytes, { publish }).then(
      (outcomes) => parentPort?.postMessage({ id: message.id, outcomes }),
      (error: unknown) =>
        parentPort?.postMessage({
          id: message.id,
          error: error instanceof Error ? error.message : String(error),
        }),
    );
  },
);
