/**
 * Where the handbook is, as ESLint finds its config: without `--root`, the nearest folder from
 * the working directory upward that holds a `handbook.config.{ts,mjs,js,json}` file or a
 * `content/` folder is the handbook root, so `handbook lint` works from `content/initiatives/`
 * as well as from the top. Paths given on the command line must lie under its `content/`, and
 * must hold at least one content file: linting nothing is a usage error, not "no problems".
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { findHandbookRoot, isFolder } from '../config/find-root.ts';
import { UsageError } from '../errors.ts';

const CONTENT_FILE = /\.mdx?$/i;

export { findHandbookRoot } from '../config/find-root.ts';

/** `path` for messages: relative to the cwd when below it, POSIX; `.` for the cwd itself. */
export function shownPath(cwd: string, path: string): string {
  const shown = relative(cwd, path) || '.';
  return sep === '/' ? shown : shown.split(sep).join('/');
}

/**
 * The handbook root of a command: `--root` resolved against the cwd, or the nearest root
 * upward from the cwd. Throws a `UsageError` when it is not a handbook.
 */
export function resolveHandbookRoot(
  cwd: string,
  rootOption: string | undefined,
  hint: string,
): string {
  if (rootOption === undefined) {
    const found = findHandbookRoot(cwd);
    if (found === undefined) {
      throw new UsageError(
        'no handbook in `.` or any folder above it, expected a folder holding `content/` or `handbook.config.*`; run from the handbook or pass --root',
        { hint },
      );
    }
    if (!isFolder(join(found, 'content'))) {
      throw new UsageError(
        `no \`content/\` folder in the handbook \`${shownPath(cwd, found)}\`, expected one next to its config file`,
        { hint },
      );
    }
    return found;
  }
  const root = resolve(cwd, rootOption);
  if (!isFolder(root)) throw new UsageError(`root \`${rootOption}\` is not a folder`, { hint });
  if (!isFolder(join(root, 'content'))) {
    throw new UsageError(
      `no \`content/\` folder in \`${rootOption}\`; pass the handbook with --root`,
      { hint },
    );
  }
  return root;
}

/** Whether `dir` (recursively) holds a file the linter reads; stops at the first one. */
export function holdsContentFile(dir: string): boolean {
  const pending = [dir];
  while (pending.length > 0) {
    const current = pending.pop() as string;
    let entries;
    try {
      entries = readdirSync(current, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      // The same entries the engine skips (engine/discover.ts).
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      if (entry.isDirectory()) pending.push(join(current, entry.name));
      else if ((entry.isFile() || entry.isSymbolicLink()) && CONTENT_FILE.test(entry.name))
        return true;
    }
  }
  return false;
}

/**
 * Checks the paths to lint (resolved against the cwd) and returns them absolute. Each must exist,
 * lie under `<root>/content` (the root itself means everything) and hold a content file; the
 * handbook must hold one at all.
 */
export function resolveContentPaths(
  root: string,
  paths: readonly string[],
  cwd: string,
  hint: string,
): string[] {
  const content = join(root, 'content');
  const resolved = paths.map((path) => {
    const absolute = resolve(cwd, path);
    if (!existsSync(absolute)) throw new UsageError(`no such file or folder \`${path}\``, { hint });
    if (absolute === root) return absolute;
    if (absolute !== content && !absolute.startsWith(content + sep)) {
      throw new UsageError(
        `\`${path}\` is outside the handbook's content, expected a file or folder under \`content/\``,
        { hint },
      );
    }
    if (isFolder(absolute)) {
      if (absolute !== content && !holdsContentFile(absolute)) {
        throw new UsageError(
          `no \`.md\` or \`.mdx\` files in \`${path}\`, expected content files to lint`,
          { hint },
        );
      }
    } else if (!CONTENT_FILE.test(absolute)) {
      throw new UsageError(
        `\`${path}\` is not a content file, expected a \`.md\` or \`.mdx\` file`,
        { hint },
      );
    }
    return absolute;
  });
  if (!holdsContentFile(content)) {
    throw new UsageError(
      `no \`.md\` or \`.mdx\` files in \`content/\`, expected the handbook's content there; create a brief with \`handbook new brief\``,
      { hint },
    );
  }
  return resolved;
}
