/**
 * The roadmap as a timeline: quarters left to right (every quarter from the first to the last
 * brief, and the current one, so a gap in planning shows as an empty column), one lane per
 * pillar, and in each cell the pillar's briefs of that quarter, moving work first (statusOrder).
 * The current quarter is the one `now` falls in.
 */
import { compareQuarters } from '../../../linter/schema/common.ts';
import { statusOrder } from '../../../linter/core/labels.ts';
import { groupByPillar, sortBriefs, sortPillars } from '../../../linter/core/group.ts';
import type { BriefEntry, PillarEntry } from './types.ts';

export interface TimelineQuarter {
  quarter: string;
  /** `now` falls in this quarter. */
  current: boolean;
  /** The quarter is over. */
  past: boolean;
}

export interface TimelineLane {
  pillar: string;
  title: string;
  retired: boolean;
  /** One cell per quarter, in quarter order: that quarter's briefs of the pillar. */
  cells: BriefEntry[][];
}

export interface RoadmapTimeline {
  quarters: TimelineQuarter[];
  lanes: TimelineLane[];
}

/** The quarter `date` falls in, e.g. `2026-Q4` (UTC). */
export function quarterOfDate(date: Date): string {
  return `${date.getUTCFullYear()}-Q${Math.floor(date.getUTCMonth() / 3) + 1}`;
}

/** The quarter after `quarter` (`2026-Q4` → `2027-Q1`). */
function following(quarter: string): string {
  const [year, q] = quarter.split('-Q').map(Number) as [number, number];
  return q === 4 ? `${year + 1}-Q1` : `${year}-Q${q + 1}`;
}

/** Every quarter from `first` to `last`, both included. */
export function quarterRange(first: string, last: string): string[] {
  const range: string[] = [];
  for (let quarter = first; compareQuarters(quarter, last) <= 0; quarter = following(quarter)) range.push(quarter);
  return range;
}

const byStatus = (a: BriefEntry, b: BriefEntry): number => statusOrder.indexOf(a.data.status) - statusOrder.indexOf(b.data.status);

/** Builds the timeline; with no briefs it has no quarters and no lanes. */
export function roadmapTimeline(briefs: readonly BriefEntry[], pillars: readonly PillarEntry[], now: Date): RoadmapTimeline {
  if (briefs.length === 0) return { quarters: [], lanes: [] };
  const current = quarterOfDate(now);
  const known = [...new Set(briefs.map((brief) => brief.data.quarter)), current].sort(compareQuarters);
  const quarters = quarterRange(known[0] as string, known[known.length - 1] as string).map((quarter) => ({
    quarter,
    current: quarter === current,
    past: compareQuarters(quarter, current) < 0,
  }));
  const byPillar = groupByPillar(briefs);
  const ordered = sortPillars(pillars).filter((pillar) => byPillar.has(pillar.id));
  // Briefs naming a pillar that does not exist still get a lane (the linter reports them).
  const unknown = [...byPillar.keys()].filter((id) => !pillars.some((pillar) => pillar.id === id)).sort();
  const lanes = [
    ...ordered.map((pillar) => ({ pillar: pillar.id, title: pillar.data.title, retired: pillar.data.status === 'retired' })),
    ...unknown.map((id) => ({ pillar: id, title: id, retired: false })),
  ].map((lane) => {
    const mine = sortBriefs(byPillar.get(lane.pillar) ?? []);
    return { ...lane, cells: quarters.map(({ quarter }) => mine.filter((brief) => brief.data.quarter === quarter).sort(byStatus)) };
  });
  return { quarters, lanes };
}
