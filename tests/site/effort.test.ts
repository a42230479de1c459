import { describe, expect, it } from 'vitest';
import { barSegments, effortShare } from '../../site/lib/derive/effort.ts';
import { emptyCounts } from '../../linter/core/group.ts';

const counts = (byStatus: Partial<ReturnType<typeof emptyCounts>['byStatus']>) => {
  const base = emptyCounts();
  Object.assign(base.byStatus, byStatus);
  base.total = Object.values(base.byStatus).reduce((sum, n) => sum + n, 0);
  return base;
};

describe('effort', () => {
  it('shares committed work between pillars', () => {
    const a = counts({ active: 2, proposed: 1, done: 5 });
    const b = counts({ active: 1 });
    expect(effortShare(a, [a, b])).toBe(0.75);
    expect(effortShare(b, [a, b])).toBe(0.25);
    expect(effortShare(counts({ done: 1 }), [counts({ done: 1 })])).toBe(0);
  });
  it('splits the bar by status, moving work first, into parts of 100', () => {
    const segments = barSegments(counts({ done: 1, active: 3 }));
    expect(segments.map((s) => [s.status, s.start, s.width])).toEqual([
      ['active', 0, 75],
      ['done', 75, 25],
    ]);
    expect(barSegments(undefined)).toEqual([]);
  });
});
