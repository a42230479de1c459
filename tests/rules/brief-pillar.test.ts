import { expect, it } from 'vitest';
import { briefPillar } from '../../linter/rules/brief-pillar.ts';
import { brief, makeConfig, pillar, ruleTester, runRule } from './rule-tester.ts';

// In `brief()`, `pillar:` is the 6th line of the file (after `---`, title, owner, quarter, status).
ruleTester(briefPillar, {
  valid: [
    {
      name: 'an active pillar',
      files: {
        'pillars/growth.mdx': pillar(),
        'initiatives/2026-q4/a.mdx': brief({ pillar: 'growth' }),
      },
    },
    {
      name: 'a done brief may keep its retired pillar',
      files: {
        'pillars/legacy.mdx': pillar('retired'),
        'initiatives/a.mdx': brief({ pillar: 'legacy', status: 'done' }),
      },
    },
    {
      name: 'a brief without a pillar is left to frontmatter-schema',
      files: { 'pillars/growth.mdx': pillar(), 'initiatives/a.mdx': brief({ pillar: '' }) },
    },
    {
      name: 'a YAML suppression comment silences the rule',
      files: {
        'pillars/growth.mdx': pillar(),
        'initiatives/a.mdx':
          '---\ntitle: A\nstatus: active\n# handbook-disable-next-line brief-pillar\npillar: nope\n---\n\nBody.\n',
      },
    },
  ],
  invalid: [
    {
      name: 'unknown pillar with a suggestion',
      file: 'initiatives/2026-q4/a.mdx',
      files: {
        'pillars/growth.mdx': pillar(),
        'pillars/platform.mdx': pillar(),
        'initiatives/2026-q4/a.mdx': brief({ pillar: 'growht' }),
      },
      errors: [{ messageId: 'unknown', line: 6, column: 9 }],
    },
    {
      name: 'unknown pillar in quotes, reported at the value',
      files: {
        'pillars/growth.mdx': pillar(),
        'initiatives/a.mdx': brief({ pillar: '"nothing-like-it"' }),
      },
      file: 'initiatives/a.mdx',
      errors: [{ messageId: 'unknown', line: 6, column: 9 }],
    },
    {
      name: 'retired pillar',
      file: 'initiatives/a.mdx',
      files: {
        'pillars/growth.mdx': pillar(),
        'pillars/legacy.mdx': pillar('retired'),
        'initiatives/a.mdx': brief({ pillar: 'legacy' }),
      },
      errors: [{ messageId: 'retired', line: 6, column: 9 }],
    },
  ],
});

it('brief-pillar: suggests the closest active pillar and relates the retired pillar file', () => {
  const byFile = runRule(
    briefPillar,
    {
      'pillars/growth.mdx': pillar(),
      'pillars/legacy.mdx': pillar('retired'),
      'initiatives/a.mdx': brief({ pillar: 'growht' }),
      'initiatives/b.mdx': brief({ pillar: 'legacy' }),
    },
    makeConfig(),
  );
  const [unknown] = byFile.get('initiatives/a.mdx') ?? [];
  expect(unknown?.message).toBe(
    'Unknown pillar `growht`, expected the id of a pillar in content/pillars/',
  );
  expect(unknown?.hint).toBe('Did you mean `growth`? Active pillars: `growth`.');
  expect(unknown?.expected).toEqual(['growth']);
  const [retired] = byFile.get('initiatives/b.mdx') ?? [];
  expect(retired?.message).toBe('Unexpected retired pillar `legacy`, expected an active pillar');
  expect(retired?.related).toEqual([
    {
      file: 'content/pillars/legacy.mdx',
      place: { start: { line: 1, column: 1 }, end: { line: 9, column: 4 } },
      message: 'pillar `legacy` is defined here',
    },
  ]);
});
