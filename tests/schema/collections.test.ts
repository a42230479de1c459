/** The content model: valid and invalid frontmatter for every collection of the spec. */
import { describe, expect, it } from 'vitest';
import { collectionOf, collections, idOf, isIsoDate } from '../../linter/schema/index.ts';
import type { CollectionName, DocsSchemaContext } from '../../linter/schema/index.ts';
import { docsCollectionSchema } from '../../linter/schema/index.ts';
import { z } from 'zod';

/** The zod issue paths of an invalid value, as `a.b` strings. */
function issuePaths(name: CollectionName, value: unknown): string[] {
  const result = collections[name].safeParse(value);
  if (result.success) return [];
  return result.error.issues.map((issue) =>
    issue.code === 'unrecognized_keys' ? `unknown:${issue.keys.join(',')}` : issue.path.join('.'),
  );
}

const northStar = {
  title: 'On-time jobs per week',
  metric: 'Jobs closed inside the promised window',
  current: { value: 212400, asOf: '2026-10-31' },
  target: { value: 300000, by: '2027-06-30' },
  owner: '@priya',
  reviewed: '2026-10-06',
};
const pillar = {
  title: 'Platform reliability',
  owner: '@sam',
  summary: 'The app works everywhere.',
  drives: 'Reliable days keep crews in the app.',
  indicators: [{ name: 'p95 board load', target: '< 900 ms' }],
  status: 'active',
};
const brief = {
  title: 'Cut latency',
  owner: '@dana',
  quarter: '2026-Q4',
  status: 'active',
  pillar: 'platform-reliability',
  kind: 'feature',
};
const vision = { respondent: 'Maya Okafor', role: 'CEO', date: '2026-10-12' };
const gap = {
  title: 'Enterprise or owner-operated',
  question: 'customer',
  owner: '@maya',
  status: 'open',
  opened: '2026-10-15',
};

describe('north star', () => {
  it('accepts the spec example, with dates as strings or Date objects', () => {
    expect(issuePaths('northStar', northStar)).toEqual([]);
    const parsed = collections.northStar.parse({
      ...northStar,
      reviewed: new Date('2026-10-06T00:00:00Z'),
    });
    expect(parsed.reviewed.toISOString()).toBe('2026-10-06T00:00:00.000Z');
    expect(collections.northStar.parse(northStar).current.asOf).toBeInstanceOf(Date);
  });
  it('rejects a missing target, a bad date and an unknown key', () => {
    const { target: _target, ...noTarget } = northStar;
    expect(issuePaths('northStar', noTarget)).toEqual(['target']);
    expect(
      issuePaths('northStar', { ...northStar, current: { value: 1, asOf: '2026-13-01' } }),
    ).toEqual(['current.asOf']);
    expect(issuePaths('northStar', { ...northStar, goal: 3 })).toEqual(['unknown:goal']);
  });
});

describe('pillars', () => {
  it('accepts an active and a retired pillar', () => {
    expect(issuePaths('pillars', pillar)).toEqual([]);
    expect(issuePaths('pillars', { ...pillar, status: 'retired' })).toEqual([]);
  });
  it('needs drives, at least one indicator and a known status', () => {
    expect(issuePaths('pillars', { ...pillar, drives: '  ' })).toEqual(['drives']);
    expect(issuePaths('pillars', { ...pillar, indicators: [] })).toEqual(['indicators']);
    expect(issuePaths('pillars', { ...pillar, status: 'paused' })).toEqual(['status']);
  });
});

