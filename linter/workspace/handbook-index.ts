/**
 * The whole handbook in memory, for tools that lint text which is not (yet) on disk: the
 * language server (unsaved buffers) and `lint --fix` (each pass's fixed text). It holds the
 * engine's per-file outcome of every content file, built once from disk with the lint cache
 * (`lintAll`), and replaces one file's outcome when its text changes (`lintContentFile`), so the
 * cross-file phase (`runCrossFileRules`) always runs over the facts of every file, edited or not.
 *
 * Only engine functions are used here: the verdicts are exactly those of `handbook lint`.
 */
import { lstat, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { ResolvedConfig } from '../config/types.ts';
import { describe, discoverContent, toPosix } from '../engine/discover.ts';
import { LintCache } from '../engine/cache.ts';
import { lintContentFile, unreadableOutcome } from '../engine/lint-file.ts';
import type { FileOutcome } from '../engine/lint-file.ts';
import { finishMessages, lintAll, runCrossFileRules } from '../engine/lint-handbook.ts';
import type { FileFacts, LintMessage } from '../engine/types.ts';

export interface IndexOptions {
  /** Reuse and update the lint cache (default true). */
  cache?: boolean | undefined;
  /** The cache file; default: the engine's. */
  cacheLocation?: string | undefined;
  /** Worker threads for the first build; default: the engine's choice. */
  workers?: number | undefined;
}

export class HandbookIndex {
  readonly root: string;
  readonly config: ResolvedConfig;
  readonly #outcomes = new Map<string, FileOutcome>();
  /** Cross-file messages of the last `messages()` call, by file; undefined when stale. */
  #cross: Map<string, LintMessage[]> | undefined;

  private constructor(root: string, config: ResolvedConfig) {
    this.root = root;
    this.config = config;
  }

  /** Lints every file of `root`'s `content/` from disk (cache first) into a new index. */
  static async open(
    root: string,
    config: ResolvedConfig,
    options: IndexOptions = {},
  ): Promise<HandbookIndex> {
    const index = new HandbookIndex(root, config);
    const discovery = await discoverContent(root);
    const outcomes = await lintAll(discovery.files, {
      root,
      config,
      cache: options.cache ?? true,
      cacheLocation: options.cacheLocation,
      workers: options.workers,
    });
    for (const outcome of outcomes) index.#outcomes.set(outcome.facts.path, outcome);
    for (const problem of discovery.problems) {
      index.#outcomes.set(
        problem.file.path,
        unreadableOutcome(
          problem.file.path,
          problem.file.contentPath,
          problem.reason,
          config,
          problem.kind,
        ),
      );
    }
    return index;
  }

  /**
   * About how many content files have no entry in the lint cache (discovered files minus cache
   * entries): decides whether a first build is cold. An estimate: it reads no file.
   */
  static async uncachedEstimate(
    root: string,
    config: ResolvedConfig,
    options: Pick<IndexOptions, 'cacheLocation'> = {},
  ): Promise<number> {
    const [discovery, cache] = await Promise.all([
      discoverContent(root),
      LintCache.open(root, config, options.cacheLocation),
    ]);
    return Math.max(0, discovery.files.length - cache.size);
  }

  /** An index with no file (the handbook could not be read); buffers can still be added. */
  static empty(root: string, config: ResolvedConfig): HandbookIndex {
    return new HandbookIndex(root, config);
  }

  /** The root-relative POSIX path of an absolute path, when it lies under `content/`. */
  pathOf(absolute: string): string | undefined {
    const path = toPosix(relative(this.root, absolute));
    return path.startsWith('content/') ? path : undefined;
  }

  /** Whether the file is a content file (`.md`/`.mdx` under `content/`, no dot-entry). */
  isContent(path: string): boolean {
    return (
      /^content\/.+\.mdx?$/.test(path) &&
      !/(^|\/)\./.test(path) &&
      !path.split('/').includes('node_modules')
    );
  }

  /** Lints `text` as the content of `path` and puts it in place of what the index had. */
  set(path: string, text: string | Uint8Array): void {
    const contentPath = path.slice('content/'.length);
    const previous = this.#outcomes.get(path);
    const outcome = lintContentFile(path, contentPath, text, this.config);
    this.#outcomes.set(path, outcome);
    // Cross-file rules read only facts: while the author types prose, the facts stay the same
    // and so does phase two's answer (same facts, same order), so it is not run again.
    if (!previous || JSON.stringify(previous.facts) !== JSON.stringify(outcome.facts))
      this.#cross = undefined;
  }

  /**
   * Reads `path` from disk again (a file watcher saw it change): a regular file is linted, a
   * link or special entry becomes the `mdx-parse` error discovery gives it, a missing one is
   * forgotten. Never throws.
   */
  async refresh(path: string): Promise<void> {
    if (!this.isContent(path)) return;
    const absolute = join(this.root, path);
    const contentPath = path.slice('content/'.length);
    try {
      const entry = await lstat(absolute);
      if (entry.isSymbolicLink() || !entry.isFile()) {
        const kind = entry.isSymbolicLink() ? 'symlink' : 'special';
        this.#outcomes.set(
          path,
          unreadableOutcome(
            path,
            contentPath,
            entry.isSymbolicLink() ? 'a symbolic link' : 'not a regular file',
            this.config,
            kind,
          ),
        );
        this.#cross = undefined;
        return;
      }
      this.set(path, await readFile(absolute));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') this.delete(path);
      else {
        this.#outcomes.set(
          path,
          unreadableOutcome(path, contentPath, describe(error), this.config),
        );
        this.#cross = undefined;
      }
    }
  }

  /** Forgets a deleted file. */
  delete(path: string): void {
    if (this.#outcomes.delete(path)) this.#cross = undefined;
  }

  has(path: string): boolean {
    return this.#outcomes.has(path);
  }

  get size(): number {
    return this.#outcomes.size;
  }

  /** The facts of every file, in no particular order. */
  facts(): FileFacts[] {
    return [...this.#outcomes.values()].map((outcome) => outcome.facts);
  }

  /** Every root-relative path in the index. */
  paths(): string[] {
    return [...this.#outcomes.keys()];
  }

  /**
   * The final messages of `path`, as `handbook lint` would report them: per-file and cross-file
   * rules, suppressions applied, sorted. Phase two runs once per change, not once per file asked.
   */
  messages(path: string): LintMessage[] {
    const outcome = this.#outcomes.get(path);
    if (!outcome) return [];
    if (!this.#cross) {
      this.#cross = new Map();
      runCrossFileRules([...this.#outcomes.values()], this.config, this.#cross);
    }
    return finishMessages(
      outcome,
      [...outcome.messages, ...(this.#cross.get(path) ?? [])],
      this.config,
    );
  }

  /** The ids of every brief (the candidates of a `dependsOn` entry). */
  briefIds(): string[] {
    return this.facts().flatMap((facts) => (facts.brief ? [facts.id] : []));
  }

  /** Every pillar: id, title and status. */
  pillars(): { id: string; title: string; status: string; path: string }[] {
    return this.facts().flatMap((facts) =>
      facts.pillar
        ? [
            {
              id: facts.id,
              title: facts.pillar.title,
              status: facts.pillar.status,
              path: facts.path,
            },
          ]
        : [],
    );
  }
}
