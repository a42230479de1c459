/**
 * Where effort goes, for the home page's strategy map: each pillar's share of the committed
 * (proposed and active) briefs, and the segments of its status bar in display order.
 */
import type { InitiativeStatus } from '../../../linter/schema/initiative.ts';
import type { StatusCounts } from '../../../linter/core/group.ts';
import { statusOrder } from '../../../linter/core/labels.ts';

export interface BarSegment {
  status: InitiativeStatus;
  count: number;
  /** Start and width as percentages of the bar. */
  start: number;
  width: number;
}

/** Committed briefs (proposed + active) of a pillar. */
export const committedOf = (counts: StatusCounts | undefined): number => (counts ? counts.byStatus.active + counts.byStatus.proposed : 0);

/** The pillar's share of all committed briefs, 0–1 (0 when nothing is committed anywhere). */
export function effortShare(counts: StatusCounts | undefined, all: readonly (StatusCounts | undefined)[]): number {
  const total = all.reduce((sum, each) => sum + committedOf(each), 0);
  return total === 0 ? 0 : committedOf(counts) / total;
}

/** Non-empty status segments, moving work first, as parts of 100. */
export function barSegments(counts: StatusCounts | undefined): BarSegment[] {
  if (!counts || counts.total === 0) return [];
  let start = 0;
  return statusOrder
    .filter((status) => counts.byStatus[status] > 0)
    .map((status) => {
      const width = (counts.byStatus[status] / counts.total) * 100;
      const segment = { status, count: counts.byStatus[status], start, width };
      start += width;
      return segment;
    });
}
