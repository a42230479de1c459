/** Calendar helpers, defined once (core/dates.ts): UTC days and `YYYY-Qn` quarters. */
import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  isoDay,
  nextQuarter,
  quarterAfter,
  quarterOf,
} from '../../linter/core/dates.ts';

const day = (text: string): Date => new Date(`${text}T00:00:00Z`);

describe('days', () => {
  it('prints UTC calendar days and counts whole days', () => {
    expect(isoDay(new Date('2026-12-31T23:59:59Z'))).toBe('2026-12-31');
    expect(isoDay(new Date(Number.NaN))).toBe('Invalid Date');
    expect(daysBetween(day('2026-02-28'), day('2026-03-01'))).toBe(1);
    expect(daysBetween(day('2026-03-01'), day('2026-02-28'))).toBe(-1);
    expect(isoDay(addDays(day('2026-12-30'), 3))).toBe('2027-01-02');
  });
});

describe('quarters', () => {
  it('steps through quarters and years', () => {
    expect(quarterOf(day('2026-03-31'))).toBe('2026-Q1');
    expect(quarterOf(day('2026-10-01'))).toBe('2026-Q4');
    expect(quarterAfter('2026-Q4')).toBe('2027-Q1');
    expect(nextQuarter(day('2026-11-24'))).toBe('2027-Q1');
  });
});
