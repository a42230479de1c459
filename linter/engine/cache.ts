/**
 * A content-hash cache of per-file outcomes in `node_modules/.cache/handbook`. A file whose
 * bytes, linter code and configuration are unchanged reuses its messages and facts, so a
 * pull request's `--changed` run parses only what changed. Any mismatch is a miss, never a
 * wrong answer: the key covers the file's bytes, every linter source file and the config
 * (including "today", which staleness depends on). Every entry is checked when it is used
 * (`cache-entry.ts`: a digest binding it to this path, these bytes and this
 * fingerprint); a corrupt or inconsistent one is dropped and the file linted again, so the
 * cache can cost a re-lint but never decide a verdict or fail the run.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ResolvedConfig } from '../config/types.ts';
import { isoDay } from '../core/dates.ts';
import { entryDigest, validOutcome } from './cache-entry.ts';
import type { CacheEntry } from './cache-entry.ts';
import type { FileOutcome } from './lint-file.ts';

const FORMAT = 3;

interface CacheFile {
  format: number;
  fingerprint: string;
  entries: Record<string, unknown>;
}

export function cachePath(root: string): string {
  return join(root, 'node_modules', '.cache', 'handbook', 'lint-cache.json');
}

/** Hashes already computed in this process, per buffer: `handbook diff` hashes the same bytes for both sides. */
const hashes = new WeakMap<Uint8Array, string>();

/** Hash of a file's bytes. */
export function contentHash(bytes: Uint8Array): string {
  let hash = hashes.get(bytes);
  if (hash === undefined) {
    hash = createHash('sha1').update(bytes).digest('base64url');
    hashes.set(bytes, hash);
  }
  return hash;
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
    .update(isoDay(now))
    .digest('base64url');
}

export class LintCache {
  readonly #path: string;
  readonly #fingerprint: string;
  /** Entries as read: unchecked until `get` validates one. */
  readonly #old: Map<string, unknown>;
  readonly #next: Record<string, CacheEntry> = {};
  /**
   * Outcomes checked or computed in this process, by path and hash: a second run over the same
   * files (`handbook diff` lints the base and the working tree) neither checks nor lints them again.
   */
  readonly #known = new Map<string, { entry: CacheEntry; outcome: FileOutcome }>();
  /** Whether the next cache differs from the one on disk (an entry added, or the file was missing or foreign). */
  #dirty: boolean;

  private constructor(
    path: string,
    fingerprintValue: string,
    old: Map<string, unknown>,
    fresh: boolean,
  ) {
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
    const entries = new Map<string, unknown>();
    let fresh = false;
    try {
      const parsed = JSON.parse(await readFile(path, 'utf8')) as Partial<CacheFile> | null;
      const found = parsed?.entries;
      if (
        parsed?.format === FORMAT &&
        parsed.fingerprint === expected &&
        typeof found === 'object' &&
        found !== null &&
        !Array.isArray(found)
      ) {
        // Own keys only: a key such as `__proto__` is data here, never a prototype.
        for (const key of Object.keys(found))
          entries.set(key, (found as Record<string, unknown>)[key]);
        fresh = true;
      }
    } catch {
      // No cache yet, or a damaged one (bad JSON, truncated): start empty.
    }
    return new LintCache(path, expected, entries, fresh);
  }

  /**
   * How many files the cache knows, from earlier runs or from this process (an estimate, used to
   * decide whether to start workers early: a second run over the same files starts none).
   */
  get size(): number {
    return Math.max(this.#old.size, this.#known.size);
  }

  /** The stored outcome for `path` with these bytes, when its entry is well formed and consistent. */
  get(path: string, hash: string): FileOutcome | undefined {
    const known = this.#known.get(`${path}\0${hash}`);
    if (known) {
      this.#next[path] = known.entry;
      return known.outcome;
    }
    const entry = this.#old.get(path);
    if (entry === undefined) return undefined;
    const outcome = validOutcome(entry, this.#fingerprint, path, hash);
    if (!outcome) {
      // Stale (other bytes) or damaged: the file is linted again, and the entry replaced.
      this.#dirty = true;
      return undefined;
    }
    this.#next[path] = entry as CacheEntry;
    this.#remember(path, hash, entry as CacheEntry, outcome);
    return outcome;
  }

  set(path: string, hash: string, outcome: FileOutcome): void {
    const entry = { hash, digest: entryDigest(this.#fingerprint, path, hash, outcome), outcome };
    this.#next[path] = entry;
    this.#remember(path, hash, entry, outcome);
    this.#dirty = true;
  }

  #remember(path: string, hash: string, entry: CacheEntry, outcome: FileOutcome): void {
    this.#known.set(`${path}\0${hash}`, { entry, outcome });
  }

  /**
   * Writes the entries used or added in this run, atomically (temporary file, then rename).
   * A run served entirely from the cache, with every entry used, leaves the file as it is.
   */
  async save(): Promise<void> {
    if (!this.#dirty && Object.keys(this.#next).length === this.#old.size) return;
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
