/** Worker thread entry: lints the batches of files the pool sends, with the config it was started with. */
import { parentPort, workerData } from 'node:worker_threads';
import type { ResolvedConfig } from '../config/types.ts';
import type { FoundFile } from './discover.ts';
import { lintFilesInProcess } from './lint-files.ts';

const config = (workerData as { config: ResolvedConfig }).config;

parentPort?.on('message', (message: { id: number; files: FoundFile[] }) => {
  lintFilesInProcess(message.files, config).then(
    (outcomes) => parentPort?.postMessage({ id: message.id, outcomes }),
    (error: unknown) => parentPort?.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) }),
  );
});
