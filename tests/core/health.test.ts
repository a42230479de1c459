import { describe, expect, it } from 'vitest';
import type { Initiative } from '../../linter/schema/initiative.ts';
import type { Pillar } from '../../linter/schema/pillar.ts';
import type { Gap } from '../../linter/schema/vision.ts';
import { quarterAfter } from '../../linter/core/dates.ts';
import type { Entry } from '../../linter/core/entry.ts';
import {
  alignmentHealth,
  blockedBriefs,
  openGaps,
  ownerLoad,
  techDebtByQuarter,
} from '../../linter/core/health.ts';
import { orphanPillars } from '../../linter/core/orphans.ts';
import { staleItems } from '../../linter/core/staleness.ts';
import type { NorthStar } from '../../linter/schema/north-star.ts';
import type { VisionAnswer } from '../../linter/schema/vision.ts';

const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
const now = day('2026-11-24');

const brief = (id: string, data: Partial<Initiative> = {}): Entry<Initiative> => ({
  id,
  data: {
    title: id,
    owner: '@dana',
    quarter: '2026-Q4',
    status: 'active',
    pillar: 'reliability',
    kind: 'feature',
    dependsOn: [],
    reviewed: day('2026-11-01'),
    ...data,
  },
});

const pillar = (id: string, status: Pillar['status'] = 'active'): Entry<Pillar> => ({
  id,
  data: {
    title: id,
    owner: '@sam',
    summary: 's',
    drives: 'd',
    indicators: [{ name: 'n', target: 't' }],
    status,
  },
});

describe('orphanPillars', () => {
  it('lists active pillars with no proposed or active initiative', () => {
    const pillars = [
      pillar('reliability'),
      pillar('growth'),
      pillar('legacy', 'retired'),
      pillar('payments'),
    ];
    const briefs = [
      brief('a', { pillar: 'reliability', status: 'proposed' }),
      brief('b', { pillar: 'growth', status: 'done' }),
      brief('c', { pillar: 'payments', status: 'exploratory' }),
    ];
    expect(orphanPillars(pillars, briefs).map((p) => p.id)).toEqual(['growth', 'payments']);
  });

  it('is empty without pillars', () => {
    expect(orphanPillars([], [brief('a')])).toEqual([]);
  });
});

describe('staleItems', () => {
  it('lists open briefs reviewed longer ago than the cadence, or never', () => {
    const briefs = [
      brief('fresh'),
      brief('edge', { reviewed: day('2026-05-28') }), // exactly 180 days: not stale
      brief('old', { reviewed: day('2026-01-01') }),
      brief('older', { reviewed: day('2025-06-01'), status: 'exploratory' }),
      brief('never', { reviewed: undefined, status: 'proposed' }),
      brief('done-old', { reviewed: day('2024-01-01'), status: 'done' }),
      brief('dropped', { reviewed: undefined, status: 'deprioritized', reason: 'r' }),
    ];
    const stale = staleItems({ initiatives: briefs, vision: [] }, now, {
      reviewDays: 180,
      checkInDays: 180,
    });
    expect(stale.map((s) => s.entry.id)).toEqual(['never', 'older', 'old']);
    expect(stale[0]?.ageDays).toBeNull();
    expect(stale[0]?.due.state).toBe('never');
    expect(stale[2]?.ageDays).toBe(327);
  });

  it('counts the North Star on the review cadence and vision answers on the check-in cadence', () => {
    const northStar: Entry<NorthStar> = {
      id: 'north-star',
      data: {
        title: 't',
        metric: 'm',
        current: { value: 1, asOf: day('2026-10-01') },
        target: { value: 2, by: day('2027-06-30') },
        owner: '@priya',
        reviewed: day('2026-03-01'),
      },
    };
    const answer = (id: string, date: string): Entry<VisionAnswer> => ({
      id,
      data: { respondent: id, role: 'CEO', date: day(date) },
    });
    const stale = staleItems(
      {
        northStar,
        initiatives: [],
        vision: [answer('recent', '2026-10-01'), answer('old', '2026-09-01')],
      },
      now,
      { reviewDays: 180, checkInDays: 60 },
    );
    expect(stale.map((s) => [s.collection, s.entry.id, s.due.kind])).toEqual([
      ['northStar', 'north-star', 'review'],
      ['vision', 'old', 'check-in'],
    ]);
  });
});

describe('alignmentHealth', () => {
  it('gathers every fact with the configured cadences and capacity', () => {
    const health = alignmentHealth(
      {
        pillars: [pillar('reliability'), pillar('growth')],
        initiatives: [
          brief('a', { dependsOn: ['b'] }),
          brief('b', { dependsOn: ['a'], kind: 'tech-debt', risk: 'low', impact: 'i' }),
          brief('c', { reviewed: day('2026-01-01') }),
        ],
        vision: [],
        gaps: [],
      },
      { review: { cadenceDays: 180 }, vision: { checkInDays: 180 }, techDebt: { capacity: 0.2 } },
      now,
    );
    expect(health.orphans.map((p) => p.id)).toEqual(['growth']);
    expect(health.stale.map((s) => s.entry.id)).toEqual(['c']);
    expect(health.cycles).toEqual([['a', 'b']]);
    expect(health.blocked.map((b) => b.brief.id)).toEqual(['a', 'b']);
    expect(health.techDebt).toEqual([
      { quarter: '2026-Q4', techDebt: 1, total: 3, share: 1 / 3, over: true },
    ]);
  });
});

