/**
 * Where a handbook's root is, as ESLint finds its config: the nearest folder at or above a start
 * folder that holds a `handbook.config.{ts,mjs,js,json}` file or a `content/` folder. One rule
 * for the CLI (from the working directory) and the remark preset (from each file's folder).
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { configFileNames } from './load.ts';

/** Whether `path` is a folder (following links, as `resolve` and the CLI do). */
export function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Whether `dir` marks a handbook root: a config file or a `content/` folder in it. */
export function isHandbookRoot(dir: string): boolean {
  if (configFileNames.some((name) => existsSync(join(dir, name)))) return true;
  return isFolder(join(dir, 'content'));
}

/** The nearest handbook root at or above `start`, or undefined when there is none. */
export function findHandbookRoot(start: string): string | undefined {
  let dir = resolve(start);
  for (;;) {
    if (isHandbookRoot(dir)) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
