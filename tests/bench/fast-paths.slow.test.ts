/**
 * The fast paths of the engine give the same answers as the plain one (no timings here):
 * worker threads vs in-process, warm cache vs cold, `changed` vs the full report filtered the
 * same way, and a cache written under another rule configuration is not reused.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/corpus.ts';
import { resolveConfig } from '../../linter/config/load.ts';
import type { ResolvedConfig } from '../../linter/config/types.ts';
import { cachePath } from '../../linter/engine/cache.ts';
import { lintHandbook } from '../../linter/engine/lint-handbook.ts';
import type { FileResult } from '../../linter/engine/types.ts';
import { WORKER_THRESHOLD } from '../../linter/engine/worker-pool.ts';

const BRIEFS = 400;
const now = new Date('2026-11-20T12:00:00Z');
let root: string;
let config: ResolvedConfig;
let reference: FileResult[];

/** Messages of a cross-file rule: reported from the facts of the whole handbook. */
const CROSS_FILE = new Set([
  'brief-depends-on',
  'brief-pillar',
  'link-resolves',
  'pillar-count',
  'pillar-orphan',
  'unique-id',
  'vision-complete',
]);

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'handbook-fast-paths-'));
  await generateCorpus(root, BRIEFS, 7);
  config = resolveConfig({}, 'defaults', now);
  reference = await lintHandbook({ root, config, cache: false, workers: 0 });
}, 120_000);

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

describe('fast paths of lintHandbook', () => {
  it('lints a corpus large enough for workers, with faults found', () => {
    expect(BRIEFS).toBeGreaterThan(WORKER_THRESHOLD);
    const errors = reference.flatMap((r) => r.messages).filter((m) => m.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
  });

  it('reports the same with worker threads as in-process', async () => {
    expect(await lintHandbook({ root, config, cache: false, workers: 2 })).toEqual(reference);
    // The default (one worker per core above the threshold) too.
    expect(await lintHandbook({ root, config, cache: false })).toEqual(reference);
  }, 120_000);

  it('reports the same from a warm cache as cold, and writes the cache', async () => {
    await rm(join(root, 'node_modules'), { recursive: true, force: true });
    const cold = await lintHandbook({ root, config });
    expect(cold).toEqual(reference);
    const written = await readFile(cachePath(root), 'utf8');
    const warm = await lintHandbook({ root, config, workers: 0 });
    expect(warm).toEqual(reference);
    // A run served entirely from the cache leaves it as it was.
    expect(await readFile(cachePath(root), 'utf8')).toBe(written);
  }, 120_000);

  it('with one changed brief, reports its per-file messages and every cross-file message', async () => {
    const changedPath = 'content/initiatives/2026-q1/brief-3.mdx';
    const absolute = join(root, changedPath);
    const original = await readFile(absolute, 'utf8');
    // Break the changed brief (its Why goes) and reference a missing brief, to see both kinds of message.
    await writeFile(
      absolute,
      original
        .replace(/## Why\n\n[^\n]*\n\n[^\n]*\n/, '## Why\n\nTBD\n')
        .replace(/^reviewed:/m, 'dependsOn: [no-such-brief]\nreviewed:'),
    );
    try {
      const full = await lintHandbook({ root, config, cache: false, workers: 0 });
      const expected = full
        .map((result) => ({
          file: result.file,
          messages:
            result.file === changedPath
              ? result.messages
              : result.messages.filter((m) => CROSS_FILE.has(m.ruleId)),
        }))
        .filter((result) => result.file === changedPath || result.messages.length > 0);
      const changedResult = full.find((r) => r.file === changedPath);
      expect(changedResult?.messages.map((m) => m.ruleId)).toEqual(
        expect.arrayContaining(['brief-why', 'brief-depends-on']),
      );

      // From a warm cache (of the unchanged corpus) and from none: the same answer.
      const fromCache = await lintHandbook({ root, config, changed: [changedPath] });
      const fromScratch = await lintHandbook({
        root,
        config,
        changed: [changedPath],
        cache: false,
      });
      expect(fromScratch).toEqual(fromCache);
      // Unused suppressions are per-file facts: compare the rule ids that are not cross-file only where the engine reports them.
      expect(fromCache).toEqual(expected);
    } finally {
      await writeFile(absolute, original);
    }
  }, 120_000);

  it('does not reuse a cache written under another rule configuration', async () => {
    await rm(join(root, 'node_modules'), { recursive: true, force: true });
    await lintHandbook({ root, config });
    const quiet = resolveConfig({ rules: { 'brief-why': 'off' } }, 'test', now);
    const withCache = await lintHandbook({ root, config: quiet });
    const without = await lintHandbook({ root, config: quiet, cache: false, workers: 0 });
    expect(withCache).toEqual(without);
    expect(withCache.flatMap((r) => r.messages).some((m) => m.ruleId === 'brief-why')).toBe(false);
    expect(reference.flatMap((r) => r.messages).some((m) => m.ruleId === 'brief-why')).toBe(true);
  }, 120_000);
});
