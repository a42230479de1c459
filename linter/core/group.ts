/** Grouping and counting briefs: by status, by pillar, by quarter. */
import { compareQuarters } from '../schema/common.ts';
import type { InitiativeStatus } from '../schema/initiative.ts';
import { statusOrder } from './labels.ts';
import type { BriefEntry, PillarEntry } from './entry.ts';

/** Orders briefs by quarter, then title, then id: the stable order of every list. */
export function compareBriefs(a: BriefEntry, b: BriefEntry): number {
  return (
    compareQuarters(a.data.quarter, b.data.quarter) ||
    a.data.title.localeCompare(b.data.title, 'en') ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** Briefs sorted with {@link compareBriefs}, without mutating the input. */
export function sortBriefs(briefs: readonly BriefEntry[]): BriefEntry[] {
  return [...briefs].sort(compareBriefs);
}

/** Briefs per status, every status present (possibly empty), in {@link statusOrder}. */
export function groupByStatus(briefs: readonly BriefEntry[]): Map<InitiativeStatus, BriefEntry[]> {
  const groups = new Map<InitiativeStatus, BriefEntry[]>(statusOrder.map((s) => [s, []]));
  for (const brief of sortBriefs(briefs)) groups.get(brief.data.status)?.push(brief);
  return groups;
}

/** Only the non-empty status groups, in display order. */
export function nonEmptyStatusGroups(
  briefs: readonly BriefEntry[],
): [InitiativeStatus, BriefEntry[]][] {
  return [...groupByStatus(briefs)].filter(([, list]) => list.length > 0);
}

/** Briefs per pillar id (including ids of missing pillars), pillars in first-seen order. */
export function groupByPillar(briefs: readonly BriefEntry[]): Map<string, BriefEntry[]> {
  const groups = new Map<string, BriefEntry[]>();
  for (const brief of sortBriefs(briefs)) {
    const list = groups.get(brief.data.pillar) ?? [];
    list.push(brief);
    groups.set(brief.data.pillar, list);
  }
  return groups;
}

/** Briefs per quarter, quarters in chronological order. */
export function groupByQuarter(briefs: readonly BriefEntry[]): Map<string, BriefEntry[]> {
  const groups = new Map<string, BriefEntry[]>();
  for (const brief of sortBriefs(briefs)) {
    const list = groups.get(brief.data.quarter) ?? [];
    list.push(brief);
    groups.set(brief.data.quarter, list);
  }
  return groups;
}

/** How many briefs a pillar has in each status, and in total. */
export interface StatusCounts {
  byStatus: Record<InitiativeStatus, number>;
  total: number;
}

/** Zero counts for every status. */
export function emptyCounts(): StatusCounts {
  return {
    byStatus: { active: 0, proposed: 0, exploratory: 0, done: 0, deprioritized: 0 },
    total: 0,
  };
}

/** Counts of briefs by status for each given pillar (pillars without briefs get zeros). */
export function countsByPillar(
  pillars: readonly PillarEntry[],
  briefs: readonly BriefEntry[],
): Map<string, StatusCounts> {
  const counts = new Map<string, StatusCounts>(pillars.map((p) => [p.id, emptyCounts()]));
  for (const brief of briefs) {
    const entry = counts.get(brief.data.pillar);
    if (!entry) continue;
    entry.byStatus[brief.data.status] += 1;
    entry.total += 1;
  }
  return counts;
}

/** Pillars in display order: active before retired, then `order`, then title. */
export function sortPillars(pillars: readonly PillarEntry[]): PillarEntry[] {
  const rank = (p: PillarEntry) => (p.data.status === 'active' ? 0 : 1);
  return [...pillars].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (a.data.order ?? Number.MAX_SAFE_INTEGER) - (b.data.order ?? Number.MAX_SAFE_INTEGER) ||
      a.data.title.localeCompare(b.data.title, 'en'),
  );
}
