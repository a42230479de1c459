/**
 * What depends on the real process, through `node_modules/.bin/node linter/bin.ts`: the root is
 * found from a subfolder of the handbook, and a reader that closes the pipe early
 * (`handbook lint | head -1`) ends the run quietly with its usual exit code, no EPIPE trace.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { copyFixture, removeCopies } from './helpers.ts';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const node = join(repo, 'node_modules/.bin/node');
const bin = join(repo, 'linter/bin.ts');

afterAll(removeCopies);

/** A handbook whose report is far bigger than a pipe's buffer (64 KiB): warnings only. */
function bigWarningsHandbook(): string {
  const root = copyFixture('cli-handbook');
  const template = join(root, 'content/docs/unused-suppression.mdx');
  for (let i = 0; i < 400; i += 1) cpSync(template, join(root, `content/docs/suppressed-${i}.mdx`));
  renameSync(join(root, 'content/docs/broken-yaml.mdx'), join(root, 'broken-yaml.mdx.off'));
  return root;
}

/** Runs `command` in bash; the handbook's exit code comes back on stderr's last line. */
function pipeline(command: string, cwd: string) {
  const result = spawnSync('bash', ['-c', `${command}; echo "exit=\${PIPESTATUS[0]}" >&2`], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '' },
  });
  const lines = result.stderr.trimEnd().split('\n');
  const code = Number(/^exit=(\d+)$/.exec(lines.pop() ?? '')?.[1]);
  return { code, stdout: result.stdout, stderr: lines.join('\n') };
}

describe.skipIf(!existsSync(node))('the handbook process', () => {
  it('finds the handbook from a subfolder of content/', () => {
    const root = copyFixture('cli-handbook');
    const top = spawnSync(node, [bin, 'lint'], { cwd: root, encoding: 'utf8' });
    const inside = spawnSync(node, [bin, 'lint', '--format', 'github'], {
      cwd: join(root, 'content/docs'),
      encoding: 'utf8',
    });
    expect(top.status).toBe(1);
    expect(top.stdout).toContain('  content/docs/broken-yaml.mdx:3:1  error');
    expect(inside.status).toBe(1);
    expect(inside.stderr).toBe('');
    expect(inside.stdout).toMatch(/^::error file=content\/docs\/broken-yaml\.mdx,line=3,col=1,/m);
  }, 60_000);

  it('ends quietly with the usual exit code when the reader closes the pipe', () => {
    const root = bigWarningsHandbook();
    const full = pipeline(`"${node}" "${bin}" lint > report.txt`, root);
    expect(full.code).toBe(0); // warnings only
    for (const format of ['stylish', 'json', 'github']) {
      const cut = pipeline(`"${node}" "${bin}" lint --format ${format} | head -c 200`, root);
      expect(cut.stderr, format).toBe('');
      expect(cut.code, format).toBe(full.code);
      expect(cut.stdout.length, format).toBe(200);
    }
    const firstLine = pipeline(`"${node}" "${bin}" lint | head -1`, join(root, 'content'));
    expect(firstLine).toEqual({
      code: 0,
      stderr: '',
      stdout: expect.stringMatching(
        /^ {2}content\/docs\/suppressed-0\.mdx:6:1 {2}warning  Unused suppression/,
      ) as unknown,
    });
  }, 120_000);

  it('keeps the error exit code when the pipe closes on a report with errors', () => {
    const root = bigWarningsHandbook();
    cpSync(join(root, 'broken-yaml.mdx.off'), join(root, 'content/docs/broken-yaml.mdx'));
    const cut = pipeline(`"${node}" "${bin}" lint --format json | head -c 10`, root);
    expect(cut).toEqual({
      code: 1,
      stderr: '',
      stdout: expect.stringMatching(/^\[\{"file":"/) as unknown,
    });
  }, 60_000);
});
