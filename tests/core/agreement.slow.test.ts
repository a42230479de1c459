/**
 * Lint, `/health/`, `strategy.json` and `handbook diff` agree: on the sample and on a generated handbook, the
 * stale reviews lint warns about are the stale items the health page lists and the export
 * carries, and likewise orphan pillars, dependency cycles and blocked briefs. Lint runs the real
 * engine; the page's data is the core's `alignmentHealth` over the entries the site's content
 * loader stores; the export is `buildStrategyExport`. Lint has no blocked-brief rule, so for
 * those the core runs over lint's own phase-one facts (raw frontmatter) instead. The diff's
 * health indicators (its snapshot of the working tree, from lint's facts) count what the page
 * lists. In the slow
 * project: it lints two whole handbooks without the cache (~10 s).
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/corpus.ts';
import { loadConfig } from '../../linter/config/load.ts';
import type { ResolvedConfig } from '../../linter/config/types.ts';
import { idOf } from '../../linter/core/collections.ts';
import { alignmentHealth, blockedBriefs } from '../../linter/core/health.ts';
import { discoverContent } from '../../linter/engine/discover.ts';
import { collectFacts } from '../../linter/engine/facts.ts';
import { lintHandbook } from '../../linter/engine/lint-handbook.ts';
import { parseContentFile } from '../../linter/engine/parse.ts';
import { compareSnapshots } from '../../linter/diff/compare.ts';
import { snapshotOf } from '../../linter/diff/snapshot.ts';
import { lintHandbookWithFacts } from '../../linter/engine/lint-handbook.ts';
import { buildStrategyExport } from '../../site/lib/derive/strategy-export.ts';
import { siteEntries } from '../support/site-entries.ts';

const repo = resolve(import.meta.dirname, '../..');
const now = new Date('2026-12-01T00:00:00Z');

interface Facts {
  stale: string[];
  orphans: string[];
  cycles: string[];
  blocked: string[];
}

const sorted = (values: Iterable<string>): string[] => [...new Set(values)].sort();

/** What lint says: files with each rule's messages, and blocked briefs over lint's facts. */
async function lintFacts(root: string, config: ResolvedConfig): Promise<Facts> {
  const results = await lintHandbook({ root, config, cache: false });
  const filesWith = (test: (rule: string | undefined, id: string | undefined) => boolean) =>
    results.filter((r) => r.messages.some((m) => test(m.ruleId, m.messageId))).map((r) => r.file);
  const facts = [];
  for (const file of (await discoverContent(root)).files) {
    facts.push(
      collectFacts(parseContentFile(file.path, file.contentPath, await readFile(file.absolute)))
        .facts,
    );
  }
  const briefs = facts.flatMap((f) =>
    f.brief
      ? [
          {
            id: f.id,
            data: { status: f.brief.status, dependsOn: f.brief.dependsOn.map((d) => d.id) },
          },
        ]
      : [],
  );
  return {
    stale: sorted(filesWith((rule) => rule === 'stale-review')),
    orphans: sorted(filesWith((rule) => rule === 'pillar-orphan').map(idOf)),
    cycles: sorted(
      filesWith((rule, id) => rule === 'brief-depends-on' && (id === 'cycle' || id === 'self')).map(
        idOf,
      ),
    ),
    blocked: sorted(
      blockedBriefs(briefs).map(
        (b) => `${b.brief.id} ← ${sorted(b.waitingOn.map((w) => w.id)).join(',')}`,
      ),
    ),
  };
}

/** What `/health/` renders (the core's facts over the site's entries) and what strategy.json exports. */
async function siteFacts(
  root: string,
  config: ResolvedConfig,
): Promise<{ page: Facts; json: Facts }> {
  const entries = await siteEntries(root);
  const health = alignmentHealth(entries, config, config.now);
  const json = buildStrategyExport({
    ...entries,
    generatedAt: now,
    config,
    now: config.now,
  }).health;
  if (!json) throw new Error('strategy.json has no health section');
  return {
    page: {
      stale: sorted(
        health.stale.filter((s) => s.due.state === 'stale').map((s) => s.entry.filePath ?? ''),
      ),
      orphans: sorted(health.orphans.map((p) => p.id)),
      cycles: sorted(health.cycles.flat()),
      blocked: sorted(
        health.blocked.map(
          (b) => `${b.brief.id} ← ${sorted(b.waitingOn.map((w) => w.id)).join(',')}`,
        ),
      ),
    },
    json: {
      stale: sorted(json.stale.filter((s) => s.state === 'stale').map((s) => s.file ?? '')),
      orphans: sorted(json.orphanPillars),
      cycles: sorted(json.cycles.flat()),
      blocked: sorted(json.blocked.map((b) => `${b.id} ← ${sorted(b.waitingOn).join(',')}`)),
    },
  };
}

