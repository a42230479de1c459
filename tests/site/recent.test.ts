import { describe, expect, it } from 'vitest';
import { changeDate, recentlyChanged } from '../../site/lib/derive/recent.ts';
import { brief, day } from './fixtures.ts';

const a = brief('a', { title: 'A', reviewed: day('2026-01-01') });
const b = brief('b', { title: 'B', reviewed: day('2026-09-01') });
const c = brief('c', { title: 'C' });
const d = brief('d', { title: 'D', reviewed: day('2026-09-01') });
const commits = new Map([['content/initiatives/a.mdx', day('2026-11-20')]]);

describe('changeDate', () => {
  it('prefers the last commit, then the review date', () => {
    expect(changeDate(a, commits)).toEqual({ date: day('2026-11-20'), source: 'git' });
    expect(changeDate(b, commits)).toEqual({ date: day('2026-09-01'), source: 'reviewed' });
    expect(changeDate(c, commits)).toBeUndefined();
    expect(changeDate({ ...a, filePath: undefined }, commits)?.source).toBe('reviewed');
  });
});

describe('recentlyChanged', () => {
  it('lists the newest first, ties by title, briefs without any date left out', () => {
    expect(recentlyChanged([d, c, b, a], commits).map((r) => r.brief.id)).toEqual(['a', 'b', 'd']);
  });
  it('respects the limit', () => {
    expect(recentlyChanged([a, b, d], commits, 1)).toHaveLength(1);
    expect(recentlyChanged([a, b, d], commits, 0)).toEqual([]);
  });
});
