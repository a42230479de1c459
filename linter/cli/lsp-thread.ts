/**
 * `handbook lsp` runs the server on this worker thread, not the main one, for its memory: V8
 * grows a thread's young generation to 128 MiB while the server indexes 5,000 briefs, and never
 * gives it back, and a flag can cap it only for a worker (`resourceLimits`) or at process start.
 * The main thread pipes stdin and stdout to this thread and exits with its exit code.
 */
import { workerData } from 'node:worker_threads';
import { startServer } from '../lsp/server.ts';
import { lintInChild } from './cold-lint.ts';
import { findHandbookRoot } from './handbook-root.ts';

export interface LspThreadData {
  cwd: string;
  env: Record<string, string | undefined>;
  version: string;
  self?: { execPath: string; script: string } | undefined;
}

const { cwd, env, version, self } = workerData as LspThreadData;

startServer({
  input: process.stdin,
  output: process.stdout,
  cwd,
  env,
  findRoot: findHandbookRoot,
  version,
  ...(self ? { fillCache: (root: string) => lintInChild(self, root, env) } : {}),
});
