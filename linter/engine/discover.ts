/**
 * Finds the content files of a handbook: every `.md`/`.mdx` under `content/`. Never throws:
 * entries that cannot be read (a symlink loop, no permission) come back as problems.
 */
import { readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

export interface FoundFile {
  /** Absolute path. */
  absolute: string;
  /** Relative to the handbook root, POSIX. */
  path: string;
  /** Relative to `content/`, POSIX. */
  contentPath: string;
}

export interface Discovery {
  files: FoundFile[];
  problems: { file: FoundFile; reason: string }[];
}

const CONTENT_FILE = /\.mdx?$/i;

/** Walks `<root>/content`. Symlinked folders are not followed (no loops); symlinked files are. */
export async function discoverContent(root: string): Promise<Discovery> {
  const contentDir = join(root, 'content');
  const discovery: Discovery = { files: [], problems: [] };
  const toFound = (absolute: string): FoundFile => ({
    absolute,
    path: toPosix(relative(root, absolute)),
    contentPath: toPosix(relative(contentDir, absolute)),
  });

  async function walk(dir: string): Promise<void> {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      if (dir !== contentDir) discovery.problems.push({ file: toFound(dir), reason: describe(error) });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const absolute = join(dir, entry.name);
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      if (entry.isDirectory()) {
        await walk(absolute);
      } else if (entry.isSymbolicLink()) {
        if (!CONTENT_FILE.test(entry.name)) continue;
        try {
          const target = await stat(absolute);
          if (target.isFile()) discovery.files.push(toFound(absolute));
        } catch (error) {
          discovery.problems.push({ file: toFound(absolute), reason: describe(error) });
        }
      } else if (entry.isFile() && CONTENT_FILE.test(entry.name)) {
        discovery.files.push(toFound(absolute));
      }
    }
  }

  await walk(contentDir);
  return discovery;
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
