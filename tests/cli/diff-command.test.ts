/**
 * `handbook diff` on the command line: usage errors, a base that is not there (a shallow clone,
 * as CI checks out by default), outside git, and `--input` (render a saved JSON diff, as the
 * trusted CI job does). Every failure is one line on stderr and exit code 2.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { run } from '../../linter/cli/run.ts';
import { cleanUp, commit, diffIn, edit, fixture, git, handbookRepo } from '../diff/helpers.ts';
import { memoryIo } from './helpers.ts';

afterEach(cleanUp);

const oneLine = (text: string) => {
  expect(text).toMatch(/^handbook: [^\n]+\n$/);
  expect(text).not.toMatch(/\bat .*\.ts:\d+/);
};

describe('handbook diff usage', { timeout: 60_000 }, () => {
  it('is listed in `handbook --help` and has its own help', async () => {
    const io = memoryIo(fixture);
    expect(await run(['--help'], io)).toBe(0);
    expect(io.out).toMatch(
      /^ {2}diff +Show what a change does to the strategy \(markdown or json\)$/m,
    );
    const help = memoryIo(fixture);
    expect(await run(['diff', '--help'], help)).toBe(0);
    expect(help.out).toMatch(/^Usage: handbook diff \[options\]/);
    expect(help.out).toContain('--base REF');
    expect(help.out).toContain('Exit codes: 0 done');
  });

  it.each([
    [
      ['--format', 'html'],
      /^handbook: Unexpected format `html`, expected one of markdown, json\. Run `handbook diff --help` for usage\.\n$/,
    ],
    [['content'], /^handbook: Unexpected argument `content`, expected options only/],
    [
      ['--input', 'x.json', '--base', 'main'],
      /`--input` renders a saved diff; `--base` and the cache options do not apply/,
    ],
    [['--bas', 'main'], /unknown option `--bas`, did you mean `--base`\?/],
    [['--base=-x'], /Unexpected git ref `-x` for --base/],
  ])('%j: one line, exit 2', async (args, message) => {
    const root = handbookRepo();
    const result = await diffIn(root, ...args);
    expect(result.code).toBe(2);
    oneLine(result.err);
    expect(result.err).toMatch(message);
    expect(result.out).toBe('');
  });

  it('outside git: one line, exit 2', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'handbook-diff-nogit-'));
    try {
      cpSync(fixture, outside, { recursive: true });
      const result = await diffIn(outside);
      expect(result.code).toBe(2);
      expect(result.err).toBe(
        'handbook: `handbook diff` needs the handbook to be in a git repository\n',
      );
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});

describe('a base that is not there', { timeout: 60_000 }, () => {
  /** A repository whose `main` moved on after `change` branched off, cloned shallow. */
  function shallowClone(singleBranch: boolean): string {
    const origin = handbookRepo();
    edit(origin, 'content/initiatives/2027-q2/mobile-app.mdx', 'owner: "@dana"', 'owner: "@lee"');
    commit(origin, 'change');
    git(origin, 'checkout', '-q', 'main');
    edit(origin, 'content/pillars/growth.mdx', 'owner: "@sam"', 'owner: "@ola"');
    commit(origin, 'main moves on');
    const parent = mkdtempSync(join(tmpdir(), 'handbook-diff-shallow-'));
    clones.push(parent);
    git(
      parent,
      'clone',
      '-q',
      '--depth=1',
      '--branch',
      'change',
      ...(singleBranch ? [] : ['--no-single-branch']),
      `file://${origin}`,
      'clone',
    );
    return join(parent, 'clone');
  }
  const clones: string[] = [];
  afterEach(() => {
    for (const dir of clones.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('without the base branch: says how to fetch it, exit 2', async () => {
    const result = await diffIn(shallowClone(true));
    expect(result.code).toBe(2);
    oneLine(result.err);
    expect(result.err).toBe(
      'handbook: base `origin/main` is not in this shallow clone; fetch more history: `git fetch --unshallow` (or `git fetch --deepen=200`), and in GitHub Actions `fetch-depth: 0` on actions/checkout, or pass --base REF\n',
    );
  });

  it('with the base branch but not the merge base: says how to fetch it, exit 2', async () => {
    const result = await diffIn(shallowClone(false));
    expect(result.code).toBe(2);
    oneLine(result.err);
    expect(result.err).toBe(
      'handbook: no merge base of `origin/main` and HEAD in this shallow clone; fetch more history: `git fetch --unshallow` (or `git fetch --deepen=200`), and in GitHub Actions `fetch-depth: 0` on actions/checkout\n',
    );
  });

  it('a base ref that does not exist in a full clone: one line, exit 2', async () => {
    const result = await diffIn(handbookRepo(), '--base', 'nope');
    expect(result.code).toBe(2);
    expect(result.err).toBe(
      'handbook: base `nope` not found; fetch it (`git fetch origin main`) or pass --base REF\n',
    );
  });
});

describe('--input: render a saved diff', { timeout: 60_000 }, () => {
  it('renders the same comment from the JSON as from the repository, without git', async () => {
    const root = handbookRepo();
    edit(root, 'content/initiatives/2027-q2/mobile-app.mdx', 'status: proposed', 'status: active');
    commit(root, 'start it');
    expect((await diffIn(root, '--format', 'json', '-o', 'diff.json')).code).toBe(0);
    const direct = await diffIn(root);
    const elsewhere = mkdtempSync(join(tmpdir(), 'handbook-diff-render-'));
    try {
      // The trusted job: its own checkout of the handbook (here: the fixture, not a git repository).
      cpSync(fixture, elsewhere, { recursive: true });
      cpSync(join(root, 'diff.json'), join(elsewhere, 'diff.json'));
      const rendered = await diffIn(elsewhere, '--input', 'diff.json', '-o', 'comment.md');
      expect(rendered).toEqual({ code: 0, out: '', err: '' });
      expect(readFileSync(join(elsewhere, 'comment.md'), 'utf8')).toBe(direct.out);
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  it('refuses a file that is not a saved diff: one line, exit 2', async () => {
    const root = handbookRepo();
    const missing = await diffIn(root, '--input', 'nope.json');
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(
      /^handbook: could not read `nope\.json`: the file no longer exists/,
    );
    writeFileSync(join(root, 'bad.json'), JSON.stringify({ version: 1, body: '<script>' }));
    const bad = await diffIn(root, '--input', 'bad.json');
    expect(bad.code).toBe(2);
    oneLine(bad.err);
    expect(bad.err).toMatch(
      /^handbook: Unexpected value at .* in `bad\.json`: .*Expected the output of `handbook diff --format json`\.\n$/,
    );
  });
});
