/**
 * What a change does to the strategy: two snapshots (the merge base and the working tree) in,
 * one `StrategyDiff` out. Briefs are matched by id, so a renamed file or a brief moved between
 * quarter folders is a move, never an add plus a remove. Every derived figure (counts per
 * pillar, roadmap columns, tech-debt share, health indicators, cycles, blocked briefs) comes
 * from the same derivations as the site's pages and `strategy.json`. Lists are sorted, and
 * nothing depends on the clock but staleness (the run's "today"), so two runs agree.
 */
import type { ResolvedConfig } from '../config/types.ts';
import { committedStatuses, type Initiative } from '../schema/initiative.ts';
import type { LintMessage } from '../engine/types.ts';
import { buildDependencyGraph } from '../core/graph.ts';
import { countsByPillar } from '../core/group.ts';
import {
  alignmentHealth,
  openGaps,
  type AlignmentHealth,
  type QuarterDebt,
} from '../core/health.ts';
import { dependencyEdges } from '../core/dependencies.ts';
import { statusOrder } from '../core/labels.ts';
import { roadmapColumns, type RoadmapColumn } from '../core/roadmap.ts';
import { formatMetric } from '../core/north-star.ts';
import { isoDay } from '../core/dates.ts';
import type { BriefEntry, Entry } from '../core/entry.ts';
import { headlineOf } from './headline.ts';
import {
  STRATEGY_DIFF_VERSION,
  briefFields,
  type BriefChange,
  type BriefRef,
  type LintItem,
  type PillarDelta,
  type QuarterDelta,
  type StrategyDiff,
} from './diff-schema.ts';
import type { Snapshot } from './snapshot.ts';

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The first entry per id (a duplicate id is a `unique-id` error; the diff must not crash on it). */
function byId<T>(entries: readonly Entry<T>[]): Map<string, Entry<T>> {
  const map = new Map<string, Entry<T>>();
  for (const entry of entries) if (!map.has(entry.id)) map.set(entry.id, entry);
  return map;
}

/** A brief as the diff names it; `pillars` gives pillar titles (the side's own, else the other's). */
function refMaker(...sides: Snapshot[]): (brief: Entry<Initiative>) => BriefRef {
  const titles = new Map<string, string>();
  for (const side of sides)
    for (const pillar of side.pillars)
      if (!titles.has(pillar.id)) titles.set(pillar.id, pillar.data.title);
  return (brief) => {
    const { title, pillar, quarter, status, kind, owner } = brief.data;
    return {
      id: brief.id,
      title,
      file: brief.filePath ?? '',
      pillar,
      pillarTitle: titles.get(pillar) ?? null,
      quarter,
      status,
      kind,
      owner,
    };
  };
}

/** The derivations both the comparison and the health indicators need, once per side. */
interface Derived {
  graph: ReturnType<typeof buildDependencyGraph>;
  /** The core's health facts: what `/health/` renders and `strategy.json` exports. */
  health: AlignmentHealth;
}

function derive(side: Snapshot, config: ResolvedConfig): Derived {
  const briefs = side.initiatives;
  const health = alignmentHealth(side, config, config.now);
  return {
    graph: buildDependencyGraph(
      briefs.map((b) => ({
        id: b.id,
        title: b.data.title,
        status: b.data.status,
        dependsOn: b.data.dependsOn,
      })),
    ),
    health,
  };
}

