/**
 * `strategy.json`: the whole strategy graph for other tools. Every date is a `YYYY-MM-DD`
 * string; `generatedAt` is an ISO timestamp. Bump {@link STRATEGY_EXPORT_VERSION} on a breaking change.
 * `health` is the core's `alignmentHealth`, the facts `/health/` renders and lint reports.
 */
import type { NorthStar } from '../../../linter/schema/north-star.ts';
import type { Gap, VisionAnswer } from '../../../linter/schema/vision.ts';
import { withBase } from '../../../linter/config/urls.ts';
import { briefRoute, pillarRoute } from '../../../linter/core/collections.ts';
import { isoDay } from '../../../linter/core/dates.ts';
import { alignmentHealth, type AlignmentHealth, type HealthSettings, type QuarterDebt } from '../../../linter/core/health.ts';
import { dependentsMap, dependencyEdges, type DependencyEdge } from '../../../linter/core/dependencies.ts';
import { countsByPillar, sortBriefs, sortPillars } from '../../../linter/core/group.ts';
import { northStarProgress } from '../../../linter/core/north-star.ts';
import type { BriefEntry, Entry, PillarEntry } from './types.ts';

export const STRATEGY_EXPORT_VERSION = 1;

export interface ExportInput {
  northStar: Entry<NorthStar> | undefined;
  pillars: readonly PillarEntry[];
  initiatives: readonly BriefEntry[];
  vision: readonly Entry<VisionAnswer>[];
  gaps: readonly Entry<Gap>[];
  /** Answers per respondent id: question id → answer text (markdown). */
  answers?: ReadonlyMap<string, ReadonlyMap<string, string>> | undefined;
  /** Last commit date per file path, for `lastUpdated`. */
  commitDates?: ReadonlyMap<string, Date> | undefined;
  generatedAt: Date;
  /** The site's base path (`/` or `/handbook/`): every `url` is a link under it. Default `/`. */
  base?: string | undefined;
  /** Cadences and capacity (a resolved config): with them, the export carries `health`. */
  config?: HealthSettings | undefined;
  /** "Today" for staleness (the config's `now`); default `generatedAt`. */
  now?: Date | undefined;
}

/** The health facts, as ids and `YYYY-MM-DD` dates. */
export interface ExportedHealth {
  asOf: string;
  orphanPillars: string[];
  stale: { collection: string; id: string; file?: string | undefined; kind: string; state: string; date?: string | undefined; ageDays: number | null; cadenceDays: number }[];
  blocked: { id: string; waitingOn: string[]; missing: string[] }[];
  cycles: string[][];
  techDebt: QuarterDebt[];
  owners: { owner: string; initiatives: string[]; over: boolean }[];
  ownerLimit: number;
  openGaps: string[];
}

export interface ExportedInitiative {
  id: string;
  url: string;
  title: string;
  owner: string;
  quarter: string;
  status: string;
  pillar: string;
  kind: string;
  dependsOn: string[];
  /** Ids of briefs that depend on this one, i.e. the work this one blocks (reverse of `dependsOn`). */
  neededBy: string[];
  reviewed?: string | undefined;
  risk?: string | undefined;
  impact?: string | undefined;
  reason?: string | undefined;
  lastUpdated?: string | undefined;
  file?: string | undefined;
}

export interface StrategyExport {
  version: number;
  generatedAt: string;
  northStar: Record<string, unknown> | null;
  pillars: Record<string, unknown>[];
  initiatives: ExportedInitiative[];
  dependencies: DependencyEdge[];
  vision: { id: string; respondent: string; role: string; date: string; answers: Record<string, string> }[];
  gaps: Record<string, unknown>[];
  health?: ExportedHealth | undefined;
}

/** URL of a brief page under the base path. */
export const briefUrl = (id: string, base = '/'): string => withBase(base, briefRoute(id));
/** URL of a pillar page under the base path. */
export const pillarUrl = (id: string, base = '/'): string => withBase(base, pillarRoute(id));

