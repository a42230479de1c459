import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintContentFile } from '../../linter/engine/lint-file.ts';
import {
  DELIMITER_BUDGET,
  MAX_BLOCK_LINES,
  MAX_BRACKETS_PER_BLOCK,
  MAX_DELIMITERS,
  MAX_LINES,
  MAX_NESTING,
  SETEXT_BUDGET,
} from '../../linter/engine/guards.ts';
import { brokenCodeSpanHint, mdxParse } from '../../linter/rules/mdx-parse.ts';
import { makeConfig, ruleTester } from './rule-tester.ts';

const fm = '---\ntitle: A\n---\n\n';
/** The most delimiters one paragraph may hold on its own (the budget is their count squared). */
const perParagraph = Math.floor(Math.sqrt(DELIMITER_BUDGET));
const nested = (levels: number) =>
  Array.from({ length: levels }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n');

ruleTester(mdxParse, {
  valid: [
    {
      name: 'a paragraph of as many lines as a block may hold',
      code: `${fm}${'xxx www.example.com\n'.repeat(MAX_BLOCK_LINES)}`,
    },
    { name: 'many short paragraphs', code: `${fm}${'xxx xxx\n\n'.repeat(5_000)}` },
    { name: 'plain text', code: `${fm}Text.\n` },
    { name: `${MAX_NESTING} list levels on one line`, code: `${fm}${'- '.repeat(MAX_NESTING)}x\n` },
    { name: `${MAX_NESTING} indented list levels`, code: `${fm}${nested(MAX_NESTING)}\n` },
    { name: 'quotes and lists mixed, 20 levels', code: `${fm}${'> - '.repeat(10)}x\n` },
    {
      name: 'many flat lists and dedented paragraphs',
      code: `${fm}${`${nested(40)}\n\nBack to text.\n\n`.repeat(5)}`,
    },
    { name: 'a few setext headings', code: `${fm}Title\n=====\n\nText\n---\n` },
    {
      name: 'escaped brackets do not count',
      code: `${fm}${'\\['.repeat(MAX_BRACKETS_PER_BLOCK + 5)}\n`,
    },
    {
      name: 'brackets spread over paragraphs',
      code: `${fm}${`${'['.repeat(MAX_BRACKETS_PER_BLOCK / 2)}\n\n`.repeat(3)}`,
    },
    { name: 'thematic breaks after blank lines', code: `${fm}${'Text\n\n---\n\n'.repeat(2_000)}` },
    {
      name: 'prose with emphasis, strikethrough, code and links',
      code: `${fm}${'Some *emphasis*, **strong**, ~~gone~~, `code` and [a link](/x/) in snake_case.\n\n'.repeat(500)}`,
    },
    {
      name: `${perParagraph.toLocaleString('en-US')} emphasis runs in one paragraph (the budget)`,
      code: `${fm}${'*a'.repeat(perParagraph)}\n`,
    },
    {
      name: 'escaped delimiters do not count',
      code: `${fm}${'\\*a\\_b\\~c\\]'.repeat(perParagraph)}\n`,
    },
  ],
  invalid: [
    {
      name: 'one paragraph of more lines than a block may hold (GFM revisits them)',
      code: `${fm}${'xxx www.example.com\n'.repeat(MAX_BLOCK_LINES + 1)}`,
      errors: [{ messageId: 'too-complex', line: 5 + MAX_BLOCK_LINES, column: 1 }],
    },
    {
      name: 'an unclosed tag',
      code: `${fm}<Note>\n`,
      errors: [{ messageId: 'syntax', line: 5, column: 1 }],
    },
    {
      name: 'a code span broken by a blank line, `<` after it',
      code: `${fm}Use \`Option\n\n<T>\` here.\n`,
      errors: [{ messageId: 'syntax', line: 7, column: 1 }],
    },
    {
      name: 'list markers on one line over the limit',
      code: `${fm}${'- '.repeat(2_000)}x\n`,
      errors: [{ messageId: 'too-deep', line: 5, column: MAX_NESTING * 2 + 1 }],
    },
    {
      name: 'quote markers on one line over the limit',
      code: `${fm}${'>'.repeat(100_000)} x\n`,
      errors: [{ messageId: 'too-deep', line: 5, column: MAX_NESTING + 1 }],
    },
    {
      name: 'ordered markers on one line',
      code: `${fm}${'1. '.repeat(MAX_NESTING + 1)}x\n`,
      errors: [{ messageId: 'too-deep', line: 5, column: MAX_NESTING * 3 + 1 }],
    },
    {
      name: 'indented list levels over the limit',
      code: `${fm}${nested(400)}\n`,
      errors: [{ messageId: 'too-deep', line: 5 + MAX_NESTING, column: MAX_NESTING * 2 + 1 }],
    },
    // Every second line underlines the one before; the budget allows SETEXT_BUDGET / lines of them.
    {
      name: 'an unclosed fence then many `-- ` lines (setext headings)',
      code: `---\n${'-- \n'.repeat(3_000)}`,
      errors: [
        { messageId: 'too-complex', line: 2 * (Math.floor(SETEXT_BUDGET / 3_002) + 1), column: 1 },
      ],
    },
    {
      name: 'brackets in one paragraph over the limit',
      code: `${fm}${'['.repeat(MAX_BRACKETS_PER_BLOCK + 1)}\n`,
      errors: [{ messageId: 'too-complex', line: 5, column: MAX_BRACKETS_PER_BLOCK + 1 }],
    },
    {
      name: 'emphasis openers and closers `*a` in one paragraph',
      code: `${fm}${'*a'.repeat(perParagraph + 1)}\n`,
      errors: [{ messageId: 'too-complex', line: 5, column: 2 * perParagraph + 1 }],
    },
    {
      name: 'emphasis runs in a `.md` file (CommonMark + GFM parser)',
      file: 'docs/x.md',
      code: `${fm}${'*a'.repeat(perParagraph + 1)}\n`,
      errors: [{ messageId: 'too-complex', line: 5, column: 2 * perParagraph + 1 }],
    },
    {
      name: 'emphasis closers `a*`',
      code: `${fm}${'a*'.repeat(perParagraph + 1)}\n`,
      errors: [{ messageId: 'too-complex', line: 5, column: 2 * perParagraph + 2 }],
    },
    {
      name: 'strong `**a` (a run counts once)',
      code: `${fm}${'**a'.repeat(perParagraph + 1)}\n`,
      errors: [{ messageId: 'too-complex', line: 5, column: 3 * perParagraph + 1 }],
    },
    {
      name: 'strikethrough `~~a`',
      code: `${fm}${'~~a'.repeat(perParagraph + 1)}\n`,
      errors: [{ messageId: 'too-complex', line: 5, column: 3 * perParagraph + 1 }],
    },
    {
      name: 'underscores ` _a`',
      code: `${fm}${' _a'.repeat(perParagraph + 1)}\n`,
      errors: [{ messageId: 'too-complex', line: 5, column: 3 * perParagraph + 2 }],
    },
    {
      name: 'backticks `` `a ``',
      code: `${fm}${'`a'.repeat(perParagraph + 1)}\n`,
      errors: [{ messageId: 'too-complex', line: 5, column: 2 * perParagraph + 1 }],
    },
    {
      name: 'label ends without starts `](a`',
      code: `${fm}${'](a'.repeat(perParagraph + 1)}\n`,
      errors: [{ messageId: 'too-complex', line: 5, column: 3 * perParagraph + 1 }],
    },
    {
      name: 'footnote calls `[^a]`',
      code: `${fm}${'[^a]'.repeat(perParagraph + 1)}\n`,
      errors: [{ messageId: 'too-complex', line: 5, column: 4 * perParagraph + 4 }],
    },
    {
      name: 'an escaped backslash does not escape the `*` after it (`\\\\*a`)',
      code: `${fm}${'\\\\*a'.repeat(perParagraph + 1)}\n`,
      errors: [{ messageId: 'too-complex', line: 5, column: 4 * perParagraph + 3 }],
    },
    {
      name: 'a `*` after an escaped `*` starts a run (`\\**a`)',
      code: `${fm}${'\\**a'.repeat(perParagraph + 1)}\n`,
      errors: [{ messageId: 'too-complex', line: 5, column: 4 * perParagraph + 3 }],
    },
    {
      name: 'the runs of one paragraph over several lines',
      code: `${fm}${'*a\n'.repeat(perParagraph + 1)}`,
      errors: [{ messageId: 'too-complex', line: 5 + perParagraph, column: 1 }],
    },
    {
      name: `over ${MAX_DELIMITERS.toLocaleString('en-US')} delimiters in short paragraphs`,
      code: `${fm}${'*a* *b*\n\n'.repeat(MAX_DELIMITERS / 4 + 1)}`,
      errors: [{ messageId: 'too-complex', line: 5 + (MAX_DELIMITERS / 4) * 2, column: 1 }],
    },
    {
      name: 'a NUL byte: a binary file, at its position',
      code: new TextEncoder().encode(`${fm}Text\u0000more.\n`),
      errors: [{ messageId: 'not-text', line: 5, column: 5 }],
    },
    {
      name: 'a symbolic link under `content/` is refused, not read',
      engine: true,
      files: { 'initiatives/real.md': `${fm}Text.\n` },
      prepare: (content) => symlinkSync('real.md', join(content, 'initiatives', 'link.mdx')),
      file: 'initiatives/link.mdx',
      errors: [{ messageId: 'symlink', line: 1, column: 1 }],
    },
    {
      name: 'a `node_modules` folder under `content/`',
      engine: true,
      files: { 'docs/a.md': `${fm}Text.\n` },
      prepare: (content) =>
        mkdirSync(join(content, 'docs', 'node_modules', 'pkg'), { recursive: true }),
      file: 'docs/node_modules',
      errors: [{ messageId: 'node-modules', line: 1, column: 1 }],
    },
    {
      name: 'a FIFO named `.mdx` is never opened',
      engine: true,
      files: { 'docs/a.md': `${fm}Text.\n` },
      prepare: (content) => execFileSync('mkfifo', [join(content, 'docs', 'pipe.mdx')]),
      file: 'docs/pipe.mdx',
      errors: [{ messageId: 'special', line: 1, column: 1 }],
    },
    {
      name: 'a file too large to read (a 3 GiB sparse file)',
      engine: true,
      files: { 'docs/a.md': `${fm}Text.\n` },
      prepare: (content) => {
        writeFileSync(join(content, 'docs', 'huge.mdx'), '');
        truncateSync(join(content, 'docs', 'huge.mdx'), 3 * 2 ** 30);
      },
      file: 'docs/huge.mdx',
      errors: [{ messageId: 'unreadable', line: 1, column: 1 }],
    },
    {
      name: 'too many lines',
      code: `${fm}${'a\n'.repeat(MAX_LINES)}`,
      errors: [{ messageId: 'too-large', line: MAX_LINES + 1, column: 1 }],
    },
  ],
});

it('a guard skips the body rules but keeps the frontmatter rules', () => {
  const source = `---\ntitle: A\ntitle: B\n---\n\n${'- '.repeat(2_000)}x\n`;
  const { messages } = lintContentFile(
    'content/initiatives/x.mdx',
    'initiatives/x.mdx',
    source,
    makeConfig(),
  );
  const ids = messages.map((m) => `${m.ruleId}/${m.messageId}`);
  expect(ids).toContain('mdx-parse/too-deep');
  expect(ids).toContain('frontmatter-yaml/duplicate-key');
  expect(messages.find((m) => m.messageId === 'too-deep')?.message).toContain(
    `${MAX_NESTING} levels`,
  );
});

describe('the hint of a syntax error fits its cause', () => {
  const syntaxOf = (body: string, file = 'docs/x.mdx') =>
    lintContentFile(`content/${file}`, file, `${fm}${body}`, makeConfig())
      .messages.filter((m) => m.ruleId === 'mdx-parse')
      .map((m) => ({ at: `${m.line}:${m.column}`, message: m.message, hint: m.hint }));

  it('a code span broken by a blank line: the `<` after the break is read as a tag; join the lines, not escape', () => {
    expect(syntaxOf('Use `x\n\n<T>` here.\n')).toEqual([
      {
        at: '7:1',
        message:
          'Invalid MDX: Expected a closing tag for `<T>` (7:1-7:4) before the end of `paragraph`',
        hint: brokenCodeSpanHint,
      },
    ]);
    expect(brokenCodeSpanHint).not.toMatch(/escape/i);
  });

  it('a code span whose `<` ends the line before the break', () => {
    expect(syntaxOf('The type `Vec<\n\nT>` is split.\n')).toEqual([
      {
        at: '5:15',
        message:
          'Invalid MDX: Unexpected end of file before name, expected a character that can start a name, such as a letter, `$`, or `_`',
        hint: brokenCodeSpanHint,
      },
    ]);
  });

  it('a code span broken by a list item', () => {
    expect(syntaxOf('- Use `Map<K,\n- V>` here.\n').map((m) => m.hint)).toEqual([
      brokenCodeSpanHint,
    ]);
  });

  it('a code span across a plain line break is fine (CommonMark allows it)', () => {
    expect(syntaxOf('Use `Map<K,\nV>` and `{a}` here.\n')).toEqual([]);
  });

  it('a stray `<` or an unclosed tag outside code keeps the escape hint', () => {
    const [message] = syntaxOf('Latency < 900 ms and <details for more.\n');
    expect(message?.hint).toBe(
      'In MDX, `<` starts a tag and `{` starts an expression: close every tag, or escape them as `\\<` and `\\{` in prose.',
    );
    expect(syntaxOf('Text in `code` then <Note>\n')[0]?.hint).not.toBe(brokenCodeSpanHint);
  });
});