/** Compares the strategy at the base (`before`) with the working tree (`after`). */
export function compareSnapshots(
  before: Snapshot,
  after: Snapshot,
  base: { ref: string; commit: string },
  config: ResolvedConfig,
): StrategyDiff {
  const oldBriefs = byId(before.initiatives);
  const newBriefs = byId(after.initiatives);
  const refOf = refMaker(after, before);
  const was = derive(before, config);
  const is = derive(after, config);
  const oldRefOf = refMaker(before, after);
  const sortRefs = (refs: BriefRef[]) =>
    refs.sort(
      (a, b) =>
        byString(a.pillar, b.pillar) || byString(a.quarter, b.quarter) || byString(a.id, b.id),
    );

  const added = sortRefs([...newBriefs.values()].filter((b) => !oldBriefs.has(b.id)).map(refOf));
  const removed = sortRefs(
    [...oldBriefs.values()].filter((b) => !newBriefs.has(b.id)).map(oldRefOf),
  );
  const moved: StrategyDiff['briefs']['moved'] = [];
  const changed: BriefChange[] = [];
  for (const brief of newBriefs.values()) {
    const old = oldBriefs.get(brief.id);
    if (!old) continue;
    if (old.filePath !== brief.filePath)
      moved.push({ brief: refOf(brief), from: old.filePath ?? '', to: brief.filePath ?? '' });
    const changes = briefFields
      .filter((field) => old.data[field] !== brief.data[field])
      .map((field) => ({ field, before: old.data[field], after: brief.data[field] }));
    if (changes.length === 0) continue;
    const change: BriefChange = { brief: refOf(brief), changes };
    if (
      brief.data.status === 'deprioritized' &&
      old.data.status !== 'deprioritized' &&
      brief.data.reason !== undefined
    )
      change.reason = brief.data.reason;
    changed.push(change);
  }
  changed.sort(
    (a, b) => byString(a.brief.pillar, b.brief.pillar) || byString(a.brief.id, b.brief.id),
  );
  moved.sort((a, b) => byString(a.brief.id, b.brief.id));

  const diff: Omit<StrategyDiff, 'empty' | 'headline'> = {
    version: STRATEGY_DIFF_VERSION,
    base,
    techDebtCapacity: config.techDebt.capacity,
    briefs: { added, removed, moved, changed },
    dependencies: compareDependencies(
      before.initiatives,
      after.initiatives,
      was,
      is,
      newBriefs,
      refOf,
    ),
    pillars: comparePillars(before, after),
    quarters: compareQuarters(
      before.initiatives,
      after.initiatives,
      was.health.techDebt,
      is.health.techDebt,
    ),
    health: compareHealth(was, is),
    ...compareVision(before, after),
    northStar: compareNorthStar(before, after),
    indicators: compareIndicators(before, after),
    lint: compareLint(before, after, moved),
  };
  const empty =
    added.length + removed.length + moved.length + changed.length === 0 &&
    Object.values(diff.dependencies).every((list) => list.length === 0) &&
    diff.pillars.length + diff.quarters.length + diff.northStar.length + diff.indicators.length ===
      0 &&
    diff.health.every((row) => row.before === row.after) &&
    diff.vision.respondents.length +
      diff.vision.answers.length +
      diff.gaps.opened.length +
      diff.gaps.closed.length ===
      0 &&
    diff.lint.new.length + diff.lint.fixed.length === 0;
  const full = { ...diff, empty, headline: '' };
  return { ...full, headline: headlineOf(full) };
}

const edgeKey = (edge: { from: string; to: string }) => `${edge.from}\0${edge.to}`;
const cycleKey = (cycle: readonly string[]) => cycle.join('\0');

function compareDependencies(
  before: readonly BriefEntry[],
  after: readonly BriefEntry[],
  was: Derived,
  is: Derived,
  newBriefs: Map<string, BriefEntry>,
  refOf: (brief: BriefEntry) => BriefRef,
): StrategyDiff['dependencies'] {
  const oldEdges = new Map(dependencyEdges(before).map((edge) => [edgeKey(edge), edge]));
  const newEdges = new Map(dependencyEdges(after).map((edge) => [edgeKey(edge), edge]));
  const sortEdges = (edges: { from: string; to: string }[]) =>
    edges.sort((a, b) => byString(a.from, b.from) || byString(a.to, b.to));
  const oldCycles = was.graph.cycles;
  const newCycles = is.graph.cycles;
  const oldCycleKeys = new Set(oldCycles.map(cycleKey));
  const newCycleKeys = new Set(newCycles.map(cycleKey));
  const oldBlocked = new Set(was.health.blocked.map((b) => b.brief.id));
  const newBlocked = is.health.blocked;
  const newBlockedIds = new Set(newBlocked.map((b) => b.brief.id));
  return {
    added: sortEdges([...newEdges.values()].filter((edge) => !oldEdges.has(edgeKey(edge)))),
    removed: sortEdges([...oldEdges.values()].filter((edge) => !newEdges.has(edgeKey(edge)))),
    newCycles: newCycles.filter((cycle) => !oldCycleKeys.has(cycleKey(cycle))),
    brokenCycles: oldCycles.filter((cycle) => !newCycleKeys.has(cycleKey(cycle))),
    newlyBlocked: newBlocked
      .filter((b) => !oldBlocked.has(b.brief.id))
      .map((b) => ({
        brief: refOf(b.brief),
        waitingOn: [...b.waitingOn.map((w) => w.id), ...b.missing].sort(byString),
      })),
    unblocked: [...oldBlocked]
      .filter((id) => !newBlockedIds.has(id) && newBriefs.has(id))
      .sort(byString)
      .map((id) => refOf(newBriefs.get(id) as BriefEntry)),
  };
}

