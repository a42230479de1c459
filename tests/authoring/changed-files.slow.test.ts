/**
 * `handbook lint --changed` against real temporary git repositories: which files are reported,
 * the default base, "lint everything" triggers and the shallow-clone message.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { run } from '../../linter/cli/run.ts';
import { changedContent, changedFilesForLint } from '../../linter/git/changed-files.ts';
import { rules } from '../../linter/rules/index.ts';
import { cleanUp, copyHandbook, git, memoryIo, tempDir } from './helpers.ts';

afterEach(cleanUp);

const CUT = 'content/initiatives/2026-q3/cut-checkout-latency.mdx';
const INVITE = 'content/initiatives/2026-q3/invite-links.mdx';

/** The fixture handbook committed on `main`, with a `feature` branch checked out. */
function repository(): string {
  const root = copyHandbook();
  git(root, 'init', '-q', '-b', 'main');
  git(root, 'add', '.');
  git(root, 'commit', '-q', '-m', 'handbook');
  git(root, 'checkout', '-q', '-b', 'feature');
  return root;
}

async function lintChanged(root: string, ...args: string[]) {
  const io = memoryIo(root);
  const code = await run(['lint', '--changed', '--format', 'json', ...args], io);
  const report =
    io.out === '' ? [] : (JSON.parse(io.out) as { file: string; messages: { ruleId: string }[] }[]);
  return { code, io, files: report.map((r) => r.file), report };
}

function breakWhy(root: string, path: string): void {
  writeFileSync(
    join(root, path),
    '---\ntitle: Cut checkout latency in half\nowner: "@dana"\nquarter: 2026-Q3\nstatus: active\npillar: platform-reliability\nkind: feature\nreviewed: 2026-10-01\nbogus: 1\n---\n\n## Why\n\nShort.\n',
  );
}

describe('changedContent', { timeout: 30_000 }, () => {
  it('lists committed, staged, unstaged and untracked content files since the merge base', async () => {
    const root = repository();
    expect((await changedContent(root)).files).toEqual([]);
    writeFileSync(join(root, CUT), '---\ntitle: changed\n---\n');
    git(root, 'commit', '-q', '-am', 'committed change');
    writeFileSync(join(root, INVITE), 'staged\n');
    git(root, 'add', INVITE);
    writeFileSync(join(root, 'content/pillars/team-growth.mdx'), 'unstaged\n');
    writeFileSync(join(root, 'content/initiatives/new-one.mdx'), 'untracked\n');
    writeFileSync(join(root, 'README.md'), 'outside content\n');
    const changes = await changedContent(root);
    expect(changes.base).toBe('main');
    expect(changes.files).toEqual([
      CUT,
      INVITE,
      'content/initiatives/new-one.mdx',
      'content/pillars/team-growth.mdx',
    ]);
    expect(changes.everything).toBeUndefined();
  });

  it('ignores what landed on the base branch after the branch started', async () => {
    const root = repository();
    git(root, 'checkout', '-q', 'main');
    writeFileSync(join(root, INVITE), 'main moved on\n');
    git(root, 'commit', '-q', '-am', 'on main');
    git(root, 'checkout', '-q', 'feature');
    writeFileSync(join(root, CUT), 'branch\n');
    expect((await changedContent(root)).files).toEqual([CUT]);
  });

  it('prefers origin/main to main', async () => {
    const origin = repository();
    git(origin, 'checkout', '-q', 'main');
    const clone = join(tempDir(), 'clone');
    git(origin, 'clone', '-q', origin, clone);
    git(clone, 'checkout', '-q', '-b', 'work');
    writeFileSync(join(clone, CUT), 'changed\n');
    const changes = await changedContent(clone);
    expect(changes.base).toBe('origin/main');
    expect(changes.files).toEqual([CUT]);
  });

  it('paths are relative to the handbook root when it is a subfolder of the repository', async () => {
    const repo = tempDir();
    const root = copyHandbook();
    git(repo, 'init', '-q', '-b', 'main');
    mkdirSync(join(repo, 'docs'));
    const sub = join(repo, 'docs', 'handbook');
    git(repo, 'commit', '-q', '--allow-empty', '-m', 'start');
    await import('node:fs').then((fs) => fs.cpSync(root, sub, { recursive: true }));
    git(repo, 'add', '.');
    git(repo, 'commit', '-q', '-m', 'handbook');
    writeFileSync(join(sub, CUT), 'changed\n');
    expect((await changedContent(sub, 'HEAD')).files).toEqual([CUT]);
  });

  it('lints everything when the config or the content schema changed', async () => {
    const root = repository();
    writeFileSync(join(root, CUT), 'changed\n');
    expect(await changedFilesForLint(root)).toEqual([CUT]);
    writeFileSync(join(root, 'handbook.config.json'), '{}\n');
    expect((await changedContent(root)).everything).toBe('handbook.config.json');
    expect(await changedFilesForLint(root)).toBeUndefined();
    rmSync(join(root, 'handbook.config.json'));
    mkdirSync(join(root, 'linter/schema'), { recursive: true });
    writeFileSync(join(root, 'linter/schema/initiative.ts'), 'export {};\n');
    expect(await changedFilesForLint(root)).toBeUndefined();
  });

  it.each([
    'linter/rules/brief-why.ts',
    'linter/engine/lint-file.ts',
    'linter/core/staleness.ts',
    'linter/schema/initiative.ts',
    'linter/config/schema.ts',
    'linter/vision/questions.ts',
    'package-lock.json',
    'pnpm-lock.yaml',
  ])('lints everything when %s changed', async (path) => {
    const root = repository();
    writeFileSync(join(root, CUT), 'changed\n');
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), 'changed\n');
    expect((await changedContent(root)).everything).toBe(path);
    expect(await changedFilesForLint(root)).toBeUndefined();
  });

  it('does not lint everything for changes that only print or publish', async () => {
    const root = repository();
    for (const path of [
      'linter/formatters/stylish.ts',
      'linter/cli/run.ts',
      'site/pages/index.astro',
      'README.md',
      'package.json',
      'content/package-lock.json',
    ]) {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), 'changed\n');
    }
    expect((await changedContent(root)).everything).toBeUndefined();
    expect(await changedFilesForLint(root)).toEqual(['content/package-lock.json']);
  });

  it('sees the lock file at the top of the repository when the handbook is a subfolder', async () => {
    const repo = tempDir();
    git(repo, 'init', '-q', '-b', 'main');
    writeFileSync(join(repo, 'package-lock.json'), '{}\n');
    const sub = join(repo, 'docs', 'handbook');
    await import('node:fs').then((fs) => fs.cpSync(copyHandbook(), sub, { recursive: true }));
    git(repo, 'add', '.');
    git(repo, 'commit', '-q', '-m', 'handbook');
    writeFileSync(join(repo, 'package-lock.json'), '{"lockfileVersion": 3}\n');
    expect((await changedContent(sub, 'main')).everything).toBe('../../package-lock.json');
  });

  it('explains a missing base in one line', async () => {
    const root = repository();
    await expect(changedContent(root, 'release')).rejects.toThrow(
      /^base `release` not found; fetch it or pass another --base$/,
    );
    await expect(changedContent(root, '--output=x')).rejects.toThrow(/^invalid git ref/);
    git(root, 'branch', '-q', '-m', 'main', 'trunk');
    await expect(changedContent(root)).rejects.toThrow(
      /^no base to compare with: neither `origin\/main` nor `main` exists; pass --base REF$/,
    );
    const outside = tempDir();
    await expect(changedContent(outside)).rejects.toThrow(
      /needs the handbook to be in a git repository/,
    );
  });

  it('in a shallow clone without the base, says how to fetch it', async () => {
    const origin = repository();
    writeFileSync(join(origin, CUT), 'feature work\n');
    git(origin, 'commit', '-q', '-am', 'feature work');
    const clone = join(tempDir(), 'shallow');
    git(origin, 'clone', '-q', '--depth', '1', '--branch', 'feature', `file://${origin}`, clone);
    const io = memoryIo(clone);
    expect(await run(['lint', '--changed'], io)).toBe(2);
    expect(io.err).toBe(
      'handbook: base `origin/main` not found; fetch it (`git fetch --depth=1000 origin main`) or pass --base\n',
    );
  });
});

