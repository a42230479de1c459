/** An in-memory Io and throw-away copies of the CLI fixtures. */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Io } from '../../linter/cli/io.ts';

export interface MemoryIo extends Io {
  out: string;
  err: string;
}

/** Collects what the CLI writes; not a terminal, no colour variables. */
export function memoryIo(cwd: string, overrides: Partial<Io> = {}): MemoryIo {
  const io: MemoryIo = {
    out: '',
    err: '',
    stdout: (text) => {
      io.out += text;
    },
    stderr: (text) => {
      io.err += text;
    },
    cwd,
    env: {},
    isTTY: false,
    now: new Date('2026-11-24T00:00:00Z'),
    ...overrides,
  };
  return io;
}

export const fixturesDir = fileURLToPath(new URL('../fixtures/', import.meta.url));

const copies: string[] = [];

/** A copy of `tests/fixtures/<name>` in a temporary folder (the engine writes a cache there). */
export function copyFixture(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `handbook-${name}-`));
  copies.push(dir);
  cpSync(join(fixturesDir, name), dir, { recursive: true });
  return dir;
}

/** Removes the copies made so far. */
export function removeCopies(): void {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
}
