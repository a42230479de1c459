/** Runs git without a shell: arguments as an array, output as text. */
import { execFile } from 'node:child_process';

export interface GitResult {
  ok: boolean;
  stdout: string;
  stderr: string;
}

/** Runs `git args…` in `cwd`; never throws for a non-zero exit (see `ok`), only when git is missing. */
export function git(cwd: string, args: readonly string[]): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      [...args],
      { cwd, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' },
      (error, stdout, stderr) => {
        if (error && (error as NodeJS.ErrnoException).code === 'ENOENT') {
          reject(new Error('git is not installed or not on PATH'));
          return;
        }
        resolve({ ok: error === null, stdout, stderr });
      },
    );
  });
}

/** Splits `-z` output into paths. */
export function splitNul(output: string): string[] {
  return output.split('\0').filter((path) => path !== '');
}
