import { expect, it } from 'vitest';
import { linkResolves } from '../../linter/rules/link-resolves.ts';
import { brief, makeConfig, pillar, ruleTester, runRule } from './rule-tester.ts';

// `brief(fields, body)` puts the body's first line on line 11 of the file.
const withBody = (body: string) => brief({}, body);
const handbook = {
  'pillars/growth.mdx': pillar(),
  'initiatives/2026-q3/tap-to-pay-pilot.mdx': brief(),
  'docs/rituals/weekly-review.mdx': '---\ntitle: Weekly review\n---\n\n## Agenda\n\nText.\n',
};

ruleTester(linkResolves, {
  valid: [
    {
      name: 'links to pages, fragments and views',
      files: {
        ...handbook,
        'initiatives/a.mdx': withBody(
          '## Why\n\n[growth](/pillars/growth/) [pilot](/initiatives/tap-to-pay-pilot) [why](/initiatives/tap-to-pay-pilot/#why)\n[roadmap](/roadmap/) [home](/) [data](/strategy.json) [review](/rituals/weekly-review/#agenda) [top](/rituals/weekly-review/#_top)\n[self](#why) [query](/pillars/growth/?tab=briefs)\n',
        ),
      },
    },
    {
      name: 'external links are ignored',
      files: {
        'initiatives/a.mdx': withBody(
          '[a](https://example.com/x) [b](http://example.com) [c](mailto:dana@example.com) [d](//cdn.example.com/x)\n',
        ),
      },
    },
    {
      name: 'relative page links resolve against the page URL',
      files: {
        ...handbook,
        'initiatives/a.mdx': withBody(
          '[roadmap](../../roadmap/) [pilot](../tap-to-pay-pilot/) [growth](../../pillars/growth/)\n',
        ),
      },
    },
    {
      name: 'reference definitions and assets',
      files: {
        ...handbook,
        'initiatives/a.mdx': withBody(
          'See [growth][g] and ![diagram](/images/diagram.png).\n\n[g]: /pillars/growth/\n',
        ),
      },
    },
    {
      name: 'relative file links, as GitHub and editors resolve them',
      file: 'initiatives/2026-q4/a.mdx',
      files: {
        ...handbook,
        'initiatives/2026-q4/a.mdx': withBody(
          '[growth](../../pillars/growth.mdx) [pilot](../2026-q3/tap-to-pay-pilot.mdx#why) [self](./a.mdx) [review](../../docs/rituals/weekly-review.mdx#agenda)\n[from content](/pillars/growth.mdx) [criteria](../2026-q3/tap-to-pay-pilot.mdx#success-criteria)\n',
        ),
      },
    },
    {
      name: 'file links to combined pages do not check fragments',
      file: 'pillars/growth.mdx',
      files: {
        ...handbook,
        'strategy/north-star.mdx': '---\ntitle: x\n---\n',
        'pillars/growth.mdx': pillar().replace(
          'Body.',
          '[north star](../strategy/north-star.mdx#anything)',
        ),
      },
    },
    {
      name: 'fragments on combined pages are not checked',
      files: { 'initiatives/a.mdx': withBody('[vision](/vision/#customer) [home](/#anything)\n') },
    },
  ],
  invalid: [
    {
      name: 'an unknown route',
      file: 'initiatives/a.mdx',
      files: {
        ...handbook,
        'initiatives/a.mdx': withBody(
          'Intro.\n\nSee [the pilot](/initiatives/tap-to-pay-pilto/) first.\n',
        ),
      },
      errors: [{ messageId: 'unknown-route', line: 13, column: 5 }],
    },
    {
      name: 'a broken fragment on another page and on this page',
      file: 'initiatives/a.mdx',
      files: {
        ...handbook,
        'initiatives/a.mdx': withBody(
          '## Why\n\n[criteria](/initiatives/tap-to-pay-pilot/#succes-criteria)\n[here](#wyh)\n',
        ),
      },
      errors: [
        { messageId: 'unknown-fragment', line: 13, column: 1 },
        { messageId: 'unknown-fragment', line: 14, column: 1 },
      ],
    },
    {
      name: 'a file link resolved against the page URL instead of the file (one folder short)',
      file: 'initiatives/2026-q4/a.mdx',
      files: {
        ...handbook,
        'initiatives/2026-q4/a.mdx': withBody('Builds on [growth](../pillars/growth.mdx).\n'),
      },
      errors: [{ messageId: 'unknown-file', line: 11, column: 11 }],
    },
    {
      name: 'a file link to a missing file',
      file: 'initiatives/a.mdx',
      files: { ...handbook, 'initiatives/a.mdx': withBody('[growth](../pillars/growht.mdx)\n') },
      errors: [{ messageId: 'unknown-file', line: 11, column: 1 }],
    },
    {
      name: 'a file link with a broken fragment',
      file: 'initiatives/2026-q4/a.mdx',
      files: {
        ...handbook,
        'initiatives/2026-q4/a.mdx': withBody(
          'See [the pilot](../2026-q3/tap-to-pay-pilot.mdx#wyh).\n',
        ),
      },
      errors: [{ messageId: 'unknown-fragment', line: 11, column: 5 }],
    },
    {
      name: 'a file link to a content file that has no page',
      file: 'initiatives/a.mdx',
      files: {
        ...handbook,
        'notes/draft.md': '# Draft\n',
        'initiatives/a.mdx': withBody('[draft](../notes/draft.md)\n'),
      },
      errors: [{ messageId: 'no-page', line: 11, column: 1 }],
    },
    {
      name: 'a relative page link that does not resolve',
      file: 'docs/rituals/weekly-review.mdx',
      files: {
        ...handbook,
        'docs/rituals/weekly-review.mdx':
          '---\ntitle: Weekly review\n---\n\n[roadmap](../roadmapp/)\n',
      },
      errors: [{ messageId: 'unknown-route', line: 5, column: 1 }],
    },
  ],
});