function comparePillars(before: Snapshot, after: Snapshot): PillarDelta[] {
  const oldPillars = byId(before.pillars);
  const newPillars = byId(after.pillars);
  const oldCounts = countsByPillar([...oldPillars.values()], before.initiatives);
  const newCounts = countsByPillar([...newPillars.values()], after.initiatives);
  const committedOf = (counts: ReturnType<typeof countsByPillar>, id: string) =>
    committedStatuses.reduce((sum, status) => sum + (counts.get(id)?.byStatus[status] ?? 0), 0);
  const ids = [...new Set([...oldPillars.keys(), ...newPillars.keys()])].sort(byString);
  const deltas: PillarDelta[] = [];
  for (const id of ids) {
    const old = oldPillars.get(id);
    const now = newPillars.get(id);
    const change: PillarDelta['change'] = !old
      ? 'added'
      : !now
        ? 'removed'
        : old.data.status === now.data.status
          ? null
          : now.data.status === 'retired'
            ? 'retired'
            : 'reactivated';
    const counts = statusOrder
      .map((status) => ({
        status,
        before: oldCounts.get(id)?.byStatus[status] ?? 0,
        after: newCounts.get(id)?.byStatus[status] ?? 0,
      }))
      .filter((row) => row.before !== row.after);
    const committed = {
      before: old ? committedOf(oldCounts, id) : 0,
      after: now ? committedOf(newCounts, id) : 0,
    };
    if (change === null && counts.length === 0 && old?.data.title === now?.data.title) continue;
    deltas.push({
      id,
      title: (now ?? old)?.data.title ?? id,
      change,
      counts,
      committed,
      lostLastCommitted:
        now?.data.status === 'active' && committed.before > 0 && committed.after === 0,
      gainedFirstCommitted:
        now?.data.status === 'active' && committed.before === 0 && committed.after > 0,
    });
  }
  return deltas;
}

const columnNames = ['committed', 'exploratory', 'done', 'deprioritized'] as const;

function compareQuarters(
  before: readonly BriefEntry[],
  after: readonly BriefEntry[],
  wasDebt: readonly QuarterDebt[],
  isDebt: readonly QuarterDebt[],
): QuarterDelta[] {
  const oldColumns = new Map(roadmapColumns(before).map((column) => [column.quarter, column]));
  const newColumns = new Map(roadmapColumns(after).map((column) => [column.quarter, column]));
  const oldDebt = new Map(wasDebt.map((row) => [row.quarter, row]));
  const newDebt = new Map(isDebt.map((row) => [row.quarter, row]));
  const none = (quarter: string): QuarterDebt => ({
    quarter,
    techDebt: 0,
    total: 0,
    share: null,
    over: false,
  });
  const debtOf = ({ techDebt, total, share, over }: QuarterDebt) => ({
    techDebt,
    total,
    share,
    over,
  });
  const quarters = [...new Set([...oldColumns.keys(), ...newColumns.keys()])].sort(byString);
  const deltas: QuarterDelta[] = [];
  for (const quarter of quarters) {
    const column = (side: RoadmapColumn | undefined, name: (typeof columnNames)[number]) =>
      new Set((side?.[name] ?? []).map((b) => b.id));
    const delta = Object.fromEntries(
      columnNames.map((name) => {
        const was = column(oldColumns.get(quarter), name);
        const is = column(newColumns.get(quarter), name);
        return [
          name,
          {
            before: was.size,
            after: is.size,
            entered: [...is].filter((id) => !was.has(id)).sort(byString),
            left: [...was].filter((id) => !is.has(id)).sort(byString),
          },
        ];
      }),
    ) as Pick<QuarterDelta, (typeof columnNames)[number]>;
    const techDebt = {
      before: debtOf(oldDebt.get(quarter) ?? none(quarter)),
      after: debtOf(newDebt.get(quarter) ?? none(quarter)),
    };
    const moves = columnNames.some(
      (name) => delta[name].entered.length + delta[name].left.length > 0,
    );
    if (
      !moves &&
      techDebt.before.share === techDebt.after.share &&
      techDebt.before.over === techDebt.after.over
    )
      continue;
    deltas.push({ quarter, ...delta, techDebt });
  }
  return deltas;
}

