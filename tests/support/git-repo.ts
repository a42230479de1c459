/**
 * A throw-away git repository with dated commits, for the tests that read history ("What
 * changed", trends): files are written, then committed at a known author and committer date.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface GitRepo {
  root: string;
  /** Runs git in the repository with a fixed identity; returns stdout. */
  git(...args: string[]): string;
  /** Writes a file (folders created), relative to the root. */
  write(path: string, text: string): void;
  /** Stages everything and commits it at `date` (ISO); returns the commit's hash. */
  commit(message: string, date: string): string;
  remove(): void;
}

/** A new repository in a temporary folder (or in `root`, which must exist). */
export function gitRepo(prefix = 'handbook-history-', root?: string): GitRepo {
  const dir = root ?? mkdtempSync(join(tmpdir(), prefix));
  const run = (args: string[], env: NodeJS.ProcessEnv = process.env): string =>
    execFileSync(
      'git',
      [
        '-c',
        'user.name=Test',
        '-c',
        'user.email=t@example.com',
        '-c',
        'commit.gpgsign=false',
        ...args,
      ],
      { cwd: dir, encoding: 'utf8', env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
  run(['init', '-q']);
  return {
    root: dir,
    git: (...args) => run(args),
    write(path, text) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    },
    commit(message, date) {
      run(['add', '-A']);
      run(['commit', '-qm', message], {
        ...process.env,
        GIT_AUTHOR_DATE: date,
        GIT_COMMITTER_DATE: date,
      });
      return run(['rev-parse', 'HEAD']).trim();
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
