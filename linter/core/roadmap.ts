/** The roadmap: one column per quarter, its briefs split into committed, exploratory, done and deprioritized. */
import { committedStatuses } from '../schema/initiative.ts';
import { groupByQuarter } from './group.ts';
import type { BriefEntry } from './entry.ts';

export interface RoadmapColumn {
  quarter: string;
  /** Proposed and active briefs: what the quarter commits to. */
  committed: BriefEntry[];
  exploratory: BriefEntry[];
  done: BriefEntry[];
  /** Stopped briefs; each carries its `reason`. */
  deprioritized: BriefEntry[];
}

/** Roadmap columns in chronological order; quarters without briefs are not invented. */
export function roadmapColumns(briefs: readonly BriefEntry[]): RoadmapColumn[] {
  return [...groupByQuarter(briefs)].map(([quarter, list]) => ({
    quarter,
    committed: list.filter((b) => committedStatuses.includes(b.data.status)),
    exploratory: list.filter((b) => b.data.status === 'exploratory'),
    done: list.filter((b) => b.data.status === 'done'),
    deprioritized: list.filter((b) => b.data.status === 'deprioritized'),
  }));
}
