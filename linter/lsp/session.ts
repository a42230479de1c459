/**
 * The language server's state: the handbook index (every file's outcome, open buffers in place
 * of their files), the open documents, and what was last published for each. A change is
 * queued and handled on the next turn of the event loop, so a burst of keystrokes lints once;
 * then the cross-file phase runs once and every open document whose diagnostics changed is
 * published again (a fixed pillar clears the briefs it broke in other open files). The edited
 * document itself is always published, with its version.
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver/node.js';
import { toPosix } from '../engine/discover.ts';
import { loadConfig, resolveConfig } from '../config/load.ts';
import type { ResolvedConfig } from '../config/types.ts';
import type { LintMessage } from '../engine/types.ts';
import { HandbookIndex } from '../workspace/handbook-index.ts';
import { toDiagnostic } from './diagnostics.ts';
import { idleCollector } from './idle-gc.ts';

export interface OpenDocument {
  uri: string;
  path: string;
  version: number;
  text: string;
}

export interface SessionHooks {
  publish(uri: string, diagnostics: Diagnostic[], version: number | undefined): void;
  /** One line for the client's log. */
  log(line: string): void;
  env: Record<string, string | undefined>;
  /** Fills the lint cache out of process (a child `handbook lint`); true when it ran. */
  fillCache?: ((root: string) => Promise<boolean>) | undefined;
}

/** Files without a cache entry above which the first lint runs in a child process. */
const COLD_FILES = 300;

export class Session {
  readonly root: string;
  #index: Promise<HandbookIndex>;
  readonly #hooks: SessionHooks;
  readonly #open = new Map<string, OpenDocument>();
  /** Paths whose buffer changed and must be linted; a set, so a burst lints once. */
  readonly #dirty = new Set<string>();
  /** Paths whose file changed on disk (watcher), read again unless open. */
  readonly #changedOnDisk = new Set<string>();
  readonly #published = new Map<string, string>();
  readonly #messages = new Map<string, LintMessage[]>();
  #flushing: Promise<void> | undefined;
  readonly #collectSoon = idleCollector();
  #scheduled = false;

  constructor(root: string, hooks: SessionHooks) {
    this.root = root;
    this.#hooks = hooks;
    this.#index = this.#build();
  }

  async #build(): Promise<HandbookIndex> {
    const started = performance.now();
    const config = await this.#config();
    try {
      // A cold cache is filled by a child `handbook lint` (worker threads, memory returned when it
      // exits); building it here would keep that lint's pages resident while the editor runs.
      // The index is then built in this thread from the cache.
      const uncached = await HandbookIndex.uncachedEstimate(this.root, config);
      if (uncached > COLD_FILES && this.#hooks.fillCache) {
        const filled = await this.#hooks.fillCache(this.root);
        this.#hooks.log(
          filled
            ? `handbook: filled the lint cache for ${uncached} files in a child process`
            : 'handbook: could not lint in a child process; indexing in the server',
        );
      }
      const index = await HandbookIndex.open(this.root, config, { workers: 0 });
      this.#hooks.log(
        `handbook: indexed ${index.size} files of ${this.root} in ${Math.round(performance.now() - started)} ms`,
      );
      this.#collectSoon();
      return index;
    } catch (error) {
      this.#hooks.log(`handbook: could not read the handbook at ${this.root}: ${firstLine(error)}`);
      return HandbookIndex.empty(this.root, config);
    }
  }

  /** The config; a broken one is logged once and the defaults are used, so editing goes on. */
  async #config(): Promise<ResolvedConfig> {
    try {
      return await loadConfig(this.root, { env: this.#hooks.env });
    } catch (error) {
      this.#hooks.log(
        `handbook: ${firstLine(error)}; using the default configuration until it is fixed`,
      );
      return resolveConfig({}, 'defaults', new Date(), this.#hooks.env);
    }
  }

  /** The index, once the first build is done. */
  index(): Promise<HandbookIndex> {
    return this.#index;
  }

  /** The root-relative POSIX path of a `file:` URI, or undefined for other schemes. */
  pathOf(uri: string): string | undefined {
    if (!uri.startsWith('file:')) return undefined;
    try {
      return toPosix(relative(this.root, fileURLToPath(uri)));
    } catch {
      return undefined;
    }
  }

  document(uri: string): OpenDocument | undefined {
    return this.#open.get(uri);
  }

  /** Opens or changes a buffer: its text replaces the file's in the index. */
  update(document: OpenDocument): void {
    this.#open.set(document.uri, document);
    this.#dirty.add(document.uri);
    this.#schedule();
  }

  /** Closes a buffer: the file on disk counts again, and its diagnostics are cleared. */
  close(uri: string): void {
    const document = this.#open.get(uri);
    if (!document) return;
    this.#open.delete(uri);
    this.#dirty.delete(uri);
    this.#published.delete(uri);
    this.#messages.delete(uri);
    this.#hooks.publish(uri, [], undefined);
    this.#changedOnDisk.add(document.path);
    this.#schedule();
  }

  /** A file changed on disk (watcher or client notification). */
  fileChanged(path: string): void {
    this.#changedOnDisk.add(path);
    this.#schedule();
  }

  /** The config file changed: lint everything again with the new config, buffers included. */
  configChanged(): void {
    this.#index = this.#build();
    this.#published.clear();
    for (const uri of this.#open.keys()) this.#dirty.add(uri);
    this.#schedule();
  }

  /** The messages of an open document for its current text (pending changes linted first). */
  async messages(uri: string): Promise<LintMessage[]> {
    await this.settled();
    return this.#messages.get(uri) ?? [];
  }

  /** Resolves when every queued change has been linted and published. */
  async settled(): Promise<void> {
    while (this.#flushing || this.#scheduled)
      await (this.#flushing ?? new Promise((resolve) => setImmediate(resolve)));
  }

  #schedule(): void {
    if (this.#scheduled) return;
    this.#scheduled = true;
    setImmediate(() => {
      this.#scheduled = false;
      const previous = this.#flushing ?? Promise.resolve();
      const run: Promise<void> = previous
        .then(() => this.#flush())
        .catch((error: unknown) =>
          this.#hooks.log(`handbook: internal error while linting: ${firstLine(error)}`),
        );
      this.#flushing = run;
      void run.finally(() => {
        if (this.#flushing === run) this.#flushing = undefined;
      });
    });
  }

  async #flush(): Promise<void> {
    const index = await this.#index;
    const openPaths = new Set([...this.#open.values()].map((document) => document.path));
    const disk = [...this.#changedOnDisk].filter((path) => !openPaths.has(path));
    this.#changedOnDisk.clear();
    for (const path of disk) await index.refresh(path);
    const edited = [...this.#dirty];
    this.#dirty.clear();
    for (const uri of edited) {
      const document = this.#open.get(uri);
      if (document && index.isContent(document.path)) index.set(document.path, document.text);
    }
    if (edited.length === 0 && disk.length === 0) return;
    this.#collectSoon();
    for (const document of this.#open.values()) {
      const messages = index.isContent(document.path) ? index.messages(document.path) : [];
      this.#messages.set(document.uri, messages);
      const lines = document.text.split('\n');
      const diagnostics = messages.map((message) => toDiagnostic(message, lines, this.root));
      const key = JSON.stringify(diagnostics);
      if (!edited.includes(document.uri) && this.#published.get(document.uri) === key) continue;
      this.#published.set(document.uri, key);
      this.#hooks.publish(document.uri, diagnostics, document.version);
    }
  }
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}
