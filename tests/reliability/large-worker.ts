/** Worker for `large-files.slow.test.ts`: lints one large case through `lintHandbook` and reports the time. */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { lintHandbook } from '../../linter/engine/lint-handbook.ts';
import { largeCases } from './large-cases.ts';
import { config, invariantProblem } from './properties.ts';

const { index } = workerData as { index: number };
const item = largeCases[index];
const root = await mkdtemp(join(tmpdir(), 'handbook-large-'));
try {
  const source = item?.source() ?? '';
  await mkdir(join(root, 'content', 'initiatives'), { recursive: true });
  await writeFile(join(root, 'content', 'initiatives', 'large.mdx'), source);
  const start = performance.now();
  const results = await lintHandbook({ root, config, cache: false, workers: 0 });
  const seconds = (performance.now() - start) / 1000;
  const problems = results
    .map((result) =>
      invariantProblem(
        { messages: result.messages, facts: { path: result.file } } as never,
        result.file,
      ),
    )
    .filter(Boolean);
  parentPort?.postMessage({
    seconds,
    bytes: source.length,
    problems,
    rules: results
      .flatMap((r) => r.messages.map((m) => `${m.ruleId}:${m.line}:${m.column}`))
      .slice(0, 8),
  });
} catch (error) {
  parentPort?.postMessage({
    error: error instanceof Error ? `${error.message}\n${error.stack}` : String(error),
  });
} finally {
  await rm(root, { recursive: true, force: true });
}
