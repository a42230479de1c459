/**
 * `handbook lint --changed [--base REF]`: which content files a branch changes. Compares the
 * working tree (staged, unstaged and untracked files) with the merge base of the base ref and
 * HEAD, so commits that landed on main since the branch started do not count. When anything
 * that decides a verdict changed (the config, a rule, the engine, the domain core, the schemas,
 * the vision questions, or the lock file that pins the installed linter and its parsers), every
 * file may be affected: lint everything, so the diff's annotations show what the change does.
 */
import { realpath } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { UsageError } from '../errors.ts';
import { git, splitNul } from './git.ts';

/** Bases tried in order when `--base` is not given. */
export const defaultBases = ['origin/main', 'main'] as const;

export interface ChangedContent {
  /** The ref compared with, as given or chosen. */
  base: string;
  /** The merge base commit of `base` and HEAD. */
  mergeBase: string;
  /** Root-relative POSIX paths under `content/` that were added, modified, deleted or are untracked. */
  files: string[];
  /** Set when everything must be linted, with the changed file that forces it. */
  everything?: string | undefined;
}

/**
 * Root-relative folders of this product's sources that decide verdicts: the rules, the engine,
 * the domain core, the schemas, the config's schema and loading, and the vision questions.
 * (Formatters, the CLI and the site only print or publish.)
 */
const verdictSources = [
  'linter/core/',
  'linter/rules/',
  'linter/engine/',
  'linter/schema/',
  'linter/config/',
  'linter/vision/',
] as const;
/** Lock files: they pin the installed linter and the parsers it runs (remark, micromark, yaml, zod). */
export const lockFiles = [
  'package-lock.json',
  'npm-shrinkwrap.json',
  'pnpm-lock.yaml',
  'yarn.lock',
  'bun.lock',
  'bun.lockb',
] as const;

/**
 * Whether a change to `path` (root-relative, POSIX; `../` for the repository above a handbook in
 * a subfolder) can change the verdict on any content file: lint everything.
 */
export function affectsEverything(path: string): boolean {
  if (/^handbook\.config\.[^/]+$/.test(path)) return true;
  if (verdictSources.some((folder) => path.startsWith(folder))) return true;
  const lock = /^(?:\.\.\/)*([^/]+)$/.exec(path)?.[1];
  return lock !== undefined && (lockFiles as readonly string[]).includes(lock);
}

/** The changed files of the handbook at `root` since `base` (default: `origin/main`, else `main`). */
export async function changedContent(root: string, base?: string): Promise<ChangedContent> {
  if (base !== undefined && (base === '' || base.startsWith('-'))) {
    throw new UsageError(`invalid git ref \`${base}\` for --base`);
  }
  const top = await git(root, ['rev-parse', '--show-toplevel']);
  if (!top.ok) throw new UsageError('`--changed` needs the handbook to be in a git repository');
  const toplevel = await realpath(top.stdout.trim());
  const realRoot = await realpath(root);

  const chosen = base ?? (await firstExisting(root, defaultBases));
  if (chosen === undefined || !(await refExists(root, chosen))) {
    throw new UsageError(
      await missingBaseMessage(root, chosen ?? defaultBases[0], base === undefined),
    );
  }
  const head = await git(root, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']);
  if (!head.ok) throw new UsageError('`--changed` needs at least one commit on the current branch');
  const merge = await git(root, ['merge-base', chosen, 'HEAD']);
  if (!merge.ok) {
    const shallow = await isShallow(root);
    throw new UsageError(
      shallow
        ? `no merge base of \`${chosen}\` and HEAD in this shallow clone; fetch more history (\`git fetch --unshallow\`, or fetch-depth: 0 in CI) or pass --base`
        : `\`${chosen}\` and HEAD share no history; pass another --base`,
    );
  }
  const mergeBase = merge.stdout.trim();

  // The handbook's folder, and the lock files at the top of the repository when it is a subfolder.
  const topLocks = lockFiles.map((name) => `:(top)${name}`);
  const [diff, untracked] = await Promise.all([
    git(root, ['diff', '--name-only', '--no-renames', '-z', mergeBase, '--', '.', ...topLocks]),
    git(root, ['ls-files', '--others', '--exclude-standard', '-z', '--full-name', '--', '.']),
  ]);
  if (!diff.ok) throw new Error(`git diff failed: ${diff.stderr.trim().split('\n')[0] ?? ''}`);
  const fromRoot = (path: string) => relative(realRoot, join(toplevel, path)).split(sep).join('/');
  const all = [
    ...new Set([...splitNul(diff.stdout), ...splitNul(untracked.stdout)].map(fromRoot)),
  ].sort();
  return {
    base: chosen,
    mergeBase,
    files: all.filter((path) => path.startsWith('content/')),
    everything: all.find(affectsEverything),
  };
}

/**
 * For `lintHandbook({ changed })`: the changed content files, or undefined to lint everything
 * (something that decides verdicts changed: see `affectsEverything`).
 */
export async function changedFilesForLint(
  root: string,
  base?: string,
): Promise<string[] | undefined> {
  const changes = await changedContent(root, base);
  return changes.everything === undefined ? changes.files : undefined;
}

async function refExists(root: string, ref: string): Promise<boolean> {
  return (await git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])).ok;
}

async function firstExisting(root: string, refs: readonly string[]): Promise<string | undefined> {
  for (const ref of refs) if (await refExists(root, ref)) return ref;
  return undefined;
}

async function isShallow(root: string): Promise<boolean> {
  return (await git(root, ['rev-parse', '--is-shallow-repository'])).stdout.trim() === 'true';
}

async function missingBaseMessage(root: string, ref: string, defaulted: boolean): Promise<string> {
  const remote = /^([^/]+)\/(.+)$/.exec(ref);
  const isRemote =
    remote !== null && (await git(root, ['remote'])).stdout.split('\n').includes(remote[1] ?? '');
  const fetch = isRemote ? `\`git fetch --depth=1000 ${remote?.[1]} ${remote?.[2]}\`` : undefined;
  if (defaulted && !(await isShallow(root)) && !isRemote) {
    return 'no base to compare with: neither `origin/main` nor `main` exists; pass --base REF';
  }
  return fetch === undefined
    ? `base \`${ref}\` not found; fetch it or pass another --base`
    : `base \`${ref}\` not found; fetch it (${fetch}) or pass --base`;
}
