/**
 * Bad files in a pull request, through the CLI (`run`) and the engine: binary and non-UTF-8
 * files, an empty file, a directory named like a file, a symbolic link loop, a dangling link,
 * a FIFO, a file deleted between discovery and read, an unreadable file. Each is a diagnostic
 * naming the path (never a stack trace), the exit code is 1 (lint errors), not 2, and the valid
 * brief next to it still gets its own messages.
 */
import { execFileSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../linter/cli/run.ts';
import { lintFilesInProcess } from '../../linter/engine/lint-files.ts';
import { memoryIo } from '../cli/helpers.ts';
import { faultBrief } from '../support/faults.ts';
import { config } from './properties.ts';

interface Report {
  file: string;
  messages: { ruleId: string; severity: string; message: string; line: number; column: number }[];
}

const temporary: string[] = [];
afterAll(() => Promise.all(temporary.map((dir) => rm(dir, { recursive: true, force: true }))));

/** A handbook with a brief that lacks a Why (its own, known error) and the bad entry `add` makes. */
async function handbookWith(add: (initiatives: string) => Promise<void>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'handbook-bad-files-'));
  temporary.push(root);
  const initiatives = join(root, 'content', 'initiatives');
  await mkdir(initiatives, { recursive: true });
  await writeFile(
    join(initiatives, 'neighbour.mdx'),
    faultBrief('platform-reliability', { 11: null, 12: null, 13: null, 14: null }),
  );
  await add(initiatives);
  return root;
}

async function lint(
  root: string,
): Promise<{ code: number; report: Report[]; err: string; out: string }> {
  const io = memoryIo(root);
  const code = await run(['lint', '--format', 'json'], io);
  let report: Report[] = [];
  try {
    report = JSON.parse(io.out) as Report[];
  } catch {
    // Left empty: the assertions below say what was expected.
  }
  return { code, report, err: io.err, out: io.out };
}

const stackTrace = /\n\s+at .+:\d+:\d+/;

/** The shared expectations: exit 1, no stack trace, the neighbour's own `brief-why` error. */
function expectLintedAround(result: Awaited<ReturnType<typeof lint>>): void {
  expect(result.err).not.toMatch(stackTrace);
  expect(result.out).not.toMatch(stackTrace);
  expect(result.err).toBe('');
  expect(result.code).toBe(1);
  const neighbour = result.report.find((file) => file.file === 'content/initiatives/neighbour.mdx');
  expect(neighbour?.messages.map((m) => m.ruleId)).toContain('brief-why');
}

function messagesOf(result: Awaited<ReturnType<typeof lint>>, file: string) {
  return result.report.find((entry) => entry.file === file)?.messages ?? [];
}