describe('techDebtByQuarter', () => {
  it('computes the share per quarter without deprioritized briefs and flags quarters over capacity', () => {
    const briefs = [
      brief('a', { quarter: '2026-Q3', kind: 'tech-debt' }),
      brief('b', { quarter: '2026-Q3' }),
      brief('c', { quarter: '2026-Q3', kind: 'tech-debt', status: 'deprioritized', reason: 'r' }),
      brief('d', { quarter: '2027-Q1' }),
      brief('e', { quarter: '2027-Q1' }),
      brief('f', { quarter: '2027-Q1', kind: 'tech-debt', status: 'done' }),
      brief('g', { quarter: '2027-Q1' }),
      brief('h', { quarter: '2027-Q1' }),
    ];
    expect(techDebtByQuarter(briefs, 0.2)).toEqual([
      { quarter: '2026-Q3', techDebt: 1, total: 2, share: 0.5, over: true },
      { quarter: '2026-Q4', techDebt: 0, total: 0, share: null, over: false },
      { quarter: '2027-Q1', techDebt: 1, total: 5, share: 0.2, over: false },
    ]);
  });

  it('gives a null share to a quarter whose briefs are all deprioritized', () => {
    const rows = techDebtByQuarter(
      [brief('a', { kind: 'tech-debt', status: 'deprioritized', reason: 'r' })],
      0.2,
    );
    expect(rows).toEqual([{ quarter: '2026-Q4', techDebt: 0, total: 0, share: null, over: false }]);
  });

  it('is empty without briefs', () => {
    expect(techDebtByQuarter([], 0.2)).toEqual([]);
  });

  it('steps quarters across years', () => {
    expect(quarterAfter('2026-Q4')).toBe('2027-Q1');
    expect(quarterAfter('2026-Q1')).toBe('2026-Q2');
  });
});

describe('blockedBriefs', () => {
  it('lists open briefs waiting on a dependency that is not done, or missing', () => {
    const briefs = [
      brief('base', { status: 'done' }),
      brief('api', { status: 'active' }),
      brief('ui', { dependsOn: ['api', 'base'] }),
      brief('ready', { dependsOn: ['base'] }),
      brief('ghost', { dependsOn: ['nope'], status: 'proposed' }),
      brief('finished', { dependsOn: ['api'], status: 'done' }),
    ];
    const blocked = blockedBriefs(briefs);
    expect(blocked.map((b) => b.brief.id)).toEqual(['ghost', 'ui']);
    expect(blocked[0]?.missing).toEqual(['nope']);
    expect(blocked[1]?.waitingOn.map((b) => b.id)).toEqual(['api']);
  });

  it('does not loop on a cycle', () => {
    const blocked = blockedBriefs([
      brief('a', { dependsOn: ['b'] }),
      brief('b', { dependsOn: ['a'] }),
    ]);
    expect(blocked.map((b) => b.brief.id)).toEqual(['a', 'b']);
  });
});

describe('ownerLoad', () => {
  it('counts committed initiatives per owner and flags owners above the limit', () => {
    const briefs = [
      ...['a', 'b', 'c', 'd'].map((id) => brief(id, { owner: '@dana' })),
      brief('e', { owner: '@sam', status: 'proposed' }),
      brief('f', { owner: '@sam', status: 'done' }),
      brief('g', { owner: '@ada', status: 'exploratory' }),
      brief('h', { owner: '@bo' }),
    ];
    const load = ownerLoad(briefs, 3);
    expect(load.map((o) => [o.owner, o.initiatives.length, o.over])).toEqual([
      ['@dana', 4, true],
      ['@bo', 1, false], // ties sort by handle
      ['@sam', 1, false],
    ]);
  });

  it('does not flag an owner exactly at the limit', () => {
    expect(
      ownerLoad(
        ['a', 'b', 'c'].map((id) => brief(id)),
        3,
      )[0]?.over,
    ).toBe(false);
  });
});

describe('openGaps', () => {
  it('lists open gaps, oldest first', () => {
    const gap = (id: string, status: Gap['status'], opened: string): Entry<Gap> => ({
      id,
      data: {
        title: id,
        question: 'customer',
        owner: '@alex',
        status,
        opened: day(opened),
        closed: status === 'closed' ? day('2026-11-01') : undefined,
      },
    });
    const gaps = [
      gap('b', 'open', '2026-10-01'),
      gap('a', 'open', '2026-10-01'),
      gap('c', 'closed', '2026-01-01'),
      gap('d', 'open', '2026-09-01'),
    ];
    expect(openGaps(gaps).map((g) => g.id)).toEqual(['d', 'a', 'b']);
  });
});
