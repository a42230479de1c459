/**
 * A content-hash cache of per-file outcomes in `node_modules/.cache/handbook`. A file whose
 * bytes, linter code and configuration are unchanged reuses its messages and facts, so a
 * pull request's `--changed` run parses only what changed. Any mismatch is a miss, never a
 * wrong answer: the key covers the file's bytes, every linter source file and the config
 * (including "today", which staleness depends on).
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ResolvedConfig } from '../config/types.ts';
import type { FileOutcome } from './lint-file.ts';

const FORMAT = 1;

interface CacheFile {
  format: number;
  fingerprint: string;
  entries: Record<string, { hash: string; outcome: FileOutcome }>;
}

export function cachePath(root: string): string {
  return join(root, 'node_modules', '.cache', 'handbook', 'lint-cache.json');
}

/** Hash of a file's bytes. */
export function contentHash(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('base64url');
}

let linterHash: Promise<string> | undefined;

/**
 * Hash of the linter's own code, so a changed rule (or a new package version after
 * `npm update`) invalidates every entry: its `.ts` sources, or the `.js` the package ships.
 */
export function linterSourceHash(): Promise<string> {
  linterHash ??= (async () => {
    const linterDir = dirname(dirname(fileURLToPath(import.meta.url)));
    const hash = createHash('sha1');
    const entries = (await readdir(linterDir, { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile() && /\.(?:ts|js)$/.test(entry.name))
      .map((entry) => join(entry.parentPath, entry.name))
      .sort();
    for (const path of entries) hash.update(path).update(await readFile(path));
    return hash.digest('base64url');
  })();
  return linterHash;
}

async function fingerprint(config: ResolvedConfig): Promise<string> {
  const { now, ...rest } = config;
  return createHash('sha1')
    .update(String(FORMAT))
    .update(await linterSourceHash())
    .update(JSON.stringify(rest))
    .update(now.toISOString().slice(0, 10))
    .digest('base64url');
}

export class LintCache {
  readonly #path: string;
  readonly #fingerprint: string;
  readonly #old: CacheFile['entries'];
  readonly #next: CacheFile['entries'] = {};
  /** Whether the next cache differs from the one on disk (an entry added, or the file was missing or foreign). */
  #dirty: boolean;

  private constructor(path: string, fingerprintValue: string, old: CacheFile['entries'], fresh: boolean) {
    this.#path = path;
    this.#fingerprint = fingerprintValue;
    this.#old = old;
    this.#dirty = !fresh;
  }

  /**
   * Opens the cache for this configuration; an unreadable or foreign cache starts empty.
   * `location` is the cache file (`--cache-location`), default `cachePath(root)`.
   */
  static async open(root: string, config: ResolvedConfig, location?: string): Promise<LintCache> {
    const path = location ?? cachePath(root);
    const expected = await fingerprint(config);
    let entries: CacheFile['entries'] = {};
    let fresh = false;
    try {
      const parsed = JSON.parse(await readFile(path, 'utf8')) as CacheFile;
      if (parsed.format === FORMAT && parsed.fingerprint === expected && typeof parsed.entries === 'object' && parsed.entries !== null) {
        entries = parsed.entries;
        fresh = true;
      }
    } catch {
      // No cache yet, or a damaged one: start empty.
    }
    return new LintCache(path, expected, entries, fresh);
  }

  /** How many files the cache knows from earlier runs. */
  get size(): number {
    return Object.keys(this.#old).length;
  }

  get(path: string, hash: string): FileOutcome | undefined {
    const entry = this.#old[path];
    if (entry?.hash !== hash) return undefined;
    this.#next[path] = entry;
    return entry.outcome;
  }

  set(path: string, hash: string, outcome: FileOutcome): void {
    this.#next[path] = { hash, outcome };
    this.#dirty = true;
  }

  /**
   * Writes the entries used or added in this run, atomically (temporary file, then rename).
   * A run served entirely from the cache, with every entry used, leaves the file as it is.
   */
  async save(): Promise<void> {
    if (!this.#dirty && Object.keys(this.#next).length === Object.keys(this.#old).length) return;
    const data: CacheFile = { format: FORMAT, fingerprint: this.#fingerprint, entries: this.#next };
    const temporary = `${this.#path}.${randomUUID()}.tmp`;
    try {
      await mkdir(dirname(this.#path), { recursive: true });
      await writeFile(temporary, JSON.stringify(data));
      await rename(temporary, this.#path);
    } catch {
      // A cache that cannot be written only costs speed next time.
    }
  }
}
