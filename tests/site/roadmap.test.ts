import { describe, expect, it } from 'vitest';
import { roadmapColumns } from '../../linter/core/roadmap.ts';
import { brief } from './fixtures.ts';

describe('roadmapColumns', () => {
  it('splits each quarter into committed, exploratory, done and deprioritized', () => {
    const columns = roadmapColumns([
      brief('p', { quarter: '2026-Q4', status: 'proposed' }),
      brief('a', { quarter: '2026-Q4', status: 'active' }),
      brief('e', { quarter: '2026-Q4', status: 'exploratory' }),
      brief('d', { quarter: '2026-Q3', status: 'done' }),
      brief('x', { quarter: '2027-Q1', status: 'deprioritized', reason: 'Superseded.' }),
    ]);
    expect(columns.map((c) => c.quarter)).toEqual(['2026-Q3', '2026-Q4', '2027-Q1']);
    const q4 = columns[1]!;
    expect(q4.committed.map((b) => b.id)).toEqual(['a', 'p']);
    expect(q4.exploratory.map((b) => b.id)).toEqual(['e']);
    expect(q4.done).toEqual([]);
    expect(columns[2]!.deprioritized[0]?.data.reason).toBe('Superseded.');
  });
  it('has no columns without briefs', () => {
    expect(roadmapColumns([])).toEqual([]);
  });
});
