import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { changedFiles } from '../../linter/cli/changed-files.ts';
import { UsageError } from '../../linter/errors.ts';
import { copyFixture, removeCopies } from './helpers.ts';

afterEach(removeCopies);

function git(cwd: string, ...args: string[]): string {
  return execFileSync(
    'git',
    ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args],
    {
      cwd,
      encoding: 'utf8',
    },
  );
}

/** A repository with the handbook in `handbook/`, one commit on main and a branch. */
function repository(): { repo: string; root: string } {
  const repo = copyFixture('cli-no-content');
  const root = join(repo, 'handbook');
  mkdirSync(join(root, 'content/docs'), { recursive: true });
  writeFileSync(join(root, 'content/docs/a.mdx'), '---\ntitle: A\n---\n');
  writeFileSync(join(root, 'content/docs/b.mdx'), '---\ntitle: B\n---\n');
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'add', '.');
  git(repo, 'commit', '-q', '-m', 'start');
  return { repo, root };
}

describe('changedFiles', () => {
  it('lists modified and untracked files relative to the root, nothing when unchanged', async () => {
    const { root } = repository();
    expect(await changedFiles(root, 'HEAD')).toEqual([]);
    writeFileSync(join(root, 'content/docs/b.mdx'), '---\ntitle: B2\n---\n');
    writeFileSync(join(root, 'content/docs/new file.mdx'), '---\ntitle: N\n---\n');
    expect(await changedFiles(root, 'HEAD')).toEqual([
      'content/docs/b.mdx',
      'content/docs/new file.mdx',
    ]);
  });

  it('compares with the merge base of --base and HEAD, so commits on the base branch do not count', async () => {
    const { repo, root } = repository();
    git(repo, 'checkout', '-q', '-b', 'feature');
    writeFileSync(join(root, 'content/docs/a.mdx'), '---\ntitle: A on the branch\n---\n');
    git(repo, 'commit', '-q', '-am', 'branch change');
    git(repo, 'checkout', '-q', 'main');
    writeFileSync(join(root, 'content/docs/b.mdx'), '---\ntitle: B on main\n---\n');
    git(repo, 'commit', '-q', '-am', 'main change');
    git(repo, 'checkout', '-q', 'feature');
    expect(await changedFiles(root, 'main')).toEqual(['content/docs/a.mdx']);
  });

  it('throws a usage error for an unknown ref and outside a repository', async () => {
    const { root } = repository();
    await expect(changedFiles(root, 'no-such-branch')).rejects.toThrow(
      /^unknown git ref `no-such-branch`/,
    );
    await expect(changedFiles(root, '--output=x')).rejects.toBeInstanceOf(UsageError);
    const outside = copyFixture('cli-no-content');
    await expect(changedFiles(outside, 'HEAD')).rejects.toThrow(
      /needs the handbook to be in a git repository/,
    );
  });
});
