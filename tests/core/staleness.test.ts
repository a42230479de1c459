import { describe, expect, it } from 'vitest';
import { briefStaleness, isStale, reviewDueOf } from '../../linter/core/staleness.ts';
import { day } from '../site/fixtures.ts';

const now = day('2026-11-24');

describe('isStale', () => {
  it('is stale only after more than the cadence', () => {
    expect(isStale(day('2026-05-28'), now, 180)).toBe(false); // exactly 180 days
    expect(isStale(day('2026-05-27'), now, 180)).toBe(true);
    expect(isStale(day('2026-11-01'), now, 14)).toBe(true);
  });
  it('treats a review in the future as fresh', () => {
    expect(isStale(day('2027-01-01'), now)).toBe(false);
  });
});

describe('briefStaleness', () => {
  it('flags briefs in play with an old review, with the age and due date', () => {
    expect(briefStaleness({ status: 'active', reviewed: day('2026-01-01') }, now, 180)).toEqual({
      state: 'stale',
      ageDays: 327,
      dueDate: day('2026-06-30'),
    });
  });
  it('is fresh within the cadence', () => {
    expect(briefStaleness({ status: 'proposed', reviewed: day('2026-10-01') }, now).state).toBe(
      'fresh',
    );
  });
  it('flags briefs in play that were never reviewed', () => {
    expect(briefStaleness({ status: 'exploratory', reviewed: undefined }, now)).toEqual({
      state: 'never',
    });
  });
  it('does not flag done or deprioritized briefs', () => {
    expect(briefStaleness({ status: 'done', reviewed: day('2020-01-01') }, now).state).toBe(
      'not-applicable',
    );
    expect(briefStaleness({ status: 'deprioritized', reviewed: undefined }, now).state).toBe(
      'not-applicable',
    );
  });
  it('uses the configured cadence', () => {
    expect(briefStaleness({ status: 'active', reviewed: day('2026-10-01') }, now, 30).state).toBe(
      'stale',
    );
  });
});

describe('reviewDueOf', () => {
  const cadences = { reviewDays: 180, checkInDays: 30 };
  it('reviews briefs and the North Star on the review cadence, by `reviewed`', () => {
    expect(reviewDueOf('northStar', { reviewed: day('2026-05-01') }, now, cadences)).toMatchObject({
      kind: 'review',
      field: 'reviewed',
      state: 'stale',
      ageDays: 207,
      cadenceDays: 180,
    });
    expect(
      reviewDueOf('initiatives', { status: 'done', reviewed: day('2020-01-01') }, now, cadences)
        ?.state,
    ).toBe('not-applicable');
    expect(reviewDueOf('initiatives', { status: 'active' }, now, cadences)?.state).toBe('never');
  });
  it('checks vision answers in on their own cadence, by `date`', () => {
    expect(reviewDueOf('vision', { date: day('2026-10-01') }, now, cadences)).toMatchObject({
      kind: 'check-in',
      field: 'date',
      state: 'stale',
      cadenceDays: 30,
    });
    expect(reviewDueOf('vision', { date: day('2026-11-01') }, now, cadences)?.state).toBe('fresh');
  });
  it('has nothing to say about pillars, gaps and docs', () => {
    for (const collection of ['pillars', 'gaps', 'docs', undefined] as const)
      expect(reviewDueOf(collection, {}, now, cadences)).toBeUndefined();
  });
});
