/**
 * Review staleness: briefs still in play (proposed, active, exploratory) are expected to be
 * reviewed every `cadenceDays` (config `review.cadenceDays`, default 180), like `stale-review`.
 */
import type { Initiative, InitiativeStatus } from '../../../linter/schema/initiative.ts';
import { DAY_MS, daysBetween } from './dates.ts';

/** Statuses whose briefs must be reviewed on the cadence. */
export const reviewedStatuses: readonly InitiativeStatus[] = ['proposed', 'active', 'exploratory'];

export const DEFAULT_CADENCE_DAYS = 180;

export type ReviewState =
  /** Reviewed within the cadence. */
  | 'fresh'
  /** Last review is older than the cadence. */
  | 'stale'
  /** Never reviewed although it should be. */
  | 'never'
  /** Done or deprioritized: no review expected. */
  | 'not-applicable';

export interface Staleness {
  state: ReviewState;
  /** Days since the last review, when there was one. */
  ageDays?: number | undefined;
  /** When the next review is (or was) due. */
  dueDate?: Date | undefined;
}

/** Whether a review date is older than the cadence at `now`. */
export function isStale(reviewed: Date, now: Date, cadenceDays: number = DEFAULT_CADENCE_DAYS): boolean {
  return daysBetween(reviewed, now) > cadenceDays;
}

/** The review state of a brief at `now`. */
export function briefStaleness(
  brief: Pick<Initiative, 'status' | 'reviewed'>,
  now: Date,
  cadenceDays: number = DEFAULT_CADENCE_DAYS,
): Staleness {
  const { reviewed } = brief;
  const ageDays = reviewed ? daysBetween(reviewed, now) : undefined;
  const dueDate = reviewed ? new Date(reviewed.getTime() + cadenceDays * DAY_MS) : undefined;
  if (!reviewedStatuses.includes(brief.status)) return { state: 'not-applicable', ageDays, dueDate };
  if (!reviewed) return { state: 'never' };
  return { state: isStale(reviewed, now, cadenceDays) ? 'stale' : 'fresh', ageDays, dueDate };
}
