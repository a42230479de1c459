/**
 * The non-executing render pipeline (linter/render/render-body.ts) on hostile bodies: whatever a
 * brief holds, the HTML the site publishes has no script, no event handler, no `style`, no
 * dangerous URL and no MDX evaluated. Each case is an exploit that would run in a reader's
 * browser if it passed through; the output is parsed (hast) and searched, not pattern-matched.
 */
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { parseContentFile } from '../../linter/engine/parse.ts';
import { renderBody } from '../../linter/render/render-body.ts';

function render(body: string, ext: 'mdx' | 'md' = 'mdx') {
  const file = parseContentFile(
    `content/initiatives/x.${ext}`,
    `initiatives/x.${ext}`,
    `---\ntitle: X\n---\n${body}`,
  );
  if (!file.tree) throw new Error(`does not parse: ${file.problems.mdx?.message}`);
  return renderBody(file.tree);
}

function elements(html: string): Element[] {
  const found: Element[] = [];
  const stack: (Root | Element | Root['children'][number])[] = [fromHtml(html, { fragment: true })];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === 'element') found.push(node);
    if ('children' in node) stack.push(...node.children);
  }
  return found;
}

/** Everything in the output that could run script or load a dangerous URL. */
function liveParts(html: string): string[] {
  const live: string[] = [];
  for (const element of elements(html)) {
    if (
      ['script', 'iframe', 'object', 'embed', 'style', 'link', 'meta', 'base', 'form'].includes(
        element.tagName,
      )
    )
      live.push(`<${element.tagName}>`);
    for (const [name, value] of Object.entries(element.properties)) {
      if (/^on/i.test(name) || name === 'style' || name === 'srcDoc')
        live.push(`${element.tagName}[${name}]`);
      if (
        ['href', 'src', 'action', 'formAction', 'poster'].includes(name) &&
        /^\s*(?:javascript|vbscript|data|file|ms-msdt):/i.test(String(value))
      )
        live.push(`${element.tagName}[${name}=${String(value)}]`);
    }
  }
  return live;
}

describe('renderBody', () => {
  it.each([
    ['raw <script> in MDX', '<script>alert(1)</script>'],
    ['an event handler on a safe element', '<img src="x" onerror="alert(1)" />'],
    ['an inline style', '<span style="position:fixed;inset:0">overlay</span>'],
    ['an iframe with srcdoc', '<iframe srcdoc="<script>alert(1)</script>"></iframe>'],
    ['a javascript: link', '[click](javascript:alert(1))'],
    ['a javascript: link with tabs and case', '[click](JaVa\tScRiPt:alert(1))'],
    ['a data: image', '![x](data:text/html,<script>alert(1)</script>)'],
    ['a file: link', '[passwd](file:///etc/passwd)'],
    ['an ms-msdt: link', '[help](ms-msdt:/id PCWDiagnostic)'],
    ['a javascript: definition', '[x][d]\n\n[d]: javascript:alert(1)'],
    ['an expression in a footnote (GFM)', 'See[^x].\n\n[^x]: {alert(1)}'],
    ['a form posting elsewhere', '<form action="https://evil.example/"><button>go</button></form>'],
    ['a <base> hijacking relative links', '<base href="https://evil.example/" />'],
  ])('publishes %s inert', (_name, body) => {
    expect(liveParts(render(body).html)).toEqual([]);
  });

  it('never evaluates MDX: expressions and ESM are dropped, not printed or run', () => {
    const { html } = render(
      'import fs from "node:fs"\n\nexport const x = 1\n\nValue: {globalThis.leak = 1}.',
    );
    expect((globalThis as { leak?: unknown }).leak).toBeUndefined();
    expect(html).toBe('<p>Value: .</p>');
  });

  it('drops raw HTML in .md files (CommonMark + GFM, not MDX) and keeps the text', () => {
    const { html } = render(
      'Before <script>alert(1)</script> <b onclick="x()">bold</b> after {kept as text}',
      'md',
    );
    expect(liveParts(html)).toEqual([]);
    expect(html).toBe('<p>Before alert(1) bold after {kept as text}</p>');
  });

  it('keeps safe Markdown: emphasis, links, tables, footnotes with working in-page links', () => {
    const { html } = render(
      'A *b* [c](https://example.org/c) and [d](../pillars/p.mdx).\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nNote[^n].\n\n[^n]: The note.',
    );
    const found = elements(html);
    expect(
      found.find((e) => e.tagName === 'a' && e.properties['href'] === 'https://example.org/c'),
    ).toBeDefined();
    expect(found.some((e) => e.tagName === 'table')).toBe(true);
    const ref = found.find((e) => e.properties['dataFootnoteRef'] !== undefined);
    const target = String(ref?.properties['href']).slice(1);
    expect(found.some((e) => e.properties['id'] === target)).toBe(true);
  });

  it('gives headings the ids Starlight links to, and reports them', () => {
    const { html, headings } = render(
      '## Why now?\n\ntext\n\n## Success criteria\n\n- a\n\n## Why now?',
    );
    expect(headings).toEqual([
      { depth: 2, slug: 'why-now', text: 'Why now?' },
      { depth: 2, slug: 'success-criteria', text: 'Success criteria' },
      { depth: 2, slug: 'why-now-1', text: 'Why now?' },
    ]);
    expect(html).toContain('<h2 id="why-now">');
  });

  it('does not let content ids clobber page globals (ids are prefixed)', () => {
    const { html } = render('<div id="starlight__search">x</div>');
    expect(elements(html).find((e) => e.tagName === 'div')?.properties['id']).toBe(
      'user-content-starlight__search',
    );
  });

  it('rewrites URLs through resolveUrl, and the result is still sanitized', () => {
    const file = parseContentFile(
      'content/initiatives/x.mdx',
      'initiatives/x.mdx',
      '---\ntitle: X\n---\n[a](./a.mdx) [b](./b.mdx)',
    );
    const { html } = renderBody(file.tree!, {
      resolveUrl: (url) => (url === './a.mdx' ? '/base/initiatives/a/' : 'javascript:alert(1)'),
    });
    expect(html).toBe('<p><a href="/base/initiatives/a/">a</a> <a>b</a></p>');
  });
});
