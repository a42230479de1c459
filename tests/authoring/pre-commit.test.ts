/** The optional pre-commit hook, in a temporary repository with the hook installed. */
import { spawnSync } from 'node:child_process';
import { cpSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanUp, copyHandbook, git } from './helpers.ts';

afterEach(cleanUp);

const repo = fileURLToPath(new URL('../../', import.meta.url));

/** A handbook repo with the hook, the linter and a `lint` script wired to this checkout. */
function hookedRepository(): string {
  const root = copyHandbook();
  cpSync(join(repo, '.githooks'), join(root, '.githooks'), { recursive: true });
  symlinkSync(join(repo, 'node_modules'), join(root, 'node_modules'));
  writeFileSync(
    join(root, 'package.json'),
    JSON.stringify({
      name: 'hook-test',
      private: true,
      type: 'module',
      scripts: { lint: `node ${join(repo, 'linter/bin.ts')} lint` },
    }),
  );
  writeFileSync(join(root, '.gitignore'), 'node_modules\n');
  git(root, 'init', '-q', '-b', 'main');
  git(root, 'config', 'core.hooksPath', '.githooks');
  git(root, 'add', '.');
  git(root, 'commit', '-q', '--no-verify', '-m', 'start');
  return root;
}

function commit(root: string, message: string) {
  return spawnSync(
    'git',
    ['-c', 'user.name=T', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', message],
    {
      cwd: root,
      encoding: 'utf8',
      env: {
        ...process.env,
        PATH: `${join(repo, 'node_modules/.bin')}:${process.env['PATH'] ?? ''}`,
      },
    },
  );
}

describe('.githooks/pre-commit', { timeout: 60_000 }, () => {
  it('blocks a commit with a broken staged brief and lets a good one through', () => {
    const root = hookedRepository();
    const brief = 'content/initiatives/2026-q3/invite links.mdx';
    writeFileSync(join(root, brief), '---\ntitle: [unclosed\n---\n');
    git(root, 'add', brief);
    const blocked = commit(root, 'broken');
    expect(blocked.status).toBe(1);
    expect(blocked.stdout + blocked.stderr).toContain('frontmatter-yaml');
    expect(blocked.stderr).toContain('pre-commit: fix the problems above');

    git(root, 'rm', '-q', '--cached', brief);
    writeFileSync(join(root, 'README.md'), 'not content\n');
    git(root, 'add', 'README.md');
    expect(commit(root, 'no content').status).toBe(0);
  });

  it('passes only .md/.mdx files to the linter: an image under content/ commits', () => {
    const root = hookedRepository();
    writeFileSync(join(root, 'content/pillars/diagram.png'), 'png');
    git(root, 'add', 'content/pillars/diagram.png');
    const result = commit(root, 'an image');
    expect(result.stderr).not.toMatch(/not a content file/);
    expect(result.status).toBe(0);
  });
});
