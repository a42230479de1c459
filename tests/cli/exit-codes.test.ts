import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import type { LintHandbookOptions } from '../../linter/engine/lint-handbook.ts';
import type { FileResult, LintMessage } from '../../linter/engine/types.ts';
import { createLintCommand } from '../../linter/cli/lint-command.ts';
import { run } from '../../linter/cli/run.ts';
import { copyFixture, memoryIo, removeCopies, type MemoryIo } from './helpers.ts';

function message(severity: LintMessage['severity'], line: number): LintMessage {
  return {
    ruleId: severity === 'error' ? 'brief-why' : 'stale-review',
    messageId: 'm',
    severity,
    message: `A ${severity} on line ${line}`,
    line,
    column: 1,
    url: 'https://handbook.example.com/reference/rules/x/',
    source: 'handbook',
  };
}

const clean: FileResult[] = [{ file: 'content/docs/index.mdx', messages: [] }];
const twoWarnings: FileResult[] = [
  { file: 'content/docs/a.mdx', messages: [message('warning', 1), message('warning', 2)] },
];
const errorAndWarning: FileResult[] = [
  { file: 'content/docs/a.mdx', messages: [message('warning', 1), message('error', 2)] },
];

/** Runs `handbook` with an engine that returns `results` and records what it was asked. */
async function lintWith(
  results: FileResult[],
  argv: string[],
  io: MemoryIo,
  changed: string[] | 'everything' = ['content/docs/a.mdx'],
) {
  const requests: LintHandbookOptions[] = [];
  const changedCalls: [string, string | undefined][] = [];
  const lint = createLintCommand({
    loadEngine: async () => ({
      lintHandbook: async (options) => {
        requests.push(options);
        return results;
      },
      rules: [],
    }),
    changedFiles: async (root, base) => {
      changedCalls.push([root, base]);
      return changed === 'everything' ? undefined : changed;
    },
  });
  const code = await run(argv, io, { lint });
  return { code, requests, changedCalls };
}

afterEach(removeCopies);

describe('exit codes', () => {
  it('exits 0 when clean and when there are only warnings', async () => {
    const root = copyFixture('cli-handbook');
    expect((await lintWith(clean, ['lint'], memoryIo(root))).code).toBe(0);
    const io = memoryIo(root);
    expect((await lintWith(twoWarnings, ['lint'], io)).code).toBe(0);
    expect(io.out).toContain('✖ 2 problems (0 errors, 2 warnings)');
  });

  it('exits 1 when there is an error', async () => {
    const io = memoryIo(copyFixture('cli-handbook'));
    expect((await lintWith(errorAndWarning, ['lint'], io)).code).toBe(1);
    expect(io.err).toBe('');
  });

  it('exits 1 with a note on stderr when warnings exceed --max-warnings, 0 at the limit', async () => {
    const root = copyFixture('cli-handbook');
    const over = memoryIo(root);
    expect((await lintWith(twoWarnings, ['lint', '--max-warnings', '1'], over)).code).toBe(1);
    expect(over.err).toBe('handbook: too many warnings (2, maximum 1)\n');
    expect(
      (await lintWith(twoWarnings, ['lint', '--max-warnings', '2'], memoryIo(root))).code,
    ).toBe(0);
    const zero = memoryIo(root);
    expect((await lintWith(twoWarnings, ['lint', '--max-warnings', '0'], zero)).code).toBe(1);
  });

  it('--quiet hides warnings and does not count them, but errors still fail', async () => {
    const root = copyFixture('cli-handbook');
    const quiet = memoryIo(root);
    expect(
      (await lintWith(twoWarnings, ['lint', '--quiet', '--max-warnings', '0'], quiet)).code,
    ).toBe(0);
    expect(quiet.out).not.toContain('warning');
    const withError = memoryIo(root);
    expect(
      (await lintWith(errorAndWarning, ['lint', '--quiet', '--format', 'json'], withError)).code,
    ).toBe(1);
    const report = JSON.parse(withError.out) as { messages: { severity: string }[] }[];
    expect(report[0]?.messages.map((m) => m.severity)).toEqual(['error']);
  });

  it('turns an unexpected exception into exit 2 and one line, with the stack only under HANDBOOK_DEBUG', async () => {
    const root = copyFixture('cli-handbook');
    const failing = createLintCommand({
      loadEngine: async () => ({
        lintHandbook: async () => {
          throw new Error('disk on fire\nsecond line');
        },
        rules: [],
      }),
    });
    const io = memoryIo(root);
    expect(await run(['lint'], io, { lint: failing })).toBe(2);
    expect(io.err).toBe(
      'handbook: internal error: disk on fire (set HANDBOOK_DEBUG=1 for the stack trace)\n',
    );
    const debug = memoryIo(root, { env: { HANDBOOK_DEBUG: '1' } });
    expect(await run(['lint'], debug, { lint: failing })).toBe(2);
    expect(debug.err).toMatch(
      /^handbook: internal error: Error: disk on fire\nsecond line\n\s+at /,
    );
  });
});

