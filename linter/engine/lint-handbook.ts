/**
 * Lints a whole handbook: phase one lints every file (from the cache when its bytes are
 * unchanged, on worker threads when there are many) and records its facts; phase two runs the
 * cross-file rules once over all facts; then suppressions apply and the report is narrowed to
 * the files asked for. Cross-file rules always see the whole handbook.
 */
import { readFileSync } from 'node:fs';
import { enableCompileCache } from 'node:module';
import { resolve, sep } from 'node:path';
import type { ResolvedConfig } from '../config/types.ts';
import { rules } from '../rules/index.ts';
import { LintCache, contentHash } from './cache.ts';
import { describe, discoverContent } from './discover.ts';
import type { Discovery, FoundFile } from './discover.ts';
import type { FileOutcome } from './lint-file.ts';
import type { Publication } from '../render/publication.ts';
import { compareMessages, createMessage, ruleUrl, severityOf } from './messages.ts';
import { checkHandbookWith } from './handbook-check.ts';
import { applySuppressions } from './suppressions.ts';
import type { FileFacts, FileResult, LintMessage } from './types.ts';

/**
 * The worker pool and the parser (remark, micromark, the schemas' parsing) load only when a file
 * must actually be linted: a run served from the cache (a warm `--changed`) needs neither.
 */
async function pool() {
  enableCompileCache?.();
  return import('./worker-pool.ts');
}

/** The outcome for a file that could not be read (loads the parser: rare). */
async function unreadable(
  file: FoundFile,
  reason: string,
  config: ResolvedConfig,
): Promise<FileOutcome> {
  const { unreadableOutcome } = await import('./lint-file.ts');
  return unreadableOutcome(file.path, file.contentPath, reason, config);
}

export interface LintHandbookOptions {
  /** Absolute handbook root (holds `content/` and maybe `handbook.config.*`). */
  root: string;
  config: ResolvedConfig;
  /** Absolute (or root-relative) files or folders to report on; default: all of `content/`. */
  paths?: readonly string[] | undefined;
  /**
   * Root-relative paths of changed files (`--changed`): their per-file messages are reported,
   * and cross-file messages anywhere (a removed pillar breaks briefs elsewhere).
   */
  changed?: readonly string[] | undefined;
  /** Reuse per-file outcomes from `node_modules/.cache/handbook` (default true). */
  cache?: boolean | undefined;
  /** The cache file (`--cache-location`); default `<root>/node_modules/.cache/handbook/lint-cache.json`. */
  cacheLocation?: string | undefined;
  /**
   * The files to lint, in memory, instead of discovering `content/` on disk: `handbook diff`
   * lints the base commit from git objects. Paths are root-relative, POSIX.
   */
  files?: readonly SourceFile[] | undefined;
  /**
   * An open cache to use instead of opening (and saving) the one at `cacheLocation`; the
   * caller saves it. Two runs over mostly the same files then check each entry once.
   */
  openCache?: LintCache | undefined;
  /**
   * Bytes already read from disk in this run, by root-relative path (`handbook diff` read the
   * files unchanged since the base): discovery still decides what is linted, and a file named
   * here is not read again.
   */
  preread?: ReadonlyMap<string, Uint8Array> | undefined;
  /** Worker threads; default one per core for large handbooks, 0 for in-process. */
  workers?: number | undefined;
  /**
   * For a build: receives what the site publishes for each file linted in this run (not for
   * cache hits), made from the same parse, with the hash of the bytes it was made from.
   */
  publish?:
    ((absolute: string, hash: string, base: string, publication: Publication) => void) | undefined;
}

/** A content file given in memory (`LintHandbookOptions.files`). */
export interface SourceFile {
  /** Relative to the handbook root, POSIX. */
  path: string;
  /** Relative to `content/`, POSIX. */
  contentPath: string;
  bytes: Uint8Array;
}

/** Lints the handbook at `options.root` and returns one result per reported file, sorted by path. */
export async function lintHandbook(options: LintHandbookOptions): Promise<FileResult[]> {
  return (await lintHandbookWithFacts(options)).results;
}