/** The health facts of the export: ids instead of entries. */
export function exportHealth(health: AlignmentHealth, now: Date): ExportedHealth {
  return {
    asOf: isoDay(now),
    orphanPillars: health.orphans.map((pillar) => pillar.id),
    stale: health.stale.map((item) => ({
      collection: item.collection,
      id: item.entry.id,
      file: item.entry.filePath,
      kind: item.due.kind,
      state: item.due.state,
      date: item.due.date ? isoDay(item.due.date) : undefined,
      ageDays: item.ageDays,
      cadenceDays: item.due.cadenceDays,
    })),
    blocked: health.blocked.map((b) => ({ id: b.brief.id, waitingOn: b.waitingOn.map((w) => w.id), missing: [...b.missing] })),
    cycles: health.cycles.map((cycle) => [...cycle]),
    techDebt: health.techDebt.map((row) => ({ ...row })),
    owners: health.owners.map((o) => ({ owner: o.owner, initiatives: o.initiatives.map((i) => i.id), over: o.over })),
    ownerLimit: health.ownerLimit,
    openGaps: health.gaps.map((gap) => gap.id),
  };
}

/** Builds the export object (JSON-safe; `JSON.stringify` it as is). */
export function buildStrategyExport(input: ExportInput): StrategyExport {
  const neededBy = dependentsMap(input.initiatives);
  const counts = countsByPillar(input.pillars, input.initiatives);
  const ns = input.northStar;
  const base = input.base ?? '/';
  const now = input.now ?? input.generatedAt;
  return {
    version: STRATEGY_EXPORT_VERSION,
    generatedAt: input.generatedAt.toISOString(),
    northStar: ns
      ? {
          id: ns.id,
          url: withBase(base, '/'),
          title: ns.data.title,
          metric: ns.data.metric,
          unit: ns.data.unit,
          current: { value: ns.data.current.value, asOf: isoDay(ns.data.current.asOf) },
          target: { value: ns.data.target.value, by: isoDay(ns.data.target.by) },
          progressPercent: northStarProgress(ns.data).percent,
          owner: ns.data.owner,
          reviewed: isoDay(ns.data.reviewed),
        }
      : null,
    pillars: sortPillars(input.pillars).map((p) => ({
      id: p.id,
      url: pillarUrl(p.id, base),
      title: p.data.title,
      owner: p.data.owner,
      summary: p.data.summary,
      drives: p.data.drives,
      indicators: p.data.indicators.map((i) => ({ ...i })),
      status: p.data.status,
      order: p.data.order,
      initiatives: counts.get(p.id)?.byStatus,
    })),
    initiatives: sortBriefs(input.initiatives).map((b) => {
      const committed = b.filePath ? input.commitDates?.get(b.filePath) : undefined;
      return {
        id: b.id,
        url: briefUrl(b.id, base),
        title: b.data.title,
        owner: b.data.owner,
        quarter: b.data.quarter,
        status: b.data.status,
        pillar: b.data.pillar,
        kind: b.data.kind,
        dependsOn: [...b.data.dependsOn],
        neededBy: neededBy.get(b.id) ?? [],
        reviewed: b.data.reviewed ? isoDay(b.data.reviewed) : undefined,
        risk: b.data.risk,
        impact: b.data.impact,
        reason: b.data.reason,
        lastUpdated: committed ? isoDay(committed) : undefined,
        file: b.filePath,
      };
    }),
    dependencies: dependencyEdges(sortBriefs(input.initiatives)),
    vision: [...input.vision]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((v) => ({
        id: v.id,
        respondent: v.data.respondent,
        role: v.data.role,
        date: isoDay(v.data.date),
        answers: Object.fromEntries(input.answers?.get(v.id) ?? []),
      })),
    gaps: [...input.gaps]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((g) => ({
        id: g.id,
        title: g.data.title,
        question: g.data.question,
        owner: g.data.owner,
        status: g.data.status,
        opened: isoDay(g.data.opened),
        closed: g.data.closed ? isoDay(g.data.closed) : undefined,
      })),
    health: input.config ? exportHealth(alignmentHealth(input, input.config, now), now) : undefined,
  };
}