describe('what the engine is asked', () => {
  it('resolves the root and paths against the cwd, absolute', async () => {
    const root = copyFixture('cli-handbook');
    const { requests } = await lintWith(
      clean,
      ['lint', '--root', root, join(root, 'content/docs'), 'content/docs/index.mdx'],
      memoryIo(root),
    );
    expect(requests[0]?.root).toBe(root);
    expect(requests[0]?.paths).toEqual([
      join(root, 'content/docs'),
      join(root, 'content/docs/index.mdx'),
    ]);
    expect(requests[0]?.config.now).toEqual(new Date('2026-11-24T00:00:00Z'));
    expect(requests[0]?.config.rules['pillar-count']).toBe('off');
    expect(requests[0]).not.toHaveProperty('changed');
  });

  it('passes the files changed since --base for --changed, and everything when told to', async () => {
    const root = copyFixture('cli-handbook');
    const byDefault = await lintWith(clean, ['lint', '--changed'], memoryIo(root));
    expect(byDefault.changedCalls).toEqual([[root, undefined]]);
    expect(byDefault.requests[0]?.changed).toEqual(['content/docs/a.mdx']);
    const withBase = await lintWith(
      clean,
      ['lint', '--changed', '--base', 'origin/main'],
      memoryIo(root),
    );
    expect(withBase.changedCalls).toEqual([[root, 'origin/main']]);
    const everything = await lintWith(clean, ['lint', '--changed'], memoryIo(root), 'everything');
    expect(everything.requests[0]).not.toHaveProperty('changed');
  });
});

describe('output', () => {
  it('prints paths relative to the handbook root in every format, whatever the cwd', async () => {
    const root = copyFixture('cli-handbook');
    const name = root.split('/').pop() ?? '';
    const withRoot = memoryIo(join(root, '..'));
    await lintWith(twoWarnings, ['lint', '--root', name], withRoot);
    expect(withRoot.out).toContain('  content/docs/a.mdx:1:1  warning');
    expect(withRoot.out).not.toContain(name);
    for (const format of ['json', 'sarif', 'github']) {
      const io = memoryIo(join(root, '..'));
      await lintWith(twoWarnings, ['lint', '--root', name, '--format', format], io);
      expect(io.out, format).toMatch(/(?<![\w/.-])content\/docs\/a\.mdx/);
      expect(io.out, format).not.toContain(name);
    }
  });

  it('colours a terminal unless NO_COLOR, and FORCE_COLOR forces it', async () => {
    const root = copyFixture('cli-handbook');
    const tty = memoryIo(root, { isTTY: true });
    await lintWith(twoWarnings, ['lint'], tty);
    expect(tty.out).toMatch(/\u001b\[/);
    const noColor = memoryIo(root, { isTTY: true, env: { NO_COLOR: '1' } });
    await lintWith(twoWarnings, ['lint'], noColor);
    expect(noColor.out).toBe(stripVTControlCharacters(tty.out));
    const forced = memoryIo(root, { env: { FORCE_COLOR: '1' } });
    await lintWith(twoWarnings, ['lint'], forced);
    expect(forced.out).toBe(tty.out);
  });

  it('never colours json', async () => {
    const io = memoryIo(copyFixture('cli-handbook'), { isTTY: true, env: { FORCE_COLOR: '1' } });
    await lintWith(twoWarnings, ['lint', '--format', 'json'], io);
    expect(JSON.parse(io.out)).toHaveLength(1);
  });

  it('appends the step summary to GITHUB_STEP_SUMMARY for the github format', async () => {
    const root = copyFixture('cli-handbook');
    const summary = join(root, 'summary.md');
    writeFileSync(summary, 'earlier step\n');
    const io = memoryIo(root, { env: { GITHUB_STEP_SUMMARY: summary } });
    expect((await lintWith(errorAndWarning, ['lint', '--format', 'github'], io)).code).toBe(1);
    expect(io.out.split('\n')[0]).toBe(
      '::warning file=content/docs/a.mdx,line=1,col=1,title=stale-review::A warning on line 1',
    );
    const written = readFileSync(summary, 'utf8');
    expect(written).toMatch(/^earlier step\n## Handbook lint\n/);
    expect(written).toContain('✖ 2 problems (1 error, 1 warning) in 1 of 1 file.');
    // Other formats leave the summary alone.
    await lintWith(
      errorAndWarning,
      ['lint'],
      memoryIo(root, { env: { GITHUB_STEP_SUMMARY: summary } }),
    );
    expect(readFileSync(summary, 'utf8')).toBe(written);
  });
});
