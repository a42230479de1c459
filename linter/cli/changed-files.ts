/**
 * `--changed`: the files of the handbook that differ from a git ref, relative to the root.
 * Compares the working tree (staged, unstaged and untracked files) with the merge base of the
 * ref and HEAD, so `--base origin/main` on a branch means "what this branch changes".
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { UsageError } from '../errors.ts';

const run = promisify(execFile);

/** Root-relative POSIX paths of files changed since `base` (default HEAD); `UsageError` outside git. */
export async function changedFiles(root: string, base = 'HEAD'): Promise<string[]> {
  if (base.startsWith('-')) throw new UsageError(`invalid git ref \`${base}\` for --base`);
  const git = async (args: string[]): Promise<string> =>
    (await run('git', args, { cwd: root, maxBuffer: 64 * 1024 * 1024 })).stdout;
  try {
    await git(['rev-parse', '--is-inside-work-tree']);
  } catch (error) {
    throw new UsageError('`--changed` needs the handbook to be in a git repository', {
      cause: error,
    });
  }
  let mergeBase: string;
  try {
    mergeBase = (await git(['merge-base', base, 'HEAD'])).trim();
  } catch (error) {
    throw new UsageError(
      `unknown git ref \`${base}\` for --base (in CI, fetch it first, e.g. fetch-depth: 0)`,
      {
        cause: error,
      },
    );
  }
  const [diff, untracked] = await Promise.all([
    git(['diff', '--name-only', '--no-renames', '--relative', '-z', mergeBase, '--', '.']),
    git(['ls-files', '--others', '--exclude-standard', '-z', '--', '.']),
  ]);
  const paths = new Set(
    [...diff.split('\0'), ...untracked.split('\0')].filter((path) => path !== ''),
  );
  return [...paths].sort();
}
