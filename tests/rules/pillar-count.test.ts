import { expect, it } from 'vitest';
import { pillarCount } from '../../linter/rules/pillar-count.ts';
import { makeConfig, pillar, ruleTester, runRule } from './rule-tester.ts';

const northStar = '---\ntitle: Weekly active teams\n---\n\nNarrative.\n';

ruleTester(pillarCount, {
  valid: [
    {
      name: 'two active pillars',
      files: {
        'pillars/a.mdx': pillar(),
        'pillars/b.mdx': pillar(),
        'pillars/c.mdx': pillar('retired'),
      },
    },
    {
      name: 'four active pillars',
      files: {
        'pillars/a.mdx': pillar(),
        'pillars/b.mdx': pillar(),
        'pillars/c.mdx': pillar(),
        'pillars/d.mdx': pillar(),
      },
    },
    {
      name: 'configured range',
      files: { 'pillars/a.mdx': pillar() },
      config: { pillars: { min: 1, max: 1 } },
    },
    { name: 'an empty handbook has nowhere to report', files: {} },
  ],
  invalid: [
    {
      name: 'one active pillar: reported on the North Star',
      files: {
        'strategy/north-star.mdx': northStar,
        'pillars/a.mdx': pillar(),
        'pillars/b.mdx': pillar('retired'),
      },
      errors: [{ messageId: 'too-few', file: 'strategy/north-star.mdx', line: 1, column: 1 }],
    },
    {
      name: 'one active pillar, no North Star: reported on the first pillar file',
      files: { 'pillars/b.mdx': pillar(), 'pillars/a.mdx': pillar('retired') },
      errors: [{ messageId: 'too-few', file: 'pillars/a.mdx', line: 1, column: 1 }],
    },
    {
      name: 'five active pillars: the fifth by path is reported',
      files: {
        'pillars/e.mdx': pillar(),
        'pillars/a.mdx': pillar(),
        'pillars/b.mdx': pillar(),
        'pillars/c.mdx': pillar(),
        'pillars/d.mdx': pillar(),
        'pillars/f.mdx': pillar('retired'),
      },
      errors: [{ messageId: 'too-many', file: 'pillars/e.mdx', line: 1, column: 1 }],
    },
  ],
});

it('pillar-count: says how many and relates the counted pillars', () => {
  const files = Object.fromEntries(
    ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => [`pillars/${id}.mdx`, pillar()]),
  );
  const byFile = runRule(pillarCount, files, makeConfig());
  expect(byFile.get('pillars/d.mdx')).toEqual([]);
  const [message] = byFile.get('pillars/f.mdx') ?? [];
  expect(message?.message).toBe('Unexpected 6 active pillars, expected 2 to 4');
  expect(message?.related?.map((r) => r.file)).toEqual(
    ['a', 'b', 'c', 'd'].map((id) => `content/pillars/${id}.mdx`),
  );
  const few = runRule(pillarCount, { 'pillars/a.mdx': pillar() }, makeConfig()).get(
    'pillars/a.mdx',
  )?.[0];
  expect(few?.message).toBe('Missing active pillars, expected 2 to 4 but found 1');
});