describe('bad files are diagnostics, and the rest is still linted', () => {
  it('a binary file (PNG bytes with NUL) is an mdx-parse error at the NUL', async () => {
    const root = await handbookWith((dir) =>
      writeFile(
        join(dir, 'image.mdx'),
        new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0xff]),
      ),
    );
    const result = await lint(root);
    expectLintedAround(result);
    expect(messagesOf(result, 'content/initiatives/image.mdx')).toMatchObject([
      { ruleId: 'mdx-parse', severity: 'error', line: 3, column: 1 },
    ]);
  });

  it('a Latin-1 file is an mdx-parse error at the first byte that is not UTF-8', async () => {
    const latin1 = Buffer.from(
      faultBrief('platform-reliability', { 2: 'title: Caf\u00e9 cr\u00e8me' }),
      'latin1',
    );
    const root = await handbookWith((dir) => writeFile(join(dir, 'latin1.mdx'), latin1));
    const result = await lint(root);
    expectLintedAround(result);
    expect(messagesOf(result, 'content/initiatives/latin1.mdx')).toMatchObject([
      { ruleId: 'mdx-parse', line: 2, column: 11 },
    ]);
  });

  it('an empty file is a frontmatter-schema error (missing frontmatter)', async () => {
    const root = await handbookWith((dir) => writeFile(join(dir, 'empty.mdx'), ''));
    const result = await lint(root);
    expectLintedAround(result);
    expect(messagesOf(result, 'content/initiatives/empty.mdx').map((m) => m.ruleId)).toContain(
      'frontmatter-schema',
    );
  });

  it('a directory named `x.mdx` is walked as a folder, not read as a file', async () => {
    const root = await handbookWith(async (dir) => {
      await mkdir(join(dir, 'x.mdx'));
      await writeFile(join(dir, 'x.mdx', 'inner.mdx'), '');
    });
    const result = await lint(root);
    expectLintedAround(result);
    expect(result.report.map((file) => file.file)).not.toContain('content/initiatives/x.mdx');
    expect(
      messagesOf(result, 'content/initiatives/x.mdx/inner.mdx').map((m) => m.ruleId),
    ).toContain('frontmatter-schema');
  });

  it('a symbolic link loop (loop.mdx → itself) is an mdx-parse error naming the path', async () => {
    const root = await handbookWith((dir) => symlink('loop.mdx', join(dir, 'loop.mdx')));
    const result = await lint(root);
    expectLintedAround(result);
    const [message, ...rest] = messagesOf(result, 'content/initiatives/loop.mdx');
    expect(rest).toEqual([]);
    expect(message).toMatchObject({ ruleId: 'mdx-parse', severity: 'error', line: 1, column: 1 });
    expect(message?.message).toContain('content/initiatives/loop.mdx');
    expect(message?.message).toMatch(/loop/);
  });

  it('a dangling symbolic link is an mdx-parse error naming the path', async () => {
    const root = await handbookWith((dir) => symlink('gone.mdx', join(dir, 'dangling.mdx')));
    const result = await lint(root);
    expectLintedAround(result);
    const messages = messagesOf(result, 'content/initiatives/dangling.mdx');
    expect(messages).toMatchObject([{ ruleId: 'mdx-parse', severity: 'error' }]);
    expect(messages[0]?.message).toContain('content/initiatives/dangling.mdx');
  });

  it('a FIFO named `pipe.mdx` (and a link to it) is never opened, so the run cannot block on it', async ({
    skip,
  }) => {
    let made = true;
    const root = await handbookWith(async (dir) => {
      try {
        execFileSync('mkfifo', [join(dir, 'pipe.mdx')]);
        await symlink('pipe.mdx', join(dir, 'to-pipe.mdx'));
      } catch {
        made = false;
      }
    });
    skip(!made, 'mkfifo is not available here');
    const result = await lint(root);
    expectLintedAround(result);
  }, 20_000);

  it('a file deleted between discovery and read is an mdx-parse error naming the path', async () => {
    const root = await handbookWith(() => Promise.resolve());
    const absolute = join(root, 'content', 'initiatives', 'deleted.mdx');
    const [outcome, neighbour] = await lintFilesInProcess(
      [
        {
          absolute,
          path: 'content/initiatives/deleted.mdx',
          contentPath: 'initiatives/deleted.mdx',
        },
        {
          absolute: join(root, 'content', 'initiatives', 'neighbour.mdx'),
          path: 'content/initiatives/neighbour.mdx',
          contentPath: 'initiatives/neighbour.mdx',
        },
      ],
      config,
    );
    expect(outcome?.messages).toMatchObject([
      { ruleId: 'mdx-parse', severity: 'error', line: 1, column: 1 },
    ]);
    expect(outcome?.messages[0]?.message).toContain('content/initiatives/deleted.mdx');
    expect(outcome?.facts.path).toBe('content/initiatives/deleted.mdx');
    expect(neighbour?.messages.map((m) => m.ruleId)).toContain('brief-why');
  });

  it('an unreadable file (chmod 000) is an mdx-parse error naming the path', async ({ skip }) => {
    // root reads a chmod 000 file anyway; the dangling link and the loop above cover unreadable entries.
    skip(process.getuid?.() === 0, 'tests run as root, which can still read a chmod 000 file');
    const root = await handbookWith(async (dir) => {
      await writeFile(join(dir, 'secret.mdx'), faultBrief('platform-reliability'));
      await chmod(join(dir, 'secret.mdx'), 0o000);
    });
    const result = await lint(root);
    expectLintedAround(result);
    const messages = messagesOf(result, 'content/initiatives/secret.mdx');
    expect(messages).toMatchObject([{ ruleId: 'mdx-parse', severity: 'error' }]);
    expect(messages[0]?.message).toMatch(/permission denied/);
  });

  it('all of them at once: one report, exit 1, no stack trace', async () => {
    const root = await handbookWith(async (dir) => {
      await writeFile(join(dir, 'image.mdx'), new Uint8Array([0, 1, 2, 255]));
      await writeFile(join(dir, 'empty.mdx'), '');
      await mkdir(join(dir, 'x.mdx'));
      await symlink('loop.mdx', join(dir, 'loop.mdx'));
      await symlink('gone.mdx', join(dir, 'dangling.mdx'));
    });
    const result = await lint(root);
    expectLintedAround(result);
    for (const file of ['image', 'empty', 'loop', 'dangling']) {
      expect(messagesOf(result, `content/initiatives/${file}.mdx`).length, file).toBeGreaterThan(0);
    }
  });
});

describe('the place of the first byte that is not UTF-8', () => {
  it('is exact after multi-byte characters of every length', async () => {
    const { lintAndCheck } = await import('./properties.ts');
    for (const before of [
      '',
      'é',
      '€',
      '😀',
      '😀😀😀 é € x',
      'a'.repeat(1000) + '😀'.repeat(300),
    ]) {
      const good = new TextEncoder().encode(`---\ntitle: ${before}`);
      const bytes = new Uint8Array([...good, 0xe9, 0x20, 0x41, 0x0a]);
      const [message] = lintAndCheck('initiatives/fuzz.mdx', bytes).messages.filter(
        (m) => m.ruleId === 'mdx-parse',
      );
      // Columns of undecodable files are counted in bytes.
      expect(message, before).toMatchObject({
        line: 2,
        column: new TextEncoder().encode(`title: ${before}`).length + 1,
      });
    }
  });
});
