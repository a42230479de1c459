import { describe, expect, it } from 'vitest';
import { formatMetric, northStarProgress } from '../../linter/core/north-star.ts';
import { day } from './fixtures.ts';

const ns = (current: number, target: number) => ({
  current: { value: current, asOf: day('2026-10-31') },
  target: { value: target, by: day('2027-06-30') },
});

describe('northStarProgress', () => {
  it('is current over target as a percentage with one decimal', () => {
    expect(northStarProgress(ns(212_400, 300_000))).toEqual({
      current: 212_400,
      target: 300_000,
      percent: 70.8,
      reached: false,
      remaining: 87_600,
    });
  });
  it('clamps to 100 once the target is passed', () => {
    expect(northStarProgress(ns(2500, 2000))).toMatchObject({
      percent: 100,
      reached: true,
      remaining: 0,
    });
  });
  it('clamps a negative current to 0', () => {
    expect(northStarProgress(ns(-5, 100)).percent).toBe(0);
  });
  it('handles a zero target without dividing by zero', () => {
    expect(northStarProgress(ns(0, 0))).toMatchObject({ percent: 100, reached: true });
    expect(northStarProgress(ns(-1, 0))).toMatchObject({ percent: 0, reached: false });
  });
});

describe('formatMetric', () => {
  it('separates thousands', () => {
    expect(formatMetric(212400)).toBe('212,400');
    expect(formatMetric(0.125)).toBe('0.13');
  });
});
