/**
 * The Markdown twin of a body (linter/render/render-markdown.ts) on hostile bodies: what the
 * site serves as `/initiatives/<id>.md` holds no MDX code, no raw HTML and no dangerous URL, so
 * an assistant or a Markdown viewer that renders it runs nothing. The output is parsed again as
 * CommonMark + GFM (how a reader of `.md` sees it) and searched, besides the plain-text checks.
 */
import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { parseContentFile } from '../../linter/engine/parse.ts';
import { renderMarkdown } from '../../linter/render/render-markdown.ts';

function markdownOf(body: string, ext: 'mdx' | 'md' = 'mdx', resolveUrl?: (url: string) => string) {
  const file = parseContentFile(
    `content/initiatives/x.${ext}`,
    `initiatives/x.${ext}`,
    `---\ntitle: X\n---\n${body}`,
  );
  if (!file.tree) throw new Error(`does not parse: ${file.problems.mdx?.message}`);
  const before = JSON.stringify(file.tree);
  const markdown = renderMarkdown(file.tree, { resolveUrl });
  expect(JSON.stringify(file.tree), 'the parsed tree is not mutated').toBe(before);
  return markdown;
}

const reader = unified().use(remarkParse).use(remarkGfm);

function nodesOf(markdown: string): Nodes[] {
  const found: Nodes[] = [];
  const stack: Nodes[] = [reader.parse(markdown) as Root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    found.push(node);
    if ('children' in node) stack.push(...(node.children as Nodes[]));
  }
  return found;
}

/** What a Markdown reader would treat as live: raw HTML, or a link or image with a script URL. */
function liveParts(markdown: string): string[] {
  return nodesOf(markdown).flatMap((node) => {
    if (node.type === 'html') return [`html ${node.value}`];
    if (
      (node.type === 'link' || node.type === 'image' || node.type === 'definition') &&
      !/^(?:https?:|mailto:|\/|#|\.)/i.test(node.url)
    )
      return [`${node.type} ${node.url}`];
    return [];
  });
}

describe('renderMarkdown', () => {
  const hostile = [
    'import x from "y"',
    'export const leak = process.env',
    '{process.exit()}',
    '<script>alert(1)</script>',
    '<img src="x" onerror="alert(1)" />',
    '<a href="javascript:alert(1)">click</a>',
    '[click](javascript:alert(1))',
    '![pic](javascript:alert(1))',
    '[ref]: javascript:alert(1)\n\n[ref]',
    '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  ].join('\n\n');

  it('drops ESM, expressions, script, event handlers and script URLs from MDX', () => {
    const markdown = markdownOf(`## Why\n\nBecause.\n\n${hostile}\n\nAfter.`);
    expect(liveParts(markdown)).toEqual([]);
    for (const text of [
      'import',
      'export',
      'process',
      '<script',
      'alert(1)',
      'onerror',
      'javascript:',
      'srcdoc',
    ])
      expect(markdown, text).not.toContain(text);
    expect(markdown).toContain('## Why');
    expect(markdown).toContain('Because.');
    expect(markdown).toContain('After.');
    // JSX keeps its text content, as the HTML page does.
    expect(markdown).toContain('click');
  });

  it('drops raw HTML from .md bodies', () => {
    const markdown = markdownOf(
      `Text\n\n<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\nInline <b onclick="alert(1)">bold</b> end.`,
      'md',
    );
    expect(liveParts(markdown)).toEqual([]);
    for (const text of ['<script', 'onerror', 'onclick', '<b'])
      expect(markdown, text).not.toContain(text);
    expect(markdown).toContain('Inline bold end.');
  });

  it('escapes text that would read as HTML or a link', () => {
    const markdown = markdownOf('A \\<script> and \\[x](javascript:alert(1)) as text.', 'md');
    expect(liveParts(markdown)).toEqual([]);
    expect(nodesOf(markdown).filter((node) => node.type === 'link')).toEqual([]);
  });

  it('keeps GFM (tables, task lists, strikethrough, footnotes) and safe links', () => {
    const markdown = markdownOf(
      '## Success criteria\n\n- [ ] p95 under 900 ms\n- ~~old~~ new\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\nSee [docs](https://example.com) and a note.[^1]\n\n[^1]: The note.',
    );
    expect(markdown).toContain('- [ ] p95 under 900 ms');
    expect(markdown).toContain('~~old~~');
    expect(markdown).toMatch(/\| a +\| b +\|/);
    expect(markdown).toContain('[docs](https://example.com)');
    expect(markdown).toContain('[^1]: The note.');
  });

  it('publishes links as the site serves them', () => {
    const markdown = markdownOf('See [the pillar](../pillars/growth.mdx#why).', 'mdx', (url) =>
      url === '../pillars/growth.mdx#why' ? '/handbook/pillars/growth/#why' : url,
    );
    expect(markdown).toContain('[the pillar](/handbook/pillars/growth/#why)');
  });

  it('gives an empty string for an empty body', () => {
    expect(markdownOf('')).toBe('');
    expect(markdownOf('{/* only a comment */}')).toBe('');
  });
});