/** The indicators of the health page's summary, from the same core facts and in its words. */
function healthOf(derived: Derived): { indicator: string; label: string; value: number }[] {
  const { health } = derived;
  return [
    {
      indicator: 'orphan-pillars',
      label: 'Pillars without committed work',
      value: health.orphans.length,
    },
    {
      indicator: 'stale-reviews',
      label: 'Reviews past their cadence',
      value: health.stale.filter((item) => item.collection !== 'vision').length,
    },
    {
      indicator: 'tech-debt',
      label: 'Quarters over tech-debt capacity',
      value: health.techDebt.filter((row) => row.over).length,
    },
    {
      indicator: 'blocked',
      label: 'Briefs blocked by unfinished dependencies',
      value: health.blocked.length,
    },
    {
      indicator: 'owners',
      label: `Owners with more than ${health.ownerLimit} committed initiatives`,
      value: health.owners.filter((o) => o.over).length,
    },
    {
      indicator: 'stale-answers',
      label: 'Vision answers due a check-in',
      value: health.stale.filter((item) => item.collection === 'vision').length,
    },
    { indicator: 'open-gaps', label: 'Open vision gaps', value: health.gaps.length },
    { indicator: 'dependencies', label: 'Dependency cycles', value: health.cycles.length },
  ];
}

function compareHealth(was: Derived, is: Derived): StrategyDiff['health'] {
  const old = healthOf(was);
  return healthOf(is).map((row, index) => ({
    indicator: row.indicator,
    label: row.label,
    before: old[index]?.value ?? 0,
    after: row.value,
  }));
}

function compareVision(before: Snapshot, after: Snapshot): Pick<StrategyDiff, 'vision' | 'gaps'> {
  const oldVision = byId(before.vision);
  const newVision = byId(after.vision);
  const respondents: StrategyDiff['vision']['respondents'] = [];
  const answers: StrategyDiff['vision']['answers'] = [];
  for (const id of [...new Set([...oldVision.keys(), ...newVision.keys()])].sort(byString)) {
    const old = oldVision.get(id);
    const now = newVision.get(id);
    const respondent = (now ?? old)?.data.respondent ?? id;
    if (!old || !now) {
      respondents.push({ id, respondent, change: old ? 'removed' : 'added' });
      continue;
    }
    const was = before.answers.get(id) ?? new Map<string, string>();
    const is = after.answers.get(id) ?? new Map<string, string>();
    for (const question of [...new Set([...was.keys(), ...is.keys()])].sort(byString)) {
      const a = was.get(question);
      const b = is.get(question);
      if (a === b) continue;
      answers.push({
        id,
        respondent,
        question,
        change: a === undefined ? 'added' : b === undefined ? 'removed' : 'changed',
      });
    }
  }
  const openBefore = new Map(openGaps(before.gaps).map((gap) => [gap.id, gap]));
  const openAfter = new Map(openGaps(after.gaps).map((gap) => [gap.id, gap]));
  const gapRef = (gap: Entry<{ title: string; question: string }>) => ({
    id: gap.id,
    title: gap.data.title,
    question: gap.data.question,
  });
  return {
    vision: { respondents, answers },
    gaps: {
      opened: [...openAfter.values()]
        .filter((gap) => !openBefore.has(gap.id))
        .map(gapRef)
        .sort((a, b) => byString(a.id, b.id)),
      closed: [...openBefore.values()]
        .filter((gap) => !openAfter.has(gap.id))
        .map(gapRef)
        .sort((a, b) => byString(a.id, b.id)),
    },
  };
}