/** {@link lintHandbook}, plus the facts of every file linted (what `handbook diff` compares). */
export async function lintHandbookWithFacts(
  options: LintHandbookOptions,
): Promise<{ results: FileResult[]; facts: FileFacts[] }> {
  const { root, config } = options;
  const discovery: Discovery = options.files
    ? {
        files: options.files.map((file) => ({
          absolute: resolve(root, file.path),
          path: file.path,
          contentPath: file.contentPath,
        })),
        problems: [],
      }
    : await discoverContent(root);
  const outcomes = await lintAll(
    discovery.files,
    options,
    options.files?.map((file) => file.bytes),
  );
  if (discovery.problems.length > 0) {
    const { unreadableOutcome } = await import('./lint-file.ts');
    for (const problem of discovery.problems) {
      outcomes.push(
        unreadableOutcome(
          problem.file.path,
          problem.file.contentPath,
          problem.reason,
          config,
          problem.kind,
        ),
      );
    }
  }

  const changed = options.changed ? new Set(options.changed) : undefined;
  const byPath = new Map<string, LintMessage[]>();
  for (const outcome of outcomes) {
    const perFile = !changed || changed.has(outcome.facts.path) ? outcome.messages : [];
    byPath.set(outcome.facts.path, [...perFile]);
  }
  runCrossFileRules(outcomes, config, byPath);

  const wanted = selectPaths(root, options.paths);
  const results: FileResult[] = [];
  for (const outcome of outcomes) {
    const path = outcome.facts.path;
    if (!wanted(path)) continue;
    const messages = finishMessages(outcome, byPath.get(path) ?? [], config);
    if (changed && !changed.has(path) && messages.length === 0) continue;
    results.push({ file: path, messages });
  }
  results.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { results, facts: outcomes.map((outcome) => outcome.facts) };
}

/** Phase one for every file: cache hits first, the rest linted (in parallel when many). Also used by the language server's index. */
export async function lintAll(
  files: readonly FoundFile[],
  options: LintHandbookOptions,
  given?: readonly Uint8Array[],
): Promise<FileOutcome[]> {
  const { config } = options;
  const publish = options.publish !== undefined;
  if (options.cache === false && options.openCache === undefined) {
    const outcomes = await (
      await pool()
    ).lintFilesInParallel(files, config, { workers: options.workers, publish }, given);
    outcomes.forEach((outcome, index) =>
      takePublicationOf(outcome, files[index] as FoundFile, undefined, options),
    );
    return outcomes;
  }

  const cache =
    options.openCache ?? (await LintCache.open(options.root, config, options.cacheLocation));
  // A mostly cold cache: start the workers now, so they load while this thread reads and hashes.
  const { poolSize, startPool, lintFilesInParallel } = await pool();
  const expectedSize = poolSize(files.length - cache.size, options.workers);
  const early = expectedSize > 0 ? startPool(config, expectedSize, { publish }) : undefined;
  try {
    const outcomes: (FileOutcome | undefined)[] = new Array(files.length);
    const misses: { index: number; hash: string; bytes: Uint8Array }[] = [];
    const failed: { index: number; reason: string }[] = [];
    // Synchronous reads: for thousands of small files they cost a third of promise-based ones.
    files.forEach((file, index) => {
      let bytes: Uint8Array;
      try {
        bytes = given?.[index] ?? prereadBytes(options, file.path) ?? readFileSync(file.absolute);
      } catch (error) {
        failed.push({ index, reason: describe(error) });
        return;
      }
      const hash = contentHash(bytes);
      const hit = cache.get(file.path, hash);
      if (hit) outcomes[index] = hit;
      else misses.push({ index, hash, bytes });
    });
    for (const { index, reason } of failed)
      outcomes[index] = await unreadable(files[index] as FoundFile, reason, config);
    if (misses.length > 0) {
      // The bytes already read for the hash go to the linter: no file is read twice.
      const missed = misses.map(({ index }) => files[index] as FoundFile);
      const bytes = misses.map((miss) => miss.bytes);
      const linted = early
        ? await early.lint(missed, bytes)
        : await lintFilesInParallel(missed, config, { workers: options.workers, publish }, bytes);
      misses.forEach(({ index, hash }, i) => {
        const outcome = linted[i] as FileOutcome;
        takePublicationOf(outcome, files[index] as FoundFile, hash, options);
        outcomes[index] = outcome;
        cache.set(outcome.facts.path, hash, outcome);
      });
    }
    if (options.openCache === undefined) await cache.save();
    return outcomes as FileOutcome[];
  } finally {
    await early?.close();
  }
}

