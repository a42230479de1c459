import { expect, it } from 'vitest';
import { pillarOrphan } from '../../linter/rules/pillar-orphan.ts';
import { brief, makeConfig, pillar, ruleTester, runRule } from './rule-tester.ts';

ruleTester(pillarOrphan, {
  valid: [
    {
      name: 'each active pillar has a proposed or active brief',
      files: {
        'pillars/growth.mdx': pillar(),
        'pillars/platform.mdx': pillar(),
        'initiatives/2026-q4/a.mdx': brief({ pillar: 'growth', status: 'proposed' }),
        'initiatives/2027-q1/b.mdx': brief({ pillar: 'platform' }),
      },
    },
    {
      name: 'a retired pillar needs no initiative',
      files: { 'pillars/legacy.mdx': pillar('retired') },
    },
  ],
  invalid: [
    {
      name: 'orphan pillar: only done and exploratory briefs',
      file: 'pillars/growth.mdx',
      files: {
        'pillars/growth.mdx': pillar(),
        'initiatives/a.mdx': brief({ pillar: 'growth', status: 'done' }),
        'initiatives/b.mdx': brief({ pillar: 'growth', status: 'exploratory' }),
      },
      errors: [{ messageId: 'orphan', line: 1, column: 1, severity: 'warning' }],
    },
  ],
});

it('pillar-orphan: says how to fix it', () => {
  const [message] =
    runRule(pillarOrphan, { 'pillars/growth.mdx': pillar() }, makeConfig()).get(
      'pillars/growth.mdx',
    ) ?? [];
  expect(message?.message).toBe(
    'Missing initiatives for pillar `growth`, expected at least one proposed or active brief',
  );
  expect(message?.hint).toBe(
    'Link a proposed or active brief to it (`pillar: growth`), or retire the pillar.',
  );
});