function compareNorthStar(before: Snapshot, after: Snapshot): StrategyDiff['northStar'] {
  const show = (side: Snapshot) => {
    const ns = side.northStar?.data;
    if (!ns) return undefined;
    const unit = ns.unit === undefined ? '' : ` ${ns.unit}`;
    return {
      title: ns.title,
      metric: ns.metric,
      current: `${formatMetric(ns.current.value)}${unit} (as of ${isoDay(ns.current.asOf)})`,
      target: `${formatMetric(ns.target.value)}${unit} (by ${isoDay(ns.target.by)})`,
      owner: ns.owner,
    };
  };
  const was = show(before);
  const is = show(after);
  if (!was && !is) return [];
  const fields = ['title', 'metric', 'current', 'target', 'owner'] as const;
  return fields
    .filter((field) => was?.[field] !== is?.[field])
    .map((field) => ({ field, before: was?.[field] ?? null, after: is?.[field] ?? null }));
}

function compareIndicators(before: Snapshot, after: Snapshot): StrategyDiff['indicators'] {
  const indicators = (side: Snapshot) => {
    const map = new Map<
      string,
      { pillar: string; name: string; target: string; current: string | undefined }
    >();
    for (const pillar of side.pillars)
      for (const i of pillar.data.indicators)
        map.set(`${pillar.id}\0${i.name}`, {
          pillar: pillar.id,
          name: i.name,
          target: i.target,
          current: i.current,
        });
    return map;
  };
  const was = indicators(before);
  const is = indicators(after);
  const rows: StrategyDiff['indicators'] = [];
  for (const key of [...new Set([...was.keys(), ...is.keys()])].sort(byString)) {
    const a = was.get(key);
    const b = is.get(key);
    const { pillar, name } = (b ?? a) as { pillar: string; name: string };
    if (!a || !b)
      rows.push({
        pillar,
        name,
        field: 'indicator',
        before: a ? `target ${a.target}` : null,
        after: b ? `target ${b.target}` : null,
      });
    else {
      if (a.target !== b.target)
        rows.push({ pillar, name, field: 'target', before: a.target, after: b.target });
      if (a.current !== b.current)
        rows.push({
          pillar,
          name,
          field: 'current',
          before: a.current ?? null,
          after: b.current ?? null,
        });
    }
  }
  return rows;
}

/**
 * Lint errors matched by file (a moved brief's old path counts as its new one), rule and
 * message, ignoring position: a line added above an error does not make it new.
 */
function compareLint(
  before: Snapshot,
  after: Snapshot,
  moved: StrategyDiff['briefs']['moved'],
): StrategyDiff['lint'] {
  const renamed = new Map(moved.map((move) => [move.from, move.to]));
  const items = (side: Snapshot, rename: (file: string) => string) =>
    side.results.flatMap((result) =>
      result.messages
        .filter((m: LintMessage) => m.severity === 'error')
        .map((m) => ({
          file: rename(result.file),
          line: m.line,
          column: m.column,
          ruleId: m.ruleId,
          message: m.message,
        })),
    );
  const key = (item: LintItem) => `${item.file}\0${item.ruleId}\0${item.message}`;
  const minus = (a: LintItem[], b: LintItem[]) => {
    const left = new Map<string, number>();
    for (const item of b) left.set(key(item), (left.get(key(item)) ?? 0) + 1);
    return a.filter((item) => {
      const n = left.get(key(item)) ?? 0;
      if (n > 0) left.set(key(item), n - 1);
      return n === 0;
    });
  };
  const was = items(before, (file) => renamed.get(file) ?? file);
  const is = items(after, (file) => file);
  const sortItems = (list: LintItem[]) =>
    list.sort(
      (a, b) =>
        byString(a.file, b.file) ||
        a.line - b.line ||
        a.column - b.column ||
        byString(a.ruleId, b.ruleId),
    );
  // Fixed errors keep the path they had at the base.
  const fixed = minus(was, is).map((item) => ({
    ...item,
    file: [...renamed].find(([, to]) => to === item.file)?.[0] ?? item.file,
  }));
  return { new: sortItems(minus(is, was)), fixed: sortItems(fixed) };
}