it('link-resolves: messages say what was expected, with a suggestion', () => {
  const byFile = runRule(
    linkResolves,
    {
      ...handbook,
      'initiatives/2026-q4/a.mdx': withBody(
        '## Why\n\n[a](/initiatives/tap-to-pay-pilto/) [b](../../pillars/growth.mdx) [c](/initiatives/tap-to-pay-pilot/#wyh) [d](../../pillars/growht.mdx) [e](../2026-q3/tap-to-pay-pilot.mdx#succes-criteria)\n',
      ),
    },
    makeConfig(),
  );
  const messages = byFile.get('initiatives/2026-q4/a.mdx') ?? [];
  expect(messages.map((m) => [m.messageId, m.message, m.hint])).toEqual([
    [
      'unknown-route',
      'Unknown page `/initiatives/tap-to-pay-pilto/`, expected the URL of a handbook page',
      'Did you mean `/initiatives/tap-to-pay-pilot/`? Page URLs end with a slash: `/initiatives/<id>/`, `/pillars/<id>/`.',
    ],
    [
      'unknown-fragment',
      'Unknown fragment `#wyh` on `/initiatives/tap-to-pay-pilot/`, expected the slug of a heading on that page',
      'Did you mean `why`? Heading slugs are lowercase, with spaces turned into hyphens and punctuation removed.',
    ],
    [
      'unknown-file',
      'Unknown file `../../pillars/growht.mdx` (`content/pillars/growht.mdx`), expected the path of a handbook content file',
      'Did you mean `../../pillars/growth.mdx`? File links resolve against the folder of this file (`content/initiatives/2026-q4/`).',
    ],
    [
      'unknown-fragment',
      'Unknown fragment `#succes-criteria` in `../2026-q3/tap-to-pay-pilot.mdx`, expected the slug of a heading in that file',
      'Did you mean `success-criteria`? Heading slugs are lowercase, with spaces turned into hyphens and punctuation removed.',
    ],
  ]);
  expect(messages[2]?.expected).toEqual(['../../pillars/growth.mdx']);
  expect(messages[1]?.related).toEqual([
    {
      file: 'content/initiatives/2026-q3/tap-to-pay-pilot.mdx',
      place: { start: { line: 1, column: 1 } },
      message: 'page `/initiatives/tap-to-pay-pilot/` is defined here',
    },
  ]);
});
