import type { BlockContent, RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { isCommentOnly } from '../../linter/engine/mdx-comments.ts';
import { mdxSafe } from '../../linter/rules/mdx-safe.ts';
import { parseContentFile } from '../../linter/engine/parse.ts';
import { brief, makeConfig, ruleTester } from './rule-tester.ts';

// `brief()` puts 7 fields between the fences: the body starts on line 11.
const body = (text: string): string => brief({}, text);
const doc = (text: string): string => `---\ntitle: Principles\n---\n\n${text}`;
// A doc importing Starlight's components: the body starts on line 7.
const starlight = (
  text: string,
  names = 'Aside, Badge, Card, CardGrid, Code, FileTree, Icon, LinkButton, LinkCard, Steps, TabItem, Tabs',
): string => doc(`import { ${names} } from '@astrojs/starlight/components';\n\n${text}`);

ruleTester(mdxSafe, {
  valid: [
    { name: 'plain Markdown brief', code: brief() },
    {
      name: 'an MDX comment',
      code: body('## Why\n\n{/* a note for reviewers */}\n\nText {/* inline */} here.\n'),
    },
    {
      name: 'a suppression comment and a line comment',
      code: body('{/* handbook-disable-next-line brief-why */}\n\n{// note\n}\n'),
    },
    {
      name: 'an allowed component with a literal prop',
      code: body('<Badge text="New" variant="tip" />\n'),
      config: { mdx: { components: ['Badge'] } },
    },
    {
      name: 'a boolean prop on an allowed component',
      code: body('<Badge large>Hi</Badge>\n'),
      config: { mdx: { components: ['Badge'] } },
    },
    {
      name: 'safe HTML',
      code: body(
        '<details>\n<summary>More</summary>\n\nPress <kbd>Ctrl</kbd> and <abbr title="Service level objective">SLO</abbr>.\n</details>\n',
      ),
    },
    {
      name: 'safe links and images',
      code: body(
        '[a](https://example.com) [b](./other.mdx) ![c](./c.png) [d](mailto:a@b.c) [f](#why) [g](/roadmap/)\n\n[e]: https://example.com/javascript:\n',
      ),
    },
    {
      name: 'a srcset of relative candidates',
      code: body('<img src="a.png" srcset="a.png 1x, b.png 2x" />\n'),
    },
    { name: 'a fragment', code: body('<>Text</>\n') },
    {
      name: 'docs importing from Starlight',
      file: 'docs/principles.mdx',
      code: doc(
        'import { Card, CardGrid } from \'@astrojs/starlight/components\';\n\n<CardGrid>\n  <Card title="Focus" icon="star">Few bets.</Card>\n</CardGrid>\n',
      ),
    },
    {
      name: 'docs with a namespace import',
      file: 'docs/principles.mdx',
      code: doc(
        'import * as S from \'@astrojs/starlight/components\';\n\n<S.Aside type="tip">Hi</S.Aside>\n',
      ),
    },
    {
      name: 'docs using a component before its import',
      file: 'docs/a.mdx',
      code: doc("<Aside>Hi</Aside>\n\nimport { Aside } from '@astrojs/starlight/components'\n"),
    },
    {
      name: 'docs with a configured docs module',
      file: 'docs/a.mdx',
      code: doc('import { Chart } from \'~/components/chart.astro\'\n\n<Chart title="x" />\n'),
      config: { mdx: { docsImports: ['~/components/chart.astro'] } },
    },
    {
      name: 'docs: every Starlight component with its documented props',
      file: 'docs/a.mdx',
      code: starlight(
        [
          '<Aside type="caution" title="Careful" icon="warning">Text</Aside>',
          '<Badge text="New" variant="tip" size="large" />',
          '<CardGrid stagger>',
          '  <Card title="Focus, not breadth" icon="star">Few bets.</Card>',
          '  <LinkCard title="Roadmap" href="/roadmap/" description="What ships when." />',
          '</CardGrid>',
          '<LinkButton href="https://example.com" variant="secondary" icon="external" iconPlacement="start">Go</LinkButton>',
          '<Icon name="seti:json" label="JSON" size="1.5rem" />',
          '<Tabs syncKey="os">',
          '  <TabItem label="macOS" icon="apple">One</TabItem>',
          '</Tabs>',
          '<Steps>',
          '1. First',
          '</Steps>',
          '<FileTree>',
          '- content/',
          '</FileTree>',
          '<Code code="npm run lint" lang="sh" title="Lint" frame="terminal" mark="lint" wrap />',
          '',
        ].join('\n'),
      ),
    },
    {
      name: 'docs: a renamed import keeps its table',
      file: 'docs/a.mdx',
      code: starlight('<C title="Hi">x</C>\n', 'Card as C'),
    },
    {
      name: 'docs: a LinkCard with a relative link',
      file: 'docs/a.mdx',
      code: starlight(
        '<LinkCard title="Guide" href="../guides/how-to-write-a-brief/" />\n',
        'LinkCard',
      ),
    },
    { name: 'a body that does not parse is left to mdx-parse', code: body('<div>\n') },
  ],
  invalid: [
    {
      name: 'the malicious brief: import, export and an expression',
      code: body(
        "import { writeFileSync } from 'node:fs'\n\nexport const x = writeFileSync('/tmp/pwned', 'x')\n\n## Why\n\nBecause {process.env.SECRET}.\n",
      ),
      errors: [
        { messageId: 'esm', line: 11, column: 1 },
        { messageId: 'esm', line: 13, column: 1 },
        { messageId: 'expression', line: 17, column: 9 },
      ],
    },
    {
      name: 'one message per ESM node',
      code: body("import a from 'a'\nexport const b = a\n"),
      errors: [{ messageId: 'esm', line: 11, column: 1 }],
    },
    {
      name: 'a flow expression',
      code: body('{writeFileSync("x", "y")}\n'),
      errors: [{ messageId: 'expression', line: 11, column: 1 }],
    },
    {
      name: 'code after a comment',
      code: body('{/* ok */ alert(1)}\n'),
      errors: [{ messageId: 'expression', line: 11, column: 1 }],
    },
    {
      name: 'a component that is not configured',
      code: body('Text <Badge text="x" />\n'),
      errors: [{ messageId: 'component', line: 11, column: 6 }],
    },
    {
      name: 'an expression prop on an allowed component',
      code: body('<Badge text={process.env.SECRET} />\n'),
      config: { mdx: { components: ['Badge'] } },
      errors: [{ messageId: 'attribute', line: 11, column: 8 }],
    },
    {
      name: 'a spread prop on an allowed component',
      code: body('<Badge text="a" {...props} />\n'),
      config: { mdx: { components: ['Badge'] } },
      errors: [{ messageId: 'attribute', line: 11, column: 17 }],
    },
    {
      name: 'a script element',
      code: body('<script>alert(1)</script>\n'),
      errors: [{ messageId: 'html', line: 11, column: 1 }],
    },
    {
      name: 'an iframe inline',
      code: body('See <iframe src="https://evil.example" /> here.\n'),
      errors: [{ messageId: 'html', line: 11, column: 5 }],
    },
    {
      name: 'an image with onerror',
      code: body('<img src="x.png" onerror="alert(1)" />\n'),
      errors: [{ messageId: 'attribute', line: 11, column: 18 }],
    },
    {
      name: 'a style attribute',
      code: body('<div style="position:fixed">x</div>\n'),
      errors: [{ messageId: 'attribute', line: 11, column: 6 }],
    },
    {
      name: 'set:html on a component',
      code: body('<Badge set:html="<b>x</b>" />\n'),
      config: { mdx: { components: ['Badge'] } },
      errors: [{ messageId: 'attribute', line: 11, column: 8 }],
    },
    {
      name: 'a javascript: link',
      code: body('[x](javascript:alert(1))\n'),
      errors: [{ messageId: 'unsafe-url', line: 11, column: 1 }],
    },
    {
      name: 'a javascript: link with spaces and capitals',
      code: body('Go [x]( JAVASCRIPT:alert(1))\n'),
      errors: [{ messageId: 'unsafe-url', line: 11, column: 4 }],
    },
    {
      name: 'a data: image',
      code: body('![x](data:image/svg+xml;base64,PHN2Zz4=)\n'),
      errors: [{ messageId: 'unsafe-url', line: 11, column: 1 }],
    },
    {
      name: 'a vbscript: definition',
      code: body('[x][y]\n\n[y]: vbscript:msgbox\n'),
      errors: [{ messageId: 'unsafe-url', line: 13, column: 1 }],
    },
    {
      name: 'an entity-encoded javascript: href',
      code: body('<a href="&#106;avascript:alert(1)">x</a>\n'),
      errors: [{ messageId: 'unsafe-url', line: 11, column: 4 }],
    },
    {
      name: 'a file: link (not on any blocklist)',
      code: body('[x](file:///etc/passwd)\n'),
      errors: [{ messageId: 'unsafe-url', line: 11, column: 1 }],
    },
    {
      name: 'an ms-msdt: link',
      code: body('[x](ms-msdt:/id%20PCWDiagnostic)\n'),
      errors: [{ messageId: 'unsafe-url', line: 11, column: 1 }],
    },
    {
      name: 'an image loaded over mailto:',
      code: body('![x](mailto:a@b.c)\n'),
      errors: [{ messageId: 'unsafe-url', line: 11, column: 1 }],
    },
    {
      name: 'a srcset candidate with a descriptor',
      code: body('<img src="a.png" srcset="a.png 1x, javascript:x 2x" />\n'),
      errors: [{ messageId: 'unsafe-url', line: 11, column: 18 }],
    },
    {
      name: 'a javascript: href on an allowed component',
      code: body('<Card href="javascript:alert(1)" />\n'),
      config: { mdx: { components: ['Card'] } },
      errors: [{ messageId: 'unsafe-url', line: 11, column: 7 }],
    },
    {
      name: 'a pillar is checked too',
      file: 'pillars/growth.mdx',
      code: '---\ntitle: G\n---\n\n{1 + 1}\n',
      errors: [{ messageId: 'expression', line: 5, column: 1 }],
    },
    {
      name: 'vision answers are checked too',
      file: 'vision/alex.mdx',
      code: '---\nrespondent: A\n---\n\nexport const a = 1\n',
      errors: [{ messageId: 'esm', line: 5, column: 1 }],
    },
    {
      name: 'docs importing from node:fs',
      file: 'docs/principles.mdx',
      code: doc("import { writeFileSync } from 'node:fs'\n"),
      errors: [{ messageId: 'import', line: 5, column: 1 }],
    },
    {
      name: 'docs: an allowed import and an export in one block',
      file: 'docs/principles.mdx',
      code: doc(
        'import { Card } from \'@astrojs/starlight/components\'\nexport const meta = 1\n\n<Card title="a" />\n',
      ),
      errors: [{ messageId: 'esm', line: 6, column: 1 }],
    },
    {
      name: 'docs: a component that was not imported',
      file: 'docs/principles.mdx',
      code: doc('<Tabs>x</Tabs>\n'),
      errors: [{ messageId: 'component', line: 5, column: 1 }],
    },
    {
      name: 'docs: an expression prop on an imported component',
      file: 'docs/principles.mdx',
      code: doc(
        "import { Card } from '@astrojs/starlight/components'\n\n<Card title={fetch('https://x')} />\n",
      ),
      errors: [{ messageId: 'attribute', line: 7, column: 7 }],
    },
    {
      name: 'docs: LinkButton spreads unknown props onto <a>: target, download, onclick, style, class',
      file: 'docs/a.mdx',
      code: starlight(
        '<LinkButton href="/x/" target="_blank" download="x" onclick="alert(1)" style="position:fixed" class="sl-hidden">Go</LinkButton>\n',
        'LinkButton',
      ),
      errors: [
        { messageId: 'prop', line: 7, column: 24 },
        { messageId: 'prop', line: 7, column: 40 },
        { messageId: 'attribute', line: 7, column: 53 },
        { messageId: 'attribute', line: 7, column: 72 },
        { messageId: 'attribute', line: 7, column: 95 },
      ],
    },
    {
      name: 'docs: a lowercase onmouseover on a LinkCard',
      file: 'docs/a.mdx',
      code: starlight('<LinkCard title="x" href="/x/" onmouseover="alert(1)" />\n', 'LinkCard'),
      errors: [{ messageId: 'attribute', line: 7, column: 32 }],
    },
    {
      name: 'docs: markup in props Card and LinkCard render with set:html',
      file: 'docs/a.mdx',
      code: starlight(
        '<Card title="<img src=x onerror=alert(1)>">x</Card>\n<LinkCard title="a &lt;b&gt;" href="/x/" description="<script>alert(1)</script>" />\n',
        'Card, LinkCard',
      ),
      errors: [
        { messageId: 'html-prop', line: 7, column: 7 },
        { messageId: 'html-prop', line: 8, column: 11 },
        { messageId: 'html-prop', line: 8, column: 42 },
      ],
    },
    {
      name: 'docs: URL props through the allowlist (href on LinkCard and LinkButton)',
      file: 'docs/a.mdx',
      code: starlight(
        '<LinkCard title="x" href="file:///etc/passwd" />\n<LinkButton href=" javascript:alert(1)">Go</LinkButton>\n',
        'LinkCard, LinkButton',
      ),
      errors: [
        { messageId: 'unsafe-url', line: 7, column: 21 },
        { messageId: 'unsafe-url', line: 8, column: 13 },
      ],
    },
    {
      name: 'docs: values outside a prop’s set',
      file: 'docs/a.mdx',
      code: starlight(
        '<Aside type="evil">x</Aside>\n<Icon name="star" size="1em;background:url(x)" />\n<Badge text="x" variant />\n',
        'Aside, Icon, Badge',
      ),
      errors: [
        { messageId: 'prop-value', line: 7, column: 8 },
        { messageId: 'prop-value', line: 8, column: 19 },
        { messageId: 'prop-value', line: 9, column: 17 },
      ],
    },
    {
      name: 'docs: Icon color is written into a style and is not documented here',
      file: 'docs/a.mdx',
      code: starlight('<Icon name="star" color="red;position:fixed" />\n', 'Icon'),
      errors: [{ messageId: 'prop', line: 7, column: 19 }],
    },
    {
      name: 'docs: a namespace import is checked against the table too',
      file: 'docs/a.mdx',
      code: doc(
        'import * as S from \'@astrojs/starlight/components\';\n\n<S.LinkCard title="x" href="/x/" rel="opener" />\n',
      ),
      errors: [{ messageId: 'prop', line: 7, column: 34 }],
    },
    {
      name: 'docs: an undocumented export of the Starlight module',
      file: 'docs/a.mdx',
      code: starlight('<Widget />\n', 'Widget'),
      errors: [{ messageId: 'component', line: 7, column: 1 }],
    },
    {
      name: 'docs: an expression',
      file: 'docs/a.mdx',
      code: doc('Today is {new Date().toString()}.\n'),
      errors: [{ messageId: 'expression', line: 5, column: 10 }],
    },
    {
      name: 'an expression nested in an allowed element',
      code: body('<details>\n<summary>More</summary>\n\n{secret}\n</details>\n'),
      errors: [{ messageId: 'expression', line: 14, column: 1 }],
    },
  ],
});

describe('isCommentOnly', () => {
  it.each([
    ['', true],
    ['  ', true],
    ['/* a */', true],
    [' /* a */ /* b */\n', true],
    ['// a\n', true],
    ['/* a */ x', false],
    ['/* unclosed', false],
    ['x /* a */', false],
    ['/a/', false],
  ])('%j → %s', (code, expected) => {
    expect(isCommentOnly(code)).toBe(expected);
  });

  // Its time is in the bench (`bench/pathological.ts`); here only the answers.
  it('answers on a huge input', () => {
    expect(isCommentOnly('/*'.repeat(2_000_000))).toBe(false);
    expect(isCommentOnly(`/* ${'*'.repeat(5_000_000)}`)).toBe(false);
    expect(isCommentOnly(`${' '.repeat(5_000_000)}x`)).toBe(false);
  });
});

describe('mdx-safe on deep trees', () => {
  it('does not overflow the stack on a deeply nested tree', () => {
    const file = parseContentFile(
      'content/initiatives/deep.mdx',
      'initiatives/deep.mdx',
      brief({}, '[x](javascript:alert(1))\n'),
    );
    // Parsing deep nesting is slow, so deepen the parsed tree: 100k blockquotes around the link.
    let node: RootContent = file.tree?.children[1] as RootContent;
    for (let i = 0; i < 100_000; i++)
      node = { type: 'blockquote', children: [node as BlockContent] };
    file.tree = { type: 'root', children: [node] };
    const ids: string[] = [];
    mdxSafe.checkFile?.(file, (_message, options) => ids.push(options.messageId), makeConfig());
    expect(ids).toEqual(['unsafe-url']);
  });
});
