import { describe, expect, it } from 'vitest';
import {
  compareBriefs,
  countsByPillar,
  groupByPillar,
  groupByQuarter,
  groupByStatus,
  nonEmptyStatusGroups,
  sortPillars,
} from '../../linter/core/group.ts';
import { brief, pillar } from './fixtures.ts';

const briefs = [
  brief('b', { title: 'Beta', quarter: '2027-Q1', status: 'done', pillar: 'growth' }),
  brief('a', { title: 'Alpha', quarter: '2026-Q4', status: 'active' }),
  brief('c', { title: 'Gamma', quarter: '2026-Q3', status: 'deprioritized', reason: 'No.' }),
  brief('d', { title: 'Alpha', quarter: '2026-Q4', status: 'proposed', pillar: 'ghost' }),
];

describe('groupByStatus', () => {
  it('lists every status in display order, briefs sorted by quarter then title', () => {
    const groups = groupByStatus(briefs);
    expect([...groups.keys()]).toEqual([
      'active',
      'proposed',
      'exploratory',
      'done',
      'deprioritized',
    ]);
    expect(groups.get('active')?.map((b) => b.id)).toEqual(['a']);
    expect(groups.get('exploratory')).toEqual([]);
  });
  it('keeps only non-empty groups on request', () => {
    expect(nonEmptyStatusGroups(briefs).map(([s]) => s)).toEqual([
      'active',
      'proposed',
      'done',
      'deprioritized',
    ]);
    expect(nonEmptyStatusGroups([])).toEqual([]);
  });
});

describe('groupByPillar and groupByQuarter', () => {
  it('groups by pillar id, including unknown pillars', () => {
    const groups = groupByPillar(briefs);
    expect(groups.get('reliability')?.map((b) => b.id)).toEqual(['c', 'a']);
    expect(groups.get('ghost')?.map((b) => b.id)).toEqual(['d']);
  });
  it('orders quarters chronologically across years', () => {
    expect([...groupByQuarter(briefs).keys()]).toEqual(['2026-Q3', '2026-Q4', '2027-Q1']);
  });
  it('breaks title ties by id so the order is stable', () => {
    expect(compareBriefs(briefs[1]!, briefs[3]!)).toBeLessThan(0);
    expect(compareBriefs(briefs[3]!, briefs[1]!)).toBeGreaterThan(0);
  });
});

describe('countsByPillar', () => {
  it('counts briefs per status for known pillars and gives zeros to empty ones', () => {
    const counts = countsByPillar(
      [pillar('reliability'), pillar('growth'), pillar('empty')],
      briefs,
    );
    expect(counts.get('reliability')).toEqual({
      byStatus: { active: 1, proposed: 0, exploratory: 0, done: 0, deprioritized: 1 },
      total: 2,
    });
    expect(counts.get('growth')?.byStatus.done).toBe(1);
    expect(counts.get('empty')?.total).toBe(0);
    expect(counts.has('ghost')).toBe(false);
  });
});

describe('sortPillars', () => {
  it('puts active pillars first, then by order, then title', () => {
    const sorted = sortPillars([
      pillar('z', { title: 'Z' }),
      pillar('old', { status: 'retired', order: 0 }),
      pillar('b', { title: 'B', order: 2 }),
      pillar('a', { title: 'A', order: 1 }),
    ]);
    expect(sorted.map((p) => p.id)).toEqual(['a', 'b', 'z', 'old']);
  });
});
