import { describe, expect, it } from 'vitest';
import {
  quarterOfDate,
  quarterRange,
  roadmapTimeline,
} from '../../site/lib/derive/roadmap-timeline.ts';
import { brief, day, pillar } from './fixtures.ts';

describe('roadmapTimeline', () => {
  const pillars = [
    pillar('growth', { title: 'Growth', order: 2 }),
    pillar('reliability', { title: 'Reliability', order: 1 }),
    pillar('old', { status: 'retired' }),
  ];

  it('runs quarters left to right without holes, marks the current one and puts each brief in its pillar lane', () => {
    const timeline = roadmapTimeline(
      [
        brief('d', { quarter: '2026-Q2', status: 'done' }),
        brief('p', { quarter: '2027-Q1', status: 'proposed', pillar: 'growth' }),
        brief('x', { quarter: '2026-Q2', status: 'deprioritized', reason: 'Superseded.' }),
        brief('a', { quarter: '2026-Q2', status: 'active' }),
      ],
      pillars,
      day('2026-11-15'),
    );
    expect(timeline.quarters.map((q) => q.quarter)).toEqual([
      '2026-Q2',
      '2026-Q3',
      '2026-Q4',
      '2027-Q1',
    ]);
    expect(timeline.quarters.filter((q) => q.current).map((q) => q.quarter)).toEqual(['2026-Q4']);
    expect(timeline.quarters.filter((q) => q.past).map((q) => q.quarter)).toEqual([
      '2026-Q2',
      '2026-Q3',
    ]);
    // Lanes in pillar order; pillars without briefs get none.
    expect(timeline.lanes.map((lane) => lane.pillar)).toEqual(['reliability', 'growth']);
    // In a cell, moving work first.
    expect(timeline.lanes[0]!.cells[0]!.map((b) => b.id)).toEqual(['a', 'd', 'x']);
    expect(timeline.lanes[1]!.cells.map((cell) => cell.length)).toEqual([0, 0, 0, 1]);
  });

  it('adds the current quarter when every brief is in the past, and a lane for an unknown pillar', () => {
    const timeline = roadmapTimeline(
      [brief('a', { quarter: '2026-Q1', pillar: 'ghost' })],
      pillars,
      day('2026-07-01'),
    );
    expect(timeline.quarters.map((q) => q.quarter)).toEqual(['2026-Q1', '2026-Q2', '2026-Q3']);
    expect(timeline.lanes).toEqual([
      expect.objectContaining({ pillar: 'ghost', title: 'ghost', retired: false }),
    ]);
  });

  it('is empty without briefs', () => {
    expect(roadmapTimeline([], pillars, day('2026-07-01'))).toEqual({ quarters: [], lanes: [] });
  });

  it('names quarters in UTC and spans year ends', () => {
    expect(quarterOfDate(day('2026-12-31'))).toBe('2026-Q4');
    expect(quarterOfDate(day('2027-01-01'))).toBe('2027-Q1');
    expect(quarterRange('2026-Q4', '2027-Q2')).toEqual(['2026-Q4', '2027-Q1', '2027-Q2']);
  });
});
