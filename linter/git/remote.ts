/**
 * The repository a handbook was cloned from, for "Edit page" links when the config names none:
 * the `origin` remote and its default branch. Outside git, or without a remote, both are
 * undefined and the site shows no edit link.
 */
import { git } from './git.ts';

export interface OriginRemote {
  /** `git remote get-url origin`, as configured (ssh or https). */
  url: string;
  /** The remote's default branch (`origin/HEAD`), when the clone recorded it. */
  branch: string | undefined;
}

/** The `origin` remote of the repository holding `root`, or undefined. Never throws. */
export async function originRemote(root: string): Promise<OriginRemote | undefined> {
  try {
    const remote = await git(root, ['remote', 'get-url', 'origin']);
    const url = remote.stdout.trim();
    if (!remote.ok || url === '') return undefined;
    const head = await git(root, [
      'symbolic-ref',
      '--quiet',
      '--short',
      'refs/remotes/origin/HEAD',
    ]);
    const branch = head.ok ? head.stdout.trim().replace(/^origin\//, '') : '';
    return { url, branch: branch === '' ? undefined : branch };
  } catch {
    return undefined;
  }
}
