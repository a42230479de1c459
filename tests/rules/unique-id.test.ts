import { expect, it } from 'vitest';
import { uniqueId } from '../../linter/rules/unique-id.ts';
import { brief, makeConfig, pillar, ruleTester, runRule } from './rule-tester.ts';

const vision = '---\nrespondent: Alex Kim\nrole: CEO\ndate: 2026-10-12\n---\n\n## Who is our ideal customer?\n\nTeams.\n';

ruleTester(uniqueId, {
  valid: [
    {
      name: 'distinct ids in subfolders',
      files: { 'initiatives/2026-q3/sync.mdx': brief(), 'initiatives/2027-q1/sync-v2.mdx': brief() },
    },
    {
      name: 'a brief may share its id with a pillar',
      files: { 'initiatives/growth.mdx': brief(), 'pillars/growth.mdx': pillar() },
    },
    {
      name: 'strategy docs are addressed by path',
      files: { 'docs/rituals/index.mdx': '---\ntitle: Rituals\n---\n', 'docs/writing/index.mdx': '---\ntitle: Writing\n---\n' },
    },
  ],
  invalid: [
    {
      name: 'duplicate brief id in two subfolders: the later path is reported',
      files: { 'initiatives/2027-q1/sync.mdx': brief(), 'initiatives/2026-q3/sync.mdx': brief(), 'initiatives/sync.md': brief() },
      errors: [
        { messageId: 'duplicate', file: 'initiatives/2027-q1/sync.mdx', line: 1, column: 1 },
        { messageId: 'duplicate', file: 'initiatives/sync.md', line: 1, column: 1 },
      ],
    },
    {
      name: 'a pillar as .md and .mdx',
      files: { 'pillars/growth.md': pillar(), 'pillars/growth.mdx': pillar() },
      errors: [{ messageId: 'duplicate', file: 'pillars/growth.mdx', line: 1, column: 1 }],
    },
    {
      name: 'vision answers and gaps are checked within their collection',
      files: { 'vision/alex.md': vision, 'vision/alex.mdx': vision, 'vision/gaps/alex.mdx': '---\ntitle: Gap\n---\n' },
      errors: [{ messageId: 'duplicate', file: 'vision/alex.mdx', line: 1, column: 1 }],
    },
  ],
});

it('unique-id: relates the duplicate to the first file', () => {
  const byFile = runRule(uniqueId, { 'initiatives/b/x.mdx': brief(), 'initiatives/a/x.mdx': brief() }, makeConfig());
  const [message] = byFile.get('initiatives/b/x.mdx') ?? [];
  expect(message?.message).toBe('Unexpected duplicate brief id `x`, expected an id no other brief uses');
  expect(message?.related).toEqual([{ file: 'content/initiatives/a/x.mdx', place: { start: { line: 1, column: 1 } }, message: '`x` is first used here' }]);
});
