/** Throw-away handbooks, an in-memory Io and a scripted prompter for the authoring tests. */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Io } from '../../linter/cli/io.ts';
import { memoryIo as cliMemoryIo } from '../cli/helpers.ts';
import type { MemoryIo } from '../cli/helpers.ts';

export type { MemoryIo };
import type { Prompter, SelectQuestion, TextQuestion } from '../../linter/scaffold/prompts.ts';

export const fixture = fileURLToPath(new URL('../fixtures/authoring-handbook/', import.meta.url));
export const NOW = new Date('2026-11-24T09:00:00Z');

const made: string[] = [];

/** A fresh folder; removed by `cleanUp`. */
export function tempDir(prefix = 'handbook-authoring-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** A copy of the small authoring fixture handbook. */
export function copyHandbook(): string {
  const dir = tempDir();
  cpSync(fixture, dir, { recursive: true });
  return dir;
}

export function cleanUp(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** The CLI tests' in-memory Io, not interactive, with the authoring tests' "now". */
export function memoryIo(cwd: string, overrides: Partial<Io> = {}): MemoryIo {
  return cliMemoryIo(cwd, { interactive: false, now: NOW, ...overrides });
}

/** Answers questions from a script, keyed by a word of the question; records what was asked. */
export function scriptedPrompter(
  answers: Record<string, string | undefined>,
): Prompter & { asked: string[]; questions: (TextQuestion | SelectQuestion<string>)[] } {
  const asked: string[] = [];
  const questions: (TextQuestion | SelectQuestion<string>)[] = [];
  const answer = (message: string): string | undefined => {
    const key = Object.keys(answers).find((word) =>
      message.toLowerCase().includes(word.toLowerCase()),
    );
    if (key === undefined) throw new Error(`unexpected question: ${message}`);
    asked.push(key);
    return answers[key];
  };
  return {
    asked,
    questions,
    intro: () => undefined,
    outro: () => undefined,
    async text(question) {
      questions.push(question);
      const value = answer(question.message);
      if (value !== undefined && question.validate?.(value) !== undefined)
        throw new Error(`invalid answer ${value}: ${question.validate(value)}`);
      return value;
    },
    async select<T extends string>(question: SelectQuestion<T>) {
      questions.push(question as unknown as SelectQuestion<string>);
      const value = answer(question.message);
      if (value !== undefined && !question.options.some((option) => option.value === value))
        throw new Error(`not an option: ${value}`);
      return value as T | undefined;
    },
  };
}

/** Runs git with a fixed identity; returns stdout. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync(
    'git',
    [
      '-c',
      'user.name=Test',
      '-c',
      'user.email=test@example.com',
      '-c',
      'commit.gpgsign=false',
      ...args,
    ],
    {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
}
