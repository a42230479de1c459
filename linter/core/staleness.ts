/**
 * Staleness of every kind, decided once: briefs still in play (proposed, active, exploratory)
 * and the North Star are reviewed every `review.cadenceDays` (`reviewed`), and vision answers
 * are checked in every `vision.checkInDays` (`date`). The `stale-review` rule reports the stale
 * ones; `/health/` and `strategy.json` list the same ones plus briefs never reviewed (lint
 * leaves those to the page: a missing date has no place to point at).
 */
import type { CollectionName } from './collections.ts';
import { addDays, daysBetween } from './dates.ts';
import type { Entry } from './entry.ts';
import type { InitiativeStatus } from '../schema/initiative.ts';

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

/** The two cadences, from the config (`review.cadenceDays`, `vision.checkInDays`). */
export interface Cadences {
  reviewDays: number;
  checkInDays: number;
}

/** The cadences of a resolved config. */
export function cadencesOf(config: {
  review: { cadenceDays: number };
  vision: { checkInDays: number };
}): Cadences {
  return { reviewDays: config.review.cadenceDays, checkInDays: config.vision.checkInDays };
}

/** Whether a review date is older than the cadence at `now`. */
export function isStale(
  reviewed: Date,
  now: Date,
  cadenceDays: number = DEFAULT_CADENCE_DAYS,
): boolean {
  return daysBetween(reviewed, now) > cadenceDays;
}

/** The review state of a brief at `now`. */
export function briefStaleness(
  brief: { status?: unknown; reviewed?: unknown },
  now: Date,
  cadenceDays: number = DEFAULT_CADENCE_DAYS,
): Staleness {
  const reviewed = brief.reviewed instanceof Date ? brief.reviewed : undefined;
  const ageDays = reviewed ? daysBetween(reviewed, now) : undefined;
  const dueDate = reviewed ? addDays(reviewed, cadenceDays) : undefined;
  if (!(reviewedStatuses as readonly unknown[]).includes(brief.status))
    return { state: 'not-applicable', ageDays, dueDate };
  if (!reviewed) return { state: 'never' };
  return { state: isStale(reviewed, now, cadenceDays) ? 'stale' : 'fresh', ageDays, dueDate };
}

/** What is due for one file: which field carries the date, the cadence, and the state. */
export interface ReviewDue extends Staleness {
  /** `review` (briefs, the North Star: `reviewed`) or `check-in` (vision answers: `date`). */
  kind: 'review' | 'check-in';
  field: 'reviewed' | 'date';
  /** The date in the frontmatter, when there is one. */
  date?: Date | undefined;
  cadenceDays: number;
}

/**
 * The review state of one file of `collection` with frontmatter `data` at `now`, or undefined
 * for collections that are not reviewed on a cadence (pillars, gaps, docs).
 */
export function reviewDueOf(
  collection: CollectionName | undefined,
  data: Readonly<Record<string, unknown>>,
  now: Date,
  cadences: Cadences,
): ReviewDue | undefined {
  switch (collection) {
    case 'initiatives':
    case 'northStar': {
      const cadenceDays = cadences.reviewDays;
      const date = data['reviewed'] instanceof Date ? data['reviewed'] : undefined;
      // The North Star is always in play.
      const status = collection === 'northStar' ? 'active' : data['status'];
      return {
        kind: 'review',
        field: 'reviewed',
        date,
        cadenceDays,
        ...briefStaleness({ status, reviewed: date }, now, cadenceDays),
      };
    }
    case 'vision': {
      const cadenceDays = cadences.checkInDays;
      const date = data['date'] instanceof Date ? data['date'] : undefined;
      return {
        kind: 'check-in',
        field: 'date',
        date,
        cadenceDays,
        ...briefStaleness({ status: 'active', reviewed: date }, now, cadenceDays),
      };
    }
    default:
      return undefined;
  }
}

/** One item past its cadence (or never reviewed). */
export interface StaleItem<T = unknown> {
  collection: 'initiatives' | 'northStar' | 'vision';
  entry: Entry<T>;
  due: ReviewDue;
  /** Days since the date; null when it was never reviewed. */
  ageDays: number | null;
}

/** The collections a {@link staleItems} call reads. */
export interface Reviewable {
  northStar?: Entry<object> | undefined;
  initiatives: readonly Entry<object>[];
  vision: readonly Entry<object>[];
}

/**
 * Everything past its cadence at `now`: briefs in play, the North Star and vision answers that
 * are stale, and briefs in play never reviewed. Never-reviewed first, then oldest first.
 */
export function staleItems(handbook: Reviewable, now: Date, cadences: Cadences): StaleItem[] {
  const candidates: [StaleItem['collection'], Entry<object>][] = [
    ...(handbook.northStar
      ? [['northStar', handbook.northStar] as [StaleItem['collection'], Entry<object>]]
      : []),
    ...handbook.initiatives.map((entry): [StaleItem['collection'], Entry<object>] => [
      'initiatives',
      entry,
    ]),
    ...handbook.vision.map((entry): [StaleItem['collection'], Entry<object>] => ['vision', entry]),
  ];
  const items: StaleItem[] = [];
  for (const [collection, entry] of candidates) {
    const due = reviewDueOf(collection, entry.data as Record<string, unknown>, now, cadences);
    if (due?.state !== 'stale' && due?.state !== 'never') continue;
    items.push({ collection, entry, due, ageDays: due.ageDays ?? null });
  }
  return items.sort(
    (a, b) =>
      (b.ageDays ?? Number.POSITIVE_INFINITY) - (a.ageDays ?? Number.POSITIVE_INFINITY) ||
      a.collection.localeCompare(b.collection) ||
      a.entry.id.localeCompare(b.entry.id),
  );
}
