/**
 * `handbook diff` without the command line: lints the merge base (from git objects) and the
 * working tree with one lint cache, so a file whose bytes are the same on both sides is checked
 * or linted once, and a base whose cache is present costs no parse at all. Then it compares
 * the two strategies. No Astro: the engine's parse, facts and cache, and the site's plain-TS
 * derivations.
 */
import { lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findConfigFile, loadConfig, resolveConfig } from '../config/load.ts';
import type { ResolvedConfig } from '../config/types.ts';
import { LintCache } from '../engine/cache.ts';
import { lintHandbookWithFacts, type SourceFile } from '../engine/lint-handbook.ts';
import { UsageError, isUsageError } from '../errors.ts';
import { readBaseTree } from './base-tree.ts';
import { compareSnapshots } from './compare.ts';
import type { StrategyDiff } from './diff-schema.ts';
import { answersOf, snapshotOf } from './snapshot.ts';

export interface DiffOptions {
  /** Absolute handbook root. */
  root: string;
  /** The working tree's config. */
  config: ResolvedConfig;
  /** `--base REF`; default `origin/main`, else `main`. */
  base?: string | undefined;
  /** Read and save the lint cache (default true); without it, a cache lives for this run only. */
  cache?: boolean | undefined;
  cacheLocation?: string | undefined;
  env?: Readonly<Record<string, string | undefined>> | undefined;
}

/** What the change from the merge base to the working tree does to the strategy. */
export async function strategyDiff(options: DiffOptions): Promise<StrategyDiff> {
  const { root, config } = options;
  const tree = await readBaseTree(root, options.base);
  const baseConfig = await configAtBase(root, tree.config, config, options.env ?? {});
  const scratch = mkdtempSync(join(tmpdir(), 'handbook-diff-'));
  try {
    const persistent = options.cache !== false;
    const cache = await LintCache.open(
      root,
      config,
      persistent ? options.cacheLocation : join(scratch, 'lint-cache.json'),
    );
    // Another config is another fingerprint: the base then gets a cache of its own, never saved.
    const baseCache =
      baseConfig === config
        ? cache
        : await LintCache.open(root, baseConfig, join(scratch, 'base-cache.json'));
    // Answers first: the lint may hand the bytes to a worker thread.
    const baseAnswers = answersOf(tree.files, baseConfig);
    const headAnswers = answersOf(visionFiles(root), config);
    const before = await lintHandbookWithFacts({
      root,
      config: baseConfig,
      files: tree.files,
      openCache: baseCache,
    });
    const after = await lintHandbookWithFacts({
      root,
      config,
      openCache: cache,
      preread: tree.unchanged,
    });
    if (persistent) await cache.save();
    return compareSnapshots(
      snapshotOf(before.facts, before.results, baseAnswers),
      snapshotOf(after.facts, after.results, headAnswers),
      { ref: tree.ref, commit: tree.commit },
      config,
    );
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** The config at the merge base: the working tree's when the file is the same, else the base's own. */
async function configAtBase(
  root: string,
  file: { name: string; bytes: Uint8Array } | undefined,
  config: ResolvedConfig,
  env: Readonly<Record<string, string | undefined>>,
): Promise<ResolvedConfig> {
  const current = findConfigFile(root);
  if (file === undefined && current === undefined) return config;
  if (
    file !== undefined &&
    current !== undefined &&
    current.endsWith(file.name) &&
    Buffer.from(file.bytes).equals(readFileSync(current))
  )
    return config;
  if (file === undefined) return resolveConfig({}, 'defaults', config.now, env);
  const folder = mkdtempSync(join(tmpdir(), 'handbook-base-config-'));
  try {
    writeFileSync(join(folder, file.name), file.bytes);
    return await loadConfig(folder, { now: config.now, env });
  } catch (error) {
    if (isUsageError(error)) throw new UsageError(`the base's ${error.message}`);
    throw error;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The vision answer files of the working tree (regular files only, as discovery reads them). */
function visionFiles(root: string): SourceFile[] {
  const folder = join(root, 'content', 'vision');
  let names: string[];
  try {
    names = readdirSync(folder)
      .filter((name) => /\.mdx?$/i.test(name) && !name.startsWith('.'))
      .sort();
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const absolute = join(folder, name);
    try {
      if (!lstatSync(absolute).isFile()) return [];
      return [
        {
          path: `content/vision/${name}`,
          contentPath: `vision/${name}`,
          bytes: readFileSync(absolute),
        },
      ];
    } catch {
      return [];
    }
  });
}