describe('initiatives', () => {
  it('accepts every status and kind with their required fields', () => {
    expect(issuePaths('initiatives', brief)).toEqual([]);
    expect(
      issuePaths('initiatives', {
        ...brief,
        kind: 'tech-debt',
        risk: 'high',
        impact: 'Outages cost 40k USD an hour.',
      }),
    ).toEqual([]);
    expect(
      issuePaths('initiatives', { ...brief, status: 'deprioritized', reason: 'Superseded.' }),
    ).toEqual([]);
    expect(collections.initiatives.parse(brief).dependsOn).toEqual([]);
  });
  it('checks quarter, handle, status and pillar id formats', () => {
    expect(issuePaths('initiatives', { ...brief, quarter: '2026-Q5' })).toEqual(['quarter']);
    expect(issuePaths('initiatives', { ...brief, quarter: 'Q3 2026' })).toEqual(['quarter']);
    expect(issuePaths('initiatives', { ...brief, owner: 'dana' })).toEqual(['owner']);
    expect(issuePaths('initiatives', { ...brief, status: 'actve' })).toEqual(['status']);
    expect(issuePaths('initiatives', { ...brief, pillar: 'Platform Reliability' })).toEqual([
      'pillar',
    ]);
  });
  it('requires risk and impact for tech debt, and a reason when deprioritized', () => {
    expect(issuePaths('initiatives', { ...brief, kind: 'tech-debt' })).toEqual(['risk', 'impact']);
    expect(issuePaths('initiatives', { ...brief, status: 'deprioritized' })).toEqual(['reason']);
  });
  it('is strict: a misspelled key fails', () => {
    expect(issuePaths('initiatives', { ...brief, depends_on: ['x'] })).toEqual([
      'unknown:depends_on',
    ]);
  });
});

describe('vision answers and gaps', () => {
  it('accepts valid ones', () => {
    expect(issuePaths('vision', vision)).toEqual([]);
    expect(issuePaths('gaps', gap)).toEqual([]);
    expect(issuePaths('gaps', { ...gap, status: 'closed', closed: '2026-11-20' })).toEqual([]);
  });
  it('needs a closing date on a closed gap, after the opening date', () => {
    expect(issuePaths('gaps', { ...gap, status: 'closed' })).toEqual(['closed']);
    expect(issuePaths('gaps', { ...gap, status: 'closed', closed: '2026-01-01' })).toEqual([
      'closed',
    ]);
  });
  it('rejects a vision answer without a date', () => {
    const { date: _date, ...noDate } = vision;
    expect(issuePaths('vision', noDate)).toEqual(['date']);
  });
});

describe('strategy docs', () => {
  it('need a title and leave Starlight its own keys', () => {
    expect(issuePaths('docs', { title: 'Principles', sidebar: { order: 1 } })).toEqual([]);
    expect(issuePaths('docs', { description: 'No title' })).toEqual(['title']);
  });

  it("are Starlight's schema: its defaults apply, its keys are known, others are refused", () => {
    const parsed = collections.docs.parse({ title: 'Principles', sidebar: { badge: 'New' } });
    expect(parsed).toMatchObject({
      template: 'doc',
      editUrl: true,
      head: [],
      pagefind: true,
      sidebar: { hidden: false, badge: { variant: 'default', text: 'New' } },
    });
    expect(issuePaths('docs', { title: 'Principles', slug: 'elsewhere' })).toEqual([
      'unknown:slug',
    ]);
  });

  it('take the schema context from the site: hero images go through its image()', () => {
    const seen: unknown[] = [];
    const image = () => z.string().transform((path) => (seen.push(path), { src: path }));
    const schema = docsCollectionSchema({ image } as unknown as DocsSchemaContext);
    expect(
      schema.parse({ title: 'Home', hero: { image: { file: './hero.png' } } }).hero?.image,
    ).toEqual({ alt: '', file: { src: './hero.png' } });
    expect(seen).toEqual(['./hero.png']);
  });
});

describe('paths', () => {
  it('map content paths to collections and ids', () => {
    expect(collectionOf('strategy/north-star.mdx')).toBe('northStar');
    expect(collectionOf('pillars/growth.mdx')).toBe('pillars');
    expect(collectionOf('initiatives/2026-q4/fast-checkout.mdx')).toBe('initiatives');
    expect(collectionOf('vision/maya.mdx')).toBe('vision');
    expect(collectionOf('vision/gaps/customer.mdx')).toBe('gaps');
    expect(collectionOf('docs/strategy/principles.mdx')).toBe('docs');
    expect(collectionOf('notes/x.mdx')).toBeUndefined();
    expect(collectionOf('pillars/readme.txt')).toBeUndefined();
    expect(idOf('initiatives/2026-q4/fast-checkout.mdx')).toBe('fast-checkout');
  });
  it('recognise only real calendar dates', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('26-02-01')).toBe(false);
  });
});