describe('handbook lint --changed', { timeout: 30_000 }, () => {
  it('reports the changed brief, and briefs elsewhere broken by a removed pillar', async () => {
    const root = repository();
    breakWhy(root, CUT);
    git(root, 'commit', '-q', '-am', 'change one brief');
    const first = await lintChanged(root);
    expect(first.io.err).toBe('');
    expect(first.code).toBe(1);
    expect(first.files).toEqual([CUT]);
    expect(first.report[0]?.messages.map((m) => m.ruleId)).toContain('frontmatter-schema');

    rmSync(join(root, 'content/pillars/team-growth.mdx'));
    git(root, 'commit', '-q', '-am', 'remove a pillar');
    const second = await lintChanged(root);
    expect(second.files).toContain(CUT);
    if (rules.some((rule) => rule.id === 'brief-pillar')) {
      expect(second.files).toContain(INVITE);
      const invite = second.report.find((r) => r.file === INVITE);
      expect(invite?.messages.map((m) => m.ruleId)).toEqual(['brief-pillar']);
    }
    // Unchanged, still-valid files are not reported.
    expect(second.files).not.toContain('content/pillars/platform-reliability.mdx');
  });

  it('reports every message, as without --changed, when a rule changed', async () => {
    const root = repository();
    // A problem committed on main, in a file the branch does not touch.
    git(root, 'checkout', '-q', 'main');
    breakWhy(root, INVITE);
    git(root, 'commit', '-q', '-am', 'a broken brief on main');
    git(root, 'checkout', '-q', '-b', 'rule-change');
    const onlyContent = await lintChanged(root);
    expect(onlyContent.files).not.toContain(INVITE);

    mkdirSync(join(root, 'linter/rules'), { recursive: true });
    writeFileSync(join(root, 'linter/rules/brief-why.ts'), '// a stricter brief-why\n');
    git(root, 'add', '.');
    git(root, 'commit', '-q', '-m', 'change a rule');
    const changed = await lintChanged(root);
    const io = memoryIo(root);
    expect(await run(['lint', '--format', 'json'], io)).toBe(1);
    const everything = JSON.parse(io.out) as unknown;
    expect(changed.code).toBe(1);
    expect(changed.files).toContain(INVITE);
    expect(changed.report).toEqual(everything);
  });

  it('honours --base and reports nothing when nothing changed', async () => {
    const root = repository();
    const clean = await lintChanged(root, '--base', 'main');
    expect(clean.code).toBe(0);
    expect(clean.files).toEqual([]);
    breakWhy(root, CUT);
    git(root, 'commit', '-q', '-am', 'change');
    expect((await lintChanged(root, '--base', 'HEAD')).files).toEqual([]);
    expect((await lintChanged(root, '--base', 'HEAD~1')).files).toEqual([CUT]);
  });
});
