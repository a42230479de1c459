/**
 * Vision answers past the review cadence, as `stale-review` warns about them: a leader's answers
 * (`date`) older than `vision.checkInDays`. Kept apart from `staleness.ts` (briefs) so the health
 * page can list them without changing how brief staleness is derived.
 */
import type { VisionAnswer } from '../../../linter/schema/vision.ts';
import { daysBetween } from './dates.ts';
import { isStale } from './staleness.ts';
import type { Entry } from './types.ts';

export interface StaleVisionAnswer<T extends Entry<VisionAnswer>> {
  answer: T;
  /** Whole days since the answers were given. */
  ageDays: number;
}

/** Leaders whose answers are older than the cadence at `now`, oldest first. */
export function staleVisionAnswers<T extends Entry<VisionAnswer>>(answers: readonly T[], cadenceDays: number, now: Date): StaleVisionAnswer<T>[] {
  return answers
    .filter((answer) => isStale(answer.data.date, now, cadenceDays))
    .map((answer) => ({ answer, ageDays: daysBetween(answer.data.date, now) }))
    .sort((a, b) => b.ageDays - a.ageDays || a.answer.id.localeCompare(b.answer.id));
}
