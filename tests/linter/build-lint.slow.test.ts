/**
 * `npm run build` runs the linter: a brief without a Why, or a brief that tries to run code
 * at build time, stops the build with `file:line:col rule-id message` — and the malicious
 * brief's code never runs.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { activePillars, faultBrief } from '../support/faults.ts';

const run = promisify(execFile);
const repo = resolve(import.meta.dirname, '../..');
const temporary: string[] = [];

/** A copy of the project (without node_modules, which is linked) to build with changed content. */
async function projectCopy(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'handbook-build-'));
  temporary.push(root);
  for (const name of await readdir(repo)) {
    if (['node_modules', 'dist', '.astro', '.git', 'tests', 'bench'].includes(name)) continue;
    await cp(join(repo, name), join(root, name), { recursive: true });
  }
  await symlink(join(repo, 'node_modules'), join(root, 'node_modules'), 'dir');
  return root;
}

async function build(root: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(
      join(repo, 'node_modules', '.bin', 'astro'),
      ['build', '--root', root],
      {
        cwd: root,
        env: {
          ...process.env,
          PATH: `${join(repo, 'node_modules', '.bin')}:${process.env['PATH'] ?? ''}`,
          FORCE_COLOR: '0',
          HANDBOOK_SECRET: 'do-not-leak',
        },
        maxBuffer: 32 * 1024 * 1024,
      },
    );
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? 1, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

afterAll(async () => {
  await Promise.all(temporary.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('the build runs the linter', () => {
  it('fails on a brief without a Why, naming file, line, column and rule', async () => {
    const root = await projectCopy();
    const [pillar] = await activePillars(root);
    const source = faultBrief(pillar ?? 'x', { 11: null, 12: null, 13: null, 14: null });
    await writeFile(join(root, 'content', 'initiatives', 'no-why.mdx'), source);
    const { code, output } = await build(root);
    expect(code).not.toBe(0);
    expect(output).toMatch(/content\/initiatives\/no-why\.mdx:\d+:\d+ brief-why /);
  }, 180_000);

  it('refuses a brief that tries to run code at build time, and the code never runs', async () => {
    const root = await projectCopy();
    const [pillar] = await activePillars(root);
    const marker = join(root, 'pwned.txt');
    const evil = [
      "import { writeFileSync } from 'node:fs'",
      `export const stolen = writeFileSync(${JSON.stringify(marker)}, String(process.env.HANDBOOK_SECRET))`,
      '',
      `{writeFileSync(${JSON.stringify(marker)}, 'expression ran')}`,
      '',
    ].join('\n');
    await writeFile(
      join(root, 'content', 'initiatives', 'evil.mdx'),
      faultBrief(pillar ?? 'x', { 10: `\n${evil}` }),
    );
    const { code, output } = await build(root);
    expect(code).not.toBe(0);
    expect(output).toMatch(/content\/initiatives\/evil\.mdx:11:1 mdx-safe /);
    expect(output).not.toContain('do-not-leak');
    expect(existsSync(marker)).toBe(false);
  }, 180_000);
});
