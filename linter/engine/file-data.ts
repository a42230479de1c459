/**
 * What the handbook rules keep in `file.data.handbook` while a unified processor runs: the
 * engine's parse of the file (`ContentFile`), the config, and the file's facts for the
 * completers. The engine and the preset's parser (`linter/remark/parser.ts`) put it there; a
 * rule used alone with another parser (`unified().use(remarkParse).use(briefWhy)`) builds it here
 * from the file's own bytes, so every rule checks the engine's tree (its frontmatter split, its
 * YAML reading, its micromark configuration per file type), never another parser's.
 *
 * The handbook root of a file on its own is the nearest folder at or above it that holds a
 * `handbook.config.*` file or a `content/` folder (as `handbook lint` finds it), else the folder
 * above its last `content` path segment; a file outside `<root>/content/` belongs to no
 * collection, and the rules leave it alone.
 */
import { dirname, relative, resolve, sep } from 'node:path';
import type { VFile } from 'vfile';
import { isHandbookRoot } from '../config/find-root.ts';
import { configSchema } from '../config/schema.ts';
import type { ResolvedConfig } from '../config/types.ts';
import { parseContentFile } from './parse.ts';
import type { SharedFactsOf } from './shared-facts.ts';
import type { ContentFile, RuleId } from './types.ts';

export interface HandbookFileData {
  /** The handbook root (absolute), when the file was found on disk. */
  root?: string | undefined;
  content: ContentFile;
  config: ResolvedConfig;
  /** The file's facts; each cross-file rule adds what it records (its `record`) once. */
  facts?: SharedFactsOf | undefined;
  /** Rules whose `record` has run on `facts`; `true` when all have (the engine's `collectFacts`). */
  recorded?: Set<RuleId> | true | undefined;
}

declare module 'vfile' {
  interface DataMap {
    handbook: HandbookFileData;
  }
}

/** The defaults of `handbook.config.*`, for a rule used without the engine or the preset. */
export function defaultConfig(): ResolvedConfig {
  return { ...configSchema.parse({}), now: new Date() };
}

/** The file's handbook data, built from its own bytes and path when no parser of ours left any. */
export function handbookDataOf(file: VFile): HandbookFileData {
  const existing = file.data.handbook;
  if (existing) return existing;
  const { root, path, contentPath } = contentPathsOf(file);
  const value = file.value;
  const bytes = typeof value === 'string' || value instanceof Uint8Array ? value : '';
  const data: HandbookFileData = {
    root,
    content: parseContentFile(path, contentPath, bytes),
    config: defaultConfig(),
  };
  file.data.handbook = data;
  return data;
}

const rootOfFolder = new Map<string, string | undefined>();

/** The nearest folder at or above `dir` holding a config file or a `content/` folder. */
export function handbookRootAbove(dir: string): string | undefined {
  if (rootOfFolder.has(dir)) return rootOfFolder.get(dir);
  const found = isHandbookRoot(dir)
    ? dir
    : dirname(dir) === dir
      ? undefined
      : handbookRootAbove(dirname(dir));
  rootOfFolder.set(dir, found);
  return found;
}

/** The root, the root-relative path and the `content/`-relative path of a file (POSIX). */
export function contentPathsOf(file: VFile): {
  root: string | undefined;
  path: string;
  contentPath: string;
} {
  if (!file.path) return { root: undefined, path: '', contentPath: '' };
  const absolute = resolve(file.cwd, file.path);
  const segments = absolute.split(sep);
  const last = segments.lastIndexOf('content');
  const root =
    handbookRootAbove(dirname(absolute)) ??
    (last > 0 ? segments.slice(0, last).join(sep) || sep : undefined);
  if (root === undefined) return { root, path: file.path, contentPath: '' };
  const path = relative(root, absolute).split(sep).join('/');
  return {
    root,
    path,
    contentPath: path.startsWith('content/') ? path.slice('content/'.length) : '',
  };
}
