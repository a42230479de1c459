import { expect, it } from 'vitest';
import type { FileFacts } from '../../linter/engine/types.ts';
import { briefDependsOn } from '../../linter/rules/brief-depends-on.ts';
import { brief, makeConfig, pillar, ruleTester, runRule } from './rule-tester.ts';

// In `brief()`, `dependsOn:` (added after `reviewed`) is line 9; `dependsOn: [` puts the first item at column 13.
const dependsOn = (ids: string) => brief({ dependsOn: `[${ids}]` });

ruleTester(briefDependsOn, {
  valid: [
    {
      name: 'dependencies on briefs in other folders',
      files: {
        'pillars/platform-reliability.mdx': pillar(),
        'initiatives/2026-q3/a.mdx': dependsOn('b, c'),
        'initiatives/2026-q4/b.mdx': dependsOn('c'),
        'initiatives/2027-q1/c.mdx': brief(),
      },
    },
    { name: 'no dependsOn field', files: { 'initiatives/a.mdx': brief() } },
  ],
  invalid: [
    {
      name: 'unknown dependency',
      file: 'initiatives/a.mdx',
      files: {
        'initiatives/a.mdx': dependsOn('payments-api-v2, payments-ap-v3'),
        'initiatives/payments-api-v3.mdx': brief(),
      },
      errors: [
        { messageId: 'unknown', line: 9, column: 13 },
        { messageId: 'unknown', line: 9, column: 30 },
      ],
    },
    {
      name: 'self-dependency',
      file: 'initiatives/a.mdx',
      files: { 'initiatives/a.mdx': dependsOn('b, a'), 'initiatives/b.mdx': brief() },
      errors: [{ messageId: 'self', line: 9, column: 16 }],
    },
    {
      name: 'a 3-cycle is reported on all three briefs',
      files: {
        'initiatives/2026-q3/a.mdx': dependsOn('b'),
        'initiatives/2026-q4/b.mdx': dependsOn('x, c'),
        'initiatives/2027-q1/c.mdx': dependsOn('a'),
        'initiatives/x.mdx': brief(),
      },
      errors: [
        { messageId: 'cycle', file: 'initiatives/2026-q3/a.mdx', line: 9, column: 13 },
        { messageId: 'cycle', file: 'initiatives/2026-q4/b.mdx', line: 9, column: 16 },
        { messageId: 'cycle', file: 'initiatives/2027-q1/c.mdx', line: 9, column: 13 },
      ],
    },
    {
      name: 'a block-style list is reported at its item',
      file: 'initiatives/a.mdx',
      files: { 'initiatives/a.mdx': brief({ dependsOn: '\n  - nope' }) },
      errors: [{ messageId: 'unknown', line: 10, column: 5 }],
    },
  ],
});

it('brief-depends-on: names the cycle from each brief, with the others as related places', () => {
  const byFile = runRule(
    briefDependsOn,
    {
      'initiatives/a.mdx': dependsOn('b'),
      'initiatives/b.mdx': dependsOn('c'),
      'initiatives/c.mdx': dependsOn('a'),
      'initiatives/d.mdx': dependsOn('payments-api-v2'),
      'initiatives/payments-api-v1.mdx': brief(),
    },
    makeConfig(),
  );
  expect(byFile.get('initiatives/b.mdx')?.map((m) => m.message)).toEqual([
    'Unexpected dependency cycle: `b` → `c` → `a` → `b`',
  ]);
  expect(byFile.get('initiatives/a.mdx')?.[0]?.related).toEqual([
    {
      file: 'content/initiatives/b.mdx',
      place: { start: { line: 9, column: 13 }, end: { line: 9, column: 14 } },
      message: '`b` depends on `c` here',
    },
    {
      file: 'content/initiatives/c.mdx',
      place: { start: { line: 9, column: 13 }, end: { line: 9, column: 14 } },
      message: '`c` depends on `a` here',
    },
  ]);
  expect(byFile.get('initiatives/d.mdx')?.[0]?.hint).toBe('Did you mean `payments-api-v1`?');
});

it('brief-depends-on: a component of two cycles gives each brief a simple cycle through it', () => {
  // a ⇄ b and a ⇄ c: one strongly connected component, no simple cycle holds all three.
  const byFile = runRule(
    briefDependsOn,
    {
      'initiatives/a.mdx': dependsOn('b, c'),
      'initiatives/b.mdx': dependsOn('a'),
      'initiatives/c.mdx': dependsOn('a'),
    },
    makeConfig(),
  );
  expect([...byFile.values()].flat().map((m) => m.message)).toEqual([
    'Unexpected dependency cycle: `a` → `b` → `a`',
    'Unexpected dependency cycle: `b` → `a` → `b`',
    'Unexpected dependency cycle: `c` → `a` → `c`',
  ]);
});

// Its time is in the bench (`bench/pathological.ts`); here only that it is found without recursion.
it('brief-depends-on: a ring of 5,000 briefs is found without recursion', () => {
  const n = 5000;
  const place = { start: { line: 9, column: 13 } };
  const files: FileFacts[] = Array.from({ length: n }, (_, i) => ({
    path: `content/initiatives/b${i}.mdx`,
    collection: 'initiatives',
    id: `b${i}`,
    block: place,
    links: [],
    anchors: [],
    suppressions: [],
    brief: { status: 'active', pillar: undefined, dependsOn: [{ id: `b${(i + 1) % n}`, place }] },
  }));
  const messages: string[] = [];
  briefDependsOn.checkHandbook?.(
    { files },
    (_file, message) => messages.push(message),
    makeConfig(),
  );
  expect(messages).toHaveLength(n);
  expect(messages[1]).toBe(
    `Unexpected dependency cycle: ${Array.from({ length: 13 }, (_, i) => `\`b${i + 1}\``).join(' → ')} → … → \`b1\` (5000 briefs)`,
  );
});
