import { describe, expect, it } from 'vitest';
import { buildStrategyExport } from '../../site/lib/derive/strategy-export.ts';
import { brief, day, pillar } from './fixtures.ts';

const input = {
  northStar: {
    id: 'north-star',
    data: {
      title: 'Weekly active teams',
      metric: 'Teams using two capabilities',
      current: { value: 50, asOf: day('2026-10-31') },
      target: { value: 200, by: day('2027-06-30') },
      owner: '@alex',
      reviewed: day('2026-10-01'),
    },
  },
  pillars: [pillar('reliability'), pillar('old', { status: 'retired' })],
  initiatives: [
    brief('api', { reviewed: day('2026-09-01') }),
    brief('checkout', { dependsOn: ['api'], quarter: '2026-Q4' }),
    brief('debt', {
      kind: 'tech-debt',
      risk: 'high',
      impact: 'Costly.',
      status: 'deprioritized',
      reason: 'Later.',
    }),
  ],
  vision: [{ id: 'alex', data: { respondent: 'Alex Kim', role: 'CEO', date: day('2026-10-12') } }],
  gaps: [
    {
      id: 'g',
      data: {
        title: 'Who',
        question: 'customer',
        owner: '@alex',
        status: 'open' as const,
        opened: day('2026-10-15'),
      },
    },
  ],
  answers: new Map([['alex', new Map([['customer', 'Small teams.']])]]),
  commitDates: new Map([['content/initiatives/api.mdx', new Date('2026-11-20T10:00:00Z')]]),
  generatedAt: new Date('2026-11-24T12:00:00Z'),
};

describe('buildStrategyExport', () => {
  const data = buildStrategyExport(input);
  it('exports dates as YYYY-MM-DD and the generation time as ISO', () => {
    expect(data.generatedAt).toBe('2026-11-24T12:00:00.000Z');
    expect(data.northStar).toMatchObject({
      current: { value: 50, asOf: '2026-10-31' },
      target: { by: '2027-06-30' },
      progressPercent: 25,
    });
    expect(data.initiatives.find((i) => i.id === 'api')).toMatchObject({
      reviewed: '2026-09-01',
      lastUpdated: '2026-11-20',
    });
    expect(data.gaps[0]).toMatchObject({ opened: '2026-10-15', closed: undefined });
    expect(data.vision[0]).toEqual({
      id: 'alex',
      respondent: 'Alex Kim',
      role: 'CEO',
      date: '2026-10-12',
      answers: { customer: 'Small teams.' },
    });
  });
  it('holds every brief with its url, fields and neededBy, plus the dependency edges', () => {
    expect(data.initiatives.map((i) => i.id)).toEqual(['api', 'debt', 'checkout']);
    expect(data.initiatives[0]).toMatchObject({
      url: '/initiatives/api/',
      neededBy: ['checkout'],
      dependsOn: [],
    });
    expect(data.initiatives[1]).toMatchObject({
      kind: 'tech-debt',
      risk: 'high',
      impact: 'Costly.',
      reason: 'Later.',
    });
    expect(data.dependencies).toEqual([{ from: 'checkout', to: 'api' }]);
  });
  it('lists pillars with counts, active first', () => {
    expect(data.pillars.map((p) => p['id'])).toEqual(['reliability', 'old']);
    expect(data.pillars[0]?.['initiatives']).toMatchObject({ active: 2, deprioritized: 1 });
  });
  it('survives an empty handbook and is JSON-safe', () => {
    const empty = buildStrategyExport({
      northStar: undefined,
      pillars: [],
      initiatives: [],
      vision: [],
      gaps: [],
      generatedAt: input.generatedAt,
    });
    expect(empty.northStar).toBeNull();
    expect(JSON.parse(JSON.stringify(data)).initiatives).toHaveLength(3);
  });
});