/** The diff's health indicators for the working tree (a diff of the handbook against itself). */
async function diffCounts(root: string, config: ResolvedConfig): Promise<Record<string, number>> {
  const side = await lintHandbookWithFacts({ root, config, cache: false });
  const snapshot = snapshotOf(side.facts, side.results, new Map());
  const diff = compareSnapshots(snapshot, snapshot, { ref: 'HEAD', commit: '' }, config);
  return Object.fromEntries(diff.health.map((row) => [row.indicator, row.after]));
}

/** The same indicators, counted on what `/health/` renders. */
async function pageCounts(root: string, config: ResolvedConfig): Promise<Record<string, number>> {
  const health = alignmentHealth(await siteEntries(root), config, config.now);
  return {
    'orphan-pillars': health.orphans.length,
    'stale-reviews': health.stale.filter((item) => item.collection !== 'vision').length,
    'tech-debt': health.techDebt.filter((row) => row.over).length,
    blocked: health.blocked.length,
    owners: health.owners.filter((owner) => owner.over).length,
    'stale-answers': health.stale.filter((item) => item.collection === 'vision').length,
    'open-gaps': health.gaps.length,
    dependencies: health.cycles.length,
  };
}

describe('lint, /health/, strategy.json and the diff on the sample', () => {
  it('name the same stale reviews, orphans, cycles and blocked briefs', async () => {
    const config = { ...(await loadConfig(repo)), now };
    const lint = await lintFacts(repo, config);
    const { page, json } = await siteFacts(repo, config);
    expect(page).toEqual(lint);
    expect(json).toEqual(lint);
    // The disagreement this test was written for: a stale vision answer counts on /health/ too.
    expect(lint.stale).toContain('content/vision/sam-whitfield.mdx');
    expect(lint.blocked.length).toBeGreaterThan(0);
    const counts = await diffCounts(repo, config);
    expect(counts).toEqual(await pageCounts(repo, config));
    expect(counts['stale-answers']).toBeGreaterThan(0);
  }, 120_000);
});

describe('lint, /health/, strategy.json and the diff on a generated handbook', () => {
  let root = '';
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'handbook-agreement-'));
    await generateCorpus(root, 120, 7, { faults: false });
    const files = new Map(
      (await discoverContent(root)).files.map((f) => [idOf(f.contentPath), f.absolute]),
    );
    const setDependsOn = async (id: string, dependsOn: string[]) => {
      const path = files.get(id) as string;
      const text = (await readFile(path, 'utf8')).replace(/^dependsOn: .*\n/m, '');
      await writeFile(
        path,
        text.replace(/^reviewed:/m, `dependsOn: [${dependsOn.join(', ')}]\nreviewed:`),
      );
    };
    // A three-brief cycle, a self-dependency, a dependency on a missing brief, and an orphan pillar.
    await setDependsOn('brief-20', ['brief-21']);
    await setDependsOn('brief-21', ['brief-22']);
    await setDependsOn('brief-22', ['brief-20']);
    await setDependsOn('brief-30', ['brief-30']);
    await setDependsOn('brief-31', ['no-such-brief', 'brief-32']);
    await writeFile(
      join(root, 'content', 'pillars', 'field-safety.mdx'),
      '---\ntitle: Field safety\nowner: "@dana"\nsummary: Crews get home safe.\ndrives: Safe crews keep working.\nindicators:\n  - { name: Incidents, target: "0" }\nstatus: active\n---\n\nNobody works on this yet.\n',
    );
  });
  afterAll(async () => {
    if (root) await rm(root, { recursive: true, force: true });
  });

  it('name the same stale reviews, orphans, cycles and blocked briefs', async () => {
    const defaults = await loadConfig(root);
    // Cadences short enough that some briefs and every vision answer are stale.
    const config: ResolvedConfig = {
      ...defaults,
      now,
      review: { cadenceDays: 120 },
      vision: { ...defaults.vision, checkInDays: 30 },
    };
    const lint = await lintFacts(root, config);
    const { page, json } = await siteFacts(root, config);
    expect(page).toEqual(lint);
    expect(json).toEqual(lint);
    expect(lint.orphans).toEqual(['field-safety']);
    expect(lint.cycles).toEqual(['brief-20', 'brief-21', 'brief-22', 'brief-30']);
    expect(lint.stale.some((path) => path.startsWith('content/vision/'))).toBe(true);
    expect(lint.stale.some((path) => path.startsWith('content/initiatives/'))).toBe(true);
    expect(lint.blocked.length).toBeGreaterThan(3);
    const counts = await diffCounts(root, config);
    expect(counts).toEqual(await pageCounts(root, config));
    expect(counts['dependencies']).toBe(2);
    expect(counts['orphan-pillars']).toBe(1);
  }, 120_000);
});
