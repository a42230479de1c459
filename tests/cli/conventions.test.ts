/**
 * The conventions users know from ESLint, remark-cli and markdownlint-cli2, through
 * `run(argv, io)` with the real engine: the root is found upward from a subfolder, paths are
 * root-relative in every format, `-o` writes the report atomically, `--color`/`--no-color`
 * beat NO_COLOR/FORCE_COLOR, `--no-cache`/`--cache-location` move or skip the cache, and
 * linting nothing (a path outside `content/`, an empty `content/`) is a usage error.
 */
import {
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { run } from '../../linter/cli/run.ts';
import { findHandbookRoot } from '../../linter/cli/handbook-root.ts';
import { copyFixture, memoryIo, removeCopies } from './helpers.ts';

afterEach(removeCopies);

const defaultCache = (root: string) => join(root, 'node_modules/.cache/handbook/lint-cache.json');

/** Exits 2 with exactly one line on stderr and nothing on stdout. */
function expectUsageError(io: { out: string; err: string }, code: number, pattern: RegExp): void {
  expect(code).toBe(2);
  expect(io.out).toBe('');
  expect(io.err).toMatch(pattern);
  expect(io.err.trimEnd().split('\n')).toHaveLength(1);
  expect(io.err).not.toMatch(/No problems|\n\s+at /);
}

describe('the handbook root', () => {
  it('is found upward from a subfolder, with the same report as from the root', async () => {
    const root = copyFixture('cli-handbook');
    const top = memoryIo(root);
    const inside = memoryIo(join(root, 'content/docs'));
    expect(await run(['lint'], top)).toBe(1);
    expect(await run(['lint'], inside)).toBe(1);
    expect(inside.out).toBe(top.out);
    expect(inside.out).toContain('  content/docs/broken-yaml.mdx:3:1  error');
  });

  it('is the nearest folder holding handbook.config.* or content/', () => {
    const root = copyFixture('cli-handbook');
    mkdirSync(join(root, 'content/docs/deep/er'), { recursive: true });
    expect(findHandbookRoot(join(root, 'content/docs/deep/er'))).toBe(root);
    expect(findHandbookRoot(root)).toBe(root);
    // A nested handbook (its own config, no content/ of its own yet) wins over the outer one.
    const nested = join(root, 'content/docs/deep');
    writeFileSync(join(nested, 'handbook.config.json'), '{}');
    expect(findHandbookRoot(join(nested, 'er'))).toBe(nested);
  });

  it('takes paths relative to the cwd, and reports them relative to the root', async () => {
    const root = copyFixture('cli-handbook');
    const io = memoryIo(join(root, 'content/docs'));
    expect(await run(['lint', '--format', 'json', 'unused-suppression.mdx'], io)).toBe(0);
    expect((JSON.parse(io.out) as { file: string }[]).map((r) => r.file)).toEqual([
      'content/docs/unused-suppression.mdx',
    ]);
  });

  it('is a usage error when no folder above the cwd is a handbook', async ({ skip }) => {
    // Only meaningful when no folder above the temporary directory is a handbook itself.
    skip(findHandbookRoot(tmpdir()) !== undefined, `a folder above ${tmpdir()} is a handbook`);
    const empty = mkdtempSync(join(tmpdir(), 'handbook-nowhere-'));
    try {
      const io = memoryIo(empty);
      expectUsageError(
        io,
        await run(['lint'], io),
        /^handbook: no handbook in `\.` or any folder above it, expected a folder holding `content\/` or `handbook\.config\.\*`/,
      );
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('is a usage error when the folder with the config has no content/', async () => {
    const root = copyFixture('cli-handbook');
    rmSync(join(root, 'content'), { recursive: true });
    const io = memoryIo(root);
    expectUsageError(
      io,
      await run(['lint'], io),
      /^handbook: no `content\/` folder in the handbook `\.`/,
    );
  });
});

describe('linting nothing is an error, never "No problems in 0 files"', () => {
  it.each([
    [
      'a file next to content/',
      ['handbook.config.json'],
      /^handbook: `handbook\.config\.json` is outside the handbook's content, expected a file or folder under `content\/`/,
    ],
    ['the parent folder', ['..'], /^handbook: `\.\.` is outside the handbook's content/],
    [
      'a non-content file under content/',
      ['content/docs/diagram.png'],
      /^handbook: `content\/docs\/diagram\.png` is not a content file, expected a `\.md` or `\.mdx` file/,
    ],
    [
      'a folder without content files',
      ['content/docs/empty'],
      /^handbook: no `\.md` or `\.mdx` files in `content\/docs\/empty`, expected content files to lint/,
    ],
  ])('%s', async (_case, paths, pattern) => {
    const root = copyFixture('cli-handbook');
    writeFileSync(join(root, 'content/docs/diagram.png'), 'png');
    mkdirSync(join(root, 'content/docs/empty/sub'), { recursive: true });
    writeFileSync(join(root, 'content/docs/empty/sub/notes.txt'), 'not content');
    for (const format of ['stylish', 'json']) {
      const io = memoryIo(root);
      expectUsageError(io, await run(['lint', '--format', format, ...paths], io), pattern);
    }
  });

  it('an empty content/, with or without --changed', async () => {
    const root = copyFixture('cli-handbook');
    rmSync(join(root, 'content'), { recursive: true });
    mkdirSync(join(root, 'content/docs'), { recursive: true });
    for (const argv of [
      ['lint'],
      ['lint', '--format', 'json'],
      ['lint', '..'],
      ['lint', '--changed'],
    ]) {
      const io = memoryIo(join(root, 'content/docs'));
      expectUsageError(
        io,
        await run(argv, io),
        /^handbook: no `\.md` or `\.mdx` files in `content\/`, expected the handbook's content there; create a brief with `handbook new brief`/,
      );
    }
  });

  it('the root itself, or content/, still means everything', async () => {
    const root = copyFixture('cli-handbook');
    for (const path of ['.', 'content', 'content/']) {
      const io = memoryIo(root);
      expect(await run(['lint', '--format', 'json', path], io), path).toBe(1);
      expect(JSON.parse(io.out)).toHaveLength(3);
    }
  });
});

describe('-o / --output-file', () => {
  it('writes the report to the file instead of stdout, with the same exit code', async () => {
    const root = copyFixture('cli-handbook');
    const plain = memoryIo(root);
    expect(await run(['lint', '--format', 'sarif'], plain)).toBe(1);
    for (const flag of ['-o', '--output-file']) {
      const io = memoryIo(join(root, 'content'));
      expect(await run(['lint', '--format', 'sarif', flag, 'reports/handbook.sarif'], io)).toBe(1);
      expect(io.out).toBe('');
      expect(io.err).toBe('');
      expect(readFileSync(join(root, 'content/reports/handbook.sarif'), 'utf8')).toBe(plain.out);
    }
  });

  it('replaces an existing report by rename, so a reader never sees it half-written', async () => {
    const root = copyFixture('cli-handbook');
    const report = join(root, 'report.json');
    writeFileSync(report, 'old report');
    // A second name for the old file: a write in place would change it too.
    linkSync(report, join(root, 'old-name.json'));
    expect(await run(['lint', '--format', 'json', '-o', 'report.json'], memoryIo(root))).toBe(1);
    expect(JSON.parse(readFileSync(report, 'utf8'))).toHaveLength(3);
    expect(readFileSync(join(root, 'old-name.json'), 'utf8')).toBe('old report');
    expect(readdirSync(root).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('writes no colour into the file, even on a terminal with FORCE_COLOR', async () => {
    const root = copyFixture('cli-handbook');
    const io = memoryIo(root, { isTTY: true, env: { FORCE_COLOR: '1' } });
    await run(['lint', '-o', 'report.txt'], io);
    expect(readFileSync(join(root, 'report.txt'), 'utf8')).not.toMatch(/\u001b\[/);
  });

  it('is a usage error for a folder or an unwritable place, and leaves nothing behind', async () => {
    const root = copyFixture('cli-handbook');
    const folder = memoryIo(root);
    expectUsageError(
      folder,
      await run(['lint', '-o', 'content'], folder),
      /^handbook: `--output-file content` is a folder, expected a file name/,
    );
    writeFileSync(join(root, 'blocker'), '');
    const blocked = memoryIo(root);
    expectUsageError(
      blocked,
      await run(['lint', '-o', 'blocker/report.json'], blocked),
      /^handbook: could not write the report to `.*blocker\/report\.json`: /,
    );
    expect(existsSync(join(root, 'blocker/report.json'))).toBe(false);
  });
});

describe('colour', () => {
  const colour = /\u001b\[/;
  it.each([
    ['a terminal', { isTTY: true }, [], true],
    ['a terminal with --no-color', { isTTY: true }, ['--no-color'], false],
    ['a terminal with NO_COLOR', { isTTY: true, env: { NO_COLOR: '1' } }, [], false],
    ['a terminal with FORCE_COLOR=0', { isTTY: true, env: { FORCE_COLOR: '0' } }, [], false],
    ['a pipe', { isTTY: false }, [], false],
    ['a pipe with FORCE_COLOR=1', { isTTY: false, env: { FORCE_COLOR: '1' } }, [], true],
    ['a pipe with --color', { isTTY: false }, ['--color'], true],
    [
      '--no-color over FORCE_COLOR=1',
      { isTTY: true, env: { FORCE_COLOR: '1' } },
      ['--no-color'],
      false,
    ],
    ['--color over NO_COLOR', { isTTY: false, env: { NO_COLOR: '1' } }, ['--color'], true],
  ] as const)('%s', async (_case, overrides, flags, coloured) => {
    const io = memoryIo(copyFixture('cli-handbook'), {
      ...overrides,
      env: { ...('env' in overrides ? overrides.env : {}) },
    });
    expect(await run(['lint', ...flags], io)).toBe(1);
    expect(colour.test(io.out)).toBe(coloured);
  });
});

describe('cache', () => {
  it('is written to node_modules/.cache/handbook by default, and not at all with --no-cache', async () => {
    const root = copyFixture('cli-handbook');
    expect(await run(['lint', '--no-cache'], memoryIo(root))).toBe(1);
    expect(existsSync(defaultCache(root))).toBe(false);
    expect(await run(['lint'], memoryIo(root))).toBe(1);
    expect(existsSync(defaultCache(root))).toBe(true);
  });

  it('goes to --cache-location: a file, or a folder for it (relative to the cwd)', async () => {
    const root = copyFixture('cli-handbook');
    const first = memoryIo(join(root, 'content'));
    expect(await run(['lint', '--cache-location', '../.cache/lint.json'], first)).toBe(1);
    expect(existsSync(join(root, '.cache/lint.json'))).toBe(true);
    mkdirSync(join(root, 'cache-folder'));
    expect(await run(['lint', '--cache-location', 'cache-folder'], memoryIo(root))).toBe(1);
    expect(await run(['lint', '--cache-location', 'new-folder/'], memoryIo(root))).toBe(1);
    expect(existsSync(join(root, 'cache-folder/lint-cache.json'))).toBe(true);
    expect(existsSync(join(root, 'new-folder/lint-cache.json'))).toBe(true);
    expect(existsSync(defaultCache(root))).toBe(false);
    // The moved cache is read back: same report on a warm run.
    const warm = memoryIo(root);
    expect(await run(['lint', '--cache-location', '.cache/lint.json'], warm)).toBe(1);
    expect(warm.out).toBe(first.out);
  });

  it('a cache location with --no-cache is a usage error', async () => {
    const io = memoryIo(copyFixture('cli-handbook'));
    expectUsageError(
      io,
      await run(['lint', '--no-cache', '--cache-location', 'x'], io),
      /^handbook: `--cache-location` does not apply with `--no-cache`/,
    );
  });
});
