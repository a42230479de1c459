import { describe, expect, it } from 'vitest';
import { siteIdOf } from '../../linter/schema/index.ts';
import { uniqueId } from '../../linter/rules/unique-id.ts';
import { brief, makeConfig, pillar, ruleTester, runRule } from './rule-tester.ts';

const doc = '---\ntitle: Page\n---\n\nText.\n';
const vision =
  '---\nrespondent: Alex Kim\nrole: CEO\ndate: 2026-10-12\n---\n\n## Who is our ideal customer?\n\nTeams.\n';

ruleTester(uniqueId, {
  valid: [
    {
      name: 'distinct ids in subfolders',
      files: {
        'initiatives/2026-q3/sync.mdx': brief(),
        'initiatives/2027-q1/sync-v2.mdx': brief(),
      },
    },
    {
      name: 'a brief may share its id with a pillar',
      files: { 'initiatives/growth.mdx': brief(), 'pillars/growth.mdx': pillar() },
    },
    {
      name: 'strategy docs are addressed by path',
      files: {
        'docs/rituals/index.mdx': '---\ntitle: Rituals\n---\n',
        'docs/writing/index.mdx': '---\ntitle: Writing\n---\n',
        'docs/index.mdx': '---\ntitle: Home\n---\n',
      },
    },
    {
      name: 'a docs page and a same-named page in another folder',
      files: { 'docs/a/x.mdx': doc, 'docs/b/x.mdx': doc },
    },
  ],
  invalid: [
    {
      name: 'duplicate brief id in two subfolders: the later path is reported',
      files: {
        'initiatives/2027-q1/sync.mdx': brief(),
        'initiatives/2026-q3/sync.mdx': brief(),
        'initiatives/sync.md': brief(),
      },
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
      files: {
        'vision/alex.md': vision,
        'vision/alex.mdx': vision,
        'vision/gaps/alex.mdx': '---\ntitle: Gap\n---\n',
      },
      errors: [{ messageId: 'duplicate', file: 'vision/alex.mdx', line: 1, column: 1 }],
    },
    {
      name: 'briefs whose ids differ only in case collide after slugging',
      files: { 'initiatives/2026-q3/sync.mdx': brief(), 'initiatives/2027-q1/Sync.mdx': brief() },
      errors: [
        { messageId: 'not-a-slug', file: 'initiatives/2027-q1/Sync.mdx', line: 1, column: 1 },
        { messageId: 'collision', file: 'initiatives/2027-q1/Sync.mdx', line: 1, column: 1 },
      ],
    },
    {
      name: 'a `#` is dropped by the slugger: `a#b` and `ab` are one page',
      files: { 'initiatives/a#b.mdx': brief(), 'initiatives/ab.mdx': brief() },
      errors: [
        { messageId: 'not-a-slug', file: 'initiatives/a#b.mdx', line: 1, column: 1 },
        { messageId: 'collision', file: 'initiatives/ab.mdx', line: 1, column: 1 },
      ],
    },
    {
      name: 'a docs page and a folder index page have one URL',
      files: { 'docs/guides.mdx': doc, 'docs/guides/index.mdx': doc },
      errors: [{ messageId: 'duplicate', file: 'docs/guides/index.mdx', line: 1, column: 1 }],
    },
    {
      name: 'a brief name with capitals and a space',
      file: 'initiatives/2026-q3/Q3 Plan.mdx',
      code: brief(),
      errors: [{ messageId: 'not-a-slug', line: 1, column: 1 }],
    },
    {
      name: 'a docs folder with capitals',
      file: 'docs/Guides/index.mdx',
      code: doc,
      errors: [{ messageId: 'not-a-slug', line: 1, column: 1 }],
    },
  ],
});

it('unique-id: relates the duplicate to the first file', () => {
  const byFile = runRule(
    uniqueId,
    { 'initiatives/b/x.mdx': brief(), 'initiatives/a/x.mdx': brief() },
    makeConfig(),
  );
  const [message] = byFile.get('initiatives/b/x.mdx') ?? [];
  expect(message?.message).toBe(
    'Unexpected duplicate brief id `x`, expected an id no other brief uses',
  );
  expect(message?.related).toEqual([
    {
      file: 'content/initiatives/a/x.mdx',
      place: { start: { line: 1, column: 1 } },
      message: '`x` is first used here',
    },
  ]);
});

it('unique-id: a slug collision names both files and the URL-safe name to rename to', () => {
  const byFile = runRule(
    uniqueId,
    { 'initiatives/ab.mdx': brief(), 'initiatives/a#b.mdx': brief() },
    makeConfig(),
  );
  const [notSlug] = byFile.get('initiatives/a#b.mdx') ?? [];
  expect(notSlug?.message).toBe(
    'Unexpected file name `a#b.mdx` with site id `ab`, expected `ab.mdx`',
  );
  const [collision] = byFile.get('initiatives/ab.mdx') ?? [];
  expect(collision?.related).toEqual([
    {
      file: 'content/initiatives/a#b.mdx',
      place: { start: { line: 1, column: 1 } },
      message: '`ab` is first used here',
    },
  ]);
  const docs = runRule(uniqueId, { 'docs/Guides/How To.mdx': doc }, makeConfig());
  expect(docs.get('docs/Guides/How To.mdx')?.[0]?.message).toBe(
    'Unexpected file name `How To.mdx` with site id `guides/how-to`, expected `content/docs/guides/how-to.mdx`',
  );
});

describe('siteIdOf', () => {
  it.each([
    ['initiatives/2026-q3/Foo.mdx', 'foo'],
    ['initiatives/a#b.mdx', 'ab'],
    ['initiatives/Q3 plan.mdx', 'q3-plan'],
    ['pillars/growth.md', 'growth'],
    ['strategy/north-star.mdx', 'north-star'],
    ['docs/Guides/How To.mdx', 'guides/how-to'],
    ['docs/guides/index.mdx', 'guides'],
    ['docs/index.mdx', 'index'],
  ])('%s → %s', (path, id) => {
    expect(siteIdOf(path)).toBe(id);
  });
});
