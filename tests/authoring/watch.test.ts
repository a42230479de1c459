import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { run } from '../../linter/cli/run.ts';
import { watchContent } from '../../linter/cli/watch.ts';
import { cleanUp, copyHandbook, memoryIo } from './helpers.ts';

afterEach(cleanUp);

const until = async (check: () => boolean, ms = 5000): Promise<void> => {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

describe('watchContent', { timeout: 20_000 }, () => {
  it('lints at once, again after a burst of changes (debounced), and stops on abort', async () => {
    const root = copyHandbook();
    const controller = new AbortController();
    let runs = 0;
    const lines: string[] = [];
    const done = watchContent({
      root,
      signal: controller.signal,
      debounceMs: 50,
      lint: async () => ++runs,
      log: (line) => lines.push(line),
      error: (line) => lines.push(line),
    });
    await until(() => runs === 1);
    await new Promise((resolve) => setTimeout(resolve, 100));
    for (let i = 0; i < 5; i++)
      writeFileSync(join(root, 'content/initiatives/2026-q3/invite-links.mdx'), `burst ${i}\n`);
    await until(() => runs === 2);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(runs).toBe(2);
    writeFileSync(join(root, 'content/initiatives/.invite-links.mdx.tmp'), 'hidden\n');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(runs).toBe(2);
    controller.abort();
    expect(await done).toBe(2);
    expect(lines[0]).toMatch(/Watching content\/ for changes/);
  });

  it('keeps watching after a run throws', async () => {
    const root = copyHandbook();
    const controller = new AbortController();
    const errors: string[] = [];
    let runs = 0;
    const done = watchContent({
      root,
      signal: controller.signal,
      debounceMs: 20,
      lint: async () => {
        runs++;
        throw new Error('boom');
      },
      log: () => undefined,
      error: (line) => errors.push(line),
    });
    await until(() => runs === 1);
    controller.abort();
    expect(await done).toBe(2);
    expect(errors).toEqual(['handbook: boom']);
  });
});

describe('handbook lint --watch', { timeout: 20_000 }, () => {
  it('prints a report per change and ends when the signal aborts', async () => {
    const root = copyHandbook();
    const controller = new AbortController();
    const io = memoryIo(root, { signal: controller.signal });
    const done = run(['lint', '--watch'], io);
    await until(() => io.err.includes('Watching'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    writeFileSync(
      join(root, 'content/initiatives/2026-q3/invite-links.mdx'),
      '---\ntitle: [unclosed\n---\n',
    );
    await until(() => io.out.includes('invite-links.mdx'));
    expect(io.out).toContain('frontmatter-yaml');
    controller.abort();
    expect(await done).toBe(1);
  });
});
