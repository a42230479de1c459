/**
 * A real client: Debian's Neovim, headless, runs `tests/lsp/neovim-client.lua` against
 * `handbook lsp --stdio` on a copy of a fixture handbook, opens a brief without a Why, and
 * applies the quick fix. Skipped, with the reason, where `nvim` is not installed.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { copyFixture, removeCopies } from '../cli/helpers.ts';
import { repo } from '../support/project-copy.ts';

const exec = promisify(execFile);
const NVIM = '/usr/bin/nvim';
const BRIEF = 'content/initiatives/2026-q3/invite-links.mdx';

afterEach(removeCopies);

describe.skipIf(!existsSync(NVIM))('handbook lsp in Neovim (headless)', () => {
  it('lists `brief-why` on the line after the frontmatter and applies its quick fix', async () => {
    const root = copyFixture('authoring-handbook');
    const file = join(root, BRIEF);
    // The brief without its Why: the heading and its paragraph go.
    const original = readFileSync(file, 'utf8');
    const withoutWhy = original.replace(/## Why\n\n[\s\S]*?\n\n(?=## )/, '');
    expect(withoutWhy).not.toContain('## Why');
    writeFileSync(file, withoutWhy);
    const lines = withoutWhy.split('\n');
    const afterFrontmatter = lines.indexOf('---', 1) + 2;

    const out = join(root, 'nvim-out.txt');
    await exec(NVIM, ['--headless', '--clean', '-u', join(repo, 'tests/lsp/neovim-client.lua')], {
      cwd: root,
      timeout: 90_000,
      env: {
        ...process.env,
        HANDBOOK_ROOT: root,
        HANDBOOK_FILE: file,
        HANDBOOK_OUT: out,
        HANDBOOK_NODE: join(repo, 'node_modules/.bin/node'),
        HANDBOOK_BIN: join(repo, 'linter/bin.ts'),
      },
    });
    const report = readFileSync(out, 'utf8').split('\n');
    expect(report.filter((line) => line.startsWith('error'))).toEqual([]);
    expect(report).toContain(`before ${afterFrontmatter}:1 brief-why/missing`);
    expect(report).toContain('action Add the `## Why` heading');
    expect(
      report.some((line) => /^after \d+:\d+ brief-why\/(empty|too-short|no-prose)$/.test(line)),
    ).toBe(true);
    const text = report.filter((line) => line.startsWith('text ')).map((line) => line.slice(5));
    // Lines are 1-based in the report: the frontmatter's closing fence, a blank line, the new heading.
    expect(text.slice(afterFrontmatter - 2, afterFrontmatter + 2)).toEqual([
      '---',
      '',
      '## Why',
      '',
    ]);
    // The buffer was fixed, not the file: nothing is saved without the author.
    expect(readFileSync(file, 'utf8')).toBe(withoutWhy);
  }, 120_000);
});
