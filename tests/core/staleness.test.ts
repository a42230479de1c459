import { describe, expect, it } from 'vitest';
import { briefStaleness, isStale } from '../../linter/core/staleness.ts';
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
    expect(briefStaleness({ status: 'proposed', reviewed: day('2026-10-01') }, now).state).toBe('fresh');
  });
  it('flags briefs in play that were never reviewed', () => {
    expect(briefStaleness({ status: 'exploratory', reviewed: undefined }, now)).toEqual({ state: 'never' });
  });
  it('does not flag done or deprioritized briefs', () => {
    expect(briefStaleness({ status: 'done', reviewed: day('2020-01-01') }, now).state).toBe('not-applicable');
    expect(briefStaleness({ status: 'deprioritized', reviewed: undefined }, now).state).toBe('not-applicable');
  });
  it('uses the configured cadence', () => {
    expect(briefStaleness({ status: 'active', reviewed: day('2026-10-01') }, now, 30).state).toBe('stale');
  });
});
