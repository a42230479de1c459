/**
 * Last-commit dates of every content file, from ONE `git log` over `content/` per build
 * (spawning git per page costs seconds per hundred pages). Starlight's own lastUpdated cannot
 * see top-level content in `astro build`, so `site/route-data.ts` and the brief pages use this.
 */
import { execFileSync } from 'node:child_process';

/** Marks the start of a commit in the log output; paths cannot contain NUL. */
const COMMIT_MARK = '\u0000';

/**
 * Parses `git log --format=%x00%cI --name-only` output into path → newest commit date.
 * The log is newest first, so the first date seen for a path is its last change.
 */
export function parseGitLog(output: string): Map<string, Date> {
  const dates = new Map<string, Date>();
  for (const block of output.split(COMMIT_MARK)) {
    const lines = block.split('\n');
    const stamp = lines.shift()?.trim();
    if (!stamp) continue;
    const date = new Date(stamp);
    if (Number.isNaN(date.getTime())) continue;
    for (const line of lines) {
      const path = line.trim();
      if (path !== '' && !dates.has(path)) dates.set(path, date);
    }
  }
  return dates;
}

const cache = new Map<string, Map<string, Date>>();

/**
 * Path (relative to `root`, POSIX, e.g. `content/initiatives/2026-q3/x.mdx`) → last commit date.
 * Empty when `root` is not in a git checkout or git is missing; computed once per root. `root` is
 * the handbook root the build resolved (`virtual:handbook/root`), never the current folder.
 */
export function gitDates(root: string): Map<string, Date> {
  const cached = cache.get(root);
  if (cached) return cached;
  let dates = new Map<string, Date>();
  try {
    const output = execFileSync(
      'git',
      ['log', '--format=%x00%cI', '--name-only', '--relative', '--no-renames', '--', 'content'],
      { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] },
    );
    dates = parseGitLog(output);
  } catch {
    // Not a git checkout (e.g. a tarball build): pages fall back to `reviewed` dates.
  }
  cache.set(root, dates);
  return dates;
}

/** The last commit date of one content file, if git knows it. */
export function lastCommitDate(filePath: string, root: string): Date | undefined {
  return gitDates(root).get(filePath.replace(/^\.\//, ''));
}