/** Bytes read earlier in this run for `path`, unless they were since moved to a worker thread. */
function prereadBytes(options: LintHandbookOptions, path: string): Uint8Array | undefined {
  const bytes = options.preread?.get(path);
  return bytes && !(bytes.buffer as ArrayBuffer).detached ? bytes : undefined;
}

/** Moves a file's publication (if any) out of its outcome, to the caller: it never enters the cache. */
function takePublicationOf(
  outcome: FileOutcome,
  file: FoundFile,
  hash: string | undefined,
  options: LintHandbookOptions,
): void {
  const publication = outcome.publication;
  if (!publication) return;
  delete outcome.publication;
  options.publish?.(
    file.absolute,
    hash ?? contentHash(readFileSync(file.absolute)),
    options.config.site.base,
    publication,
  );
}

/** Phase two: every cross-file rule once over all facts; messages are added to `byPath` by file. */
export function runCrossFileRules(
  outcomes: readonly FileOutcome[],
  config: ResolvedConfig,
  byPath: Map<string, LintMessage[]>,
): void {
  const handbook = { files: outcomes.map((outcome) => outcome.facts) };
  for (const rule of rules) {
    const severity = rule.checkHandbook ? severityOf(rule, config) : undefined;
    if (!severity) continue;
    // The same check a rule's unified completer runs (`handbook-check.ts`).
    checkHandbookWith(rule, handbook, config, severity, (file, message) => {
      const list = byPath.get(file);
      if (list) list.push(message);
      else if (message.messageId !== 'internal-error') byPath.set(file, [message]);
    });
  }
}

/** Applies the file's suppressions, reports unused and unknown ones, and sorts. */
export function finishMessages(
  outcome: FileOutcome,
  messages: LintMessage[],
  config: ResolvedConfig,
): LintMessage[] {
  const { kept, unused } = applySuppressions(messages, outcome.facts.suppressions);
  const unusedRule = { id: 'unused-suppression', defaultSeverity: 'warning' } as const;
  const severity = severityOf(unusedRule, config);
  if (severity) {
    const url = ruleUrl('unused-suppression', config);
    for (const { suppression, rule } of unused) {
      const target = rules.find((r) => r.id === rule);
      if (target && !severityOf(target, config)) continue;
      kept.push(
        createMessage(
          'unused-suppression',
          severity,
          url,
          `Unused suppression of \`${rule}\`: nothing on line ${suppression.targetLine} is reported by it`,
          {
            messageId: 'unused',
            place: suppression.place,
            hint: 'Remove the comment, or move it to the line just above the reported problem.',
          },
        ),
      );
    }
    for (const { suppression, names } of outcome.unknownSuppressions) {
      for (const name of names) {
        kept.push(
          createMessage(
            'unused-suppression',
            severity,
            url,
            `Unknown rule \`${name}\` in a suppression comment`,
            { messageId: 'unknown-rule', place: suppression.place },
          ),
        );
      }
    }
  }
  return kept.sort(compareMessages);
}

function selectPaths(
  root: string,
  paths: readonly string[] | undefined,
): (file: string) => boolean {
  if (!paths || paths.length === 0) return () => true;
  const wanted = paths.map((path) => resolve(root, path));
  return (file) => {
    const absolute = resolve(root, file);
    return wanted.some(
      (path) => absolute === path || absolute.startsWith(path.endsWith(sep) ? path : path + sep),
    );
  };
}
