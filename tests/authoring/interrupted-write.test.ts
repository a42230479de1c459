/**
 * Nothing lost: a scaffold write killed half-way leaves no file under the target name (only a
 * hidden temporary file, which the linter skips), and a completed one is whole.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const repo = resolve(import.meta.dirname, '../..');
const writer = join(repo, 'linter', 'scaffold', 'write.ts');
const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

/** Starts a process that writes `bytes` bytes atomically to `target`. */
function startWrite(target: string, bytes: number) {
  const code = `import { writeFileAtomic } from ${JSON.stringify(writer)}; process.stdout.write('start\\n'); await writeFileAtomic(${JSON.stringify(target)}, 'x'.repeat(${bytes}));`;
  return spawn(process.execPath, ['--input-type=module', '-e', code], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

describe('writeFileAtomic', () => {
  it('leaves no file under the target name when the process is killed mid-write', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'handbook-write-'));
    dirs.push(dir);
    const target = join(dir, 'brief.mdx');
    const child = startWrite(target, 400 * 1024 * 1024);
    await new Promise<void>((done) => child.stdout.once('data', () => done()));
    // Kill as soon as the temporary file appears, i.e. while it is being written.
    const writing = () => readdirSync(dir).some((name) => name.endsWith('.tmp'));
    for (let i = 0; i < 2000 && !writing(); i++) await new Promise((r) => setTimeout(r, 5));
    expect(writing(), 'the temporary file is being written when the process dies').toBe(true);
    child.kill('SIGKILL');
    await new Promise((done) => child.once('exit', done));
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(dir).every((name) => name.startsWith('.'))).toBe(true);
  }, 60_000);

  it('writes the whole file when not interrupted', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'handbook-write-'));
    dirs.push(dir);
    const target = join(dir, 'brief.mdx');
    const child = startWrite(target, 1024 * 1024);
    const code = await new Promise((done) => child.once('exit', done));
    expect(code).toBe(0);
    expect(statSync(target).size).toBe(1024 * 1024);
    expect(readdirSync(dir)).toEqual(['brief.mdx']);
  }, 60_000);
});
