/**
 * Finds the content files of a handbook: every `.md`/`.mdx` under `content/`. Lint and site must
 * see the same files, so nothing is skipped silently that the site would load:
 *
 * - A symbolic link (file or folder, any name) is a problem, never followed: the site's glob
 *   loader follows links, so a link could publish or import files from outside the repository.
 * - A `node_modules` folder anywhere under `content/` is a problem, not walked: Vite resolves
 *   bare imports from the importing file's folder upward, so a package planted there would
 *   shadow the project's own.
 * - A `.md`/`.mdx` entry that is neither a file nor a folder (a FIFO, a socket) is a problem,
 *   never opened.
 * - Dot-files and dot-folders are ignored, by lint and site alike (the glob loader does not
 *   match them either).
 *
 * Never throws: entries that cannot be read (no permission) come back as problems too. Each
 * problem becomes an `mdx-parse` error on its path (`rules/mdx-parse.ts` words it).
 */
import { lstat, readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

export interface FoundFile {
  /** Absolute path. */
  absolute: string;
  /** Relative to the handbook root, POSIX. */
  path: string;
  /** Relative to `content/`, POSIX. */
  contentPath: string;
}

/** Why an entry of `content/` is not linted: it cannot be read, or the site must not load it. */
export type DiscoveryProblemKind = 'unreadable' | 'symlink' | 'node-modules' | 'special';

export interface DiscoveryProblem {
  file: FoundFile;
  kind: DiscoveryProblemKind;
  /** A short human detail: the file-system error, or what a link points at. */
  reason: string;
}

export interface Discovery {
  files: FoundFile[];
  problems: DiscoveryProblem[];
}

const CONTENT_FILE = /\.mdx?$/i;

/** Walks `<root>/content` without following symbolic links. */
export async function discoverContent(root: string): Promise<Discovery> {
  const contentDir = join(root, 'content');
  const discovery: Discovery = { files: [], problems: [] };
  const toFound = (absolute: string): FoundFile => ({
    absolute,
    path: toPosix(relative(root, absolute)),
    contentPath: toPosix(relative(contentDir, absolute)),
  });
  const problem = (absolute: string, kind: DiscoveryProblemKind, reason: string): void => {
    discovery.problems.push({ file: toFound(absolute), kind, reason });
  };

  async function walk(dir: string): Promise<void> {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      if (dir !== contentDir) problem(dir, 'unreadable', describe(error));
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const absolute = join(dir, entry.name);
      if (entry.name.startsWith('.')) continue;
      if (entry.isSymbolicLink()) {
        problem(absolute, 'symlink', await linkTarget(absolute));
      } else if (entry.isDirectory()) {
        if (entry.name === 'node_modules') problem(absolute, 'node-modules', 'a package folder');
        else await walk(absolute);
      } else if (entry.isFile()) {
        if (CONTENT_FILE.test(entry.name)) discovery.files.push(toFound(absolute));
      } else if (CONTENT_FILE.test(entry.name)) {
        problem(absolute, 'special', 'not a regular file (a FIFO, socket or device)');
      }
    }
  }

  // `content/` itself may be a link: report it rather than walk what it points at.
  const top = await lstat(contentDir).catch(() => undefined);
  if (top?.isSymbolicLink()) problem(contentDir, 'symlink', await linkTarget(contentDir));
  else await walk(contentDir);
  return discovery;
}

/** What a link points at, for the message: "a folder", "a file", "a symbolic link loop". */
async function linkTarget(absolute: string): Promise<string> {
  try {
    const target = await stat(absolute);
    return target.isDirectory()
      ? 'a link to a folder'
      : target.isFile()
        ? 'a link to a file'
        : 'a link to something that is not a file';
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return code === 'ENOENT' ? 'a link whose target does not exist' : describe(error);
  }
}

/** A one-line, human reason for a file-system error. */
export function describe(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  switch (code) {
    case 'ENOENT':
      return 'the file no longer exists (deleted during the run?)';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'a symbolic link loop';
    case 'EISDIR':
      return 'a directory, not a file';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

export function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}
