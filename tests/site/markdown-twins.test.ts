/**
 * The Markdown twins' builders (site/lib/markdown/*) without Astro: where twins live, and what
 * hostile content can do to them. A title is frontmatter anyone can set in a pull request: with
 * `](javascript:…)`, a newline and `#`, or `<script>`, it must stay text in the header and in
 * /llms.txt — no forged heading, link or HTML. A brief's body goes through the publication (the
 * one parse) into its twin with no ESM, expression, script or event handler left.
 */
import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { parseContentFile } from '../../linter/engine/parse.ts';
import { publicationOf } from '../../linter/render/publication.ts';
import { alignmentHealth } from '../../linter/core/health.ts';
import { healthIndicators } from '../../site/lib/derive/health-indicators.ts';
import { visionPage } from '../../site/lib/derive/vision-page.ts';
import { briefMarkdown, pillarMarkdown } from '../../site/lib/markdown/entries.ts';
import { llmsTxt } from '../../site/lib/markdown/llms-txt.ts';
import { linkMaker, markdownRoute, twinOfPathname } from '../../site/lib/markdown/routes.ts';
import {
  code,
  heading,
  list,
  paragraph,
  table,
  toMarkdown,
} from '../../site/lib/markdown/write.ts';
import {
  homeMarkdown,
  initiativesMarkdown,
  roadmapMarkdown,
} from '../../site/lib/markdown/views.ts';
import { roadmapTimeline } from '../../site/lib/derive/roadmap-timeline.ts';
import { brief, day, pillar } from './fixtures.ts';

const links = { url: linkMaker('/', undefined) };
const parse = (markdown: string): Root =>
  unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;

function nodes(markdown: string): Nodes[] {
  const found: Nodes[] = [];
  const stack: Nodes[] = [parse(markdown)];
  for (let n = stack.pop(); n; n = stack.pop()) {
    found.push(n);
    if ('children' in n) stack.push(...[...(n.children as Nodes[])].reverse());
  }
  return found;
}
const headings = (md: string) =>
  nodes(md)
    .filter((n) => n.type === 'heading')
    .map((n) => toString(n));
const urls = (md: string) =>
  nodes(md).flatMap((n) =>
    n.type === 'link' || n.type === 'image' || n.type === 'definition' ? [n.url] : [],
  );
const html = (md: string) => nodes(md).filter((n) => n.type === 'html');

const hostileTitle =
  'Evil](javascript:alert(1)) [x](javascript:alert(2))\n# Forged heading\n<script>alert(3)</script>';

describe('the escaper', () => {
  const nasty = [
    hostileTitle,
    '# Heading',
    '- item',
    '+ item',
    '1. ordered',
    '3) ordered',
    '> quote',
    '===',
    '***',
    '___',
    '    indented code',
    '```js',
    '`code`',
    '*em* _em_ **strong** ~~del~~',
    '&lt;script&gt; &amp; &#x3C;',
    '<http://evil.example> <a@b.c>',
    'https://evil.example and www.evil.example and mail a@evil.example',
    'javascript:alert(1)',
    '[ref]: https://evil.example',
    '[^1] and [^1]: note',
    'a | b | c',
    'back\\slash \\',
    'trailing hash #',
    '![img](x)',
    '{expression} <Component />',
  ];

  it.each(nasty)(
    'keeps %j as plain text in a paragraph, a list item, a heading and a table cell',
    (value) => {
      const expected = value.replace(/\s+/g, ' ').trim();
      const blocks = {
        paragraph: paragraph(value),
        list: list([[value]]),
        heading: heading(2, value),
        table: table(['A'], [[value]]),
      };
      for (const [name, block] of Object.entries(blocks)) {
        const tree = parse(toMarkdown([block]));
        expect(tree.children, name).toHaveLength(1);
        // A GFM autolink literal is the one link text may become: it shows its own address.
        const types = nodes(toMarkdown([block]))
          .filter(
            (n) =>
              !(
                n.type === 'link' &&
                n.url
                  .replace(/^(?:mailto:|https?:\/\/)/, '')
                  .endsWith(toString(n).replace(/^(?:https?:\/\/)/, ''))
              ),
          )
          .filter((n, i, all) => !(n.type === 'text' && all[i - 1]?.type === 'link'))
          .map((n) => n.type);
        const allowed = {
          paragraph: ['root', 'paragraph', 'text'],
          list: ['root', 'list', 'listItem', 'paragraph', 'text'],
          heading: ['root', 'heading', 'text'],
          table: ['root', 'table', 'tableRow', 'tableCell', 'text'],
        }[name]!;
        expect(
          types.filter((t) => !allowed.includes(t)),
          `${name}: ${toMarkdown([block])}`,
        ).toEqual([]);
        const textOf =
          name === 'table'
            ? toString((tree.children[0] as { children: Nodes[] }).children[1]!)
            : toString(tree);
        expect(textOf, name).toBe(expected);
      }
    },
  );

  it('writes inline code with a fence longer than any backtick run inside', () => {
    expect(
      nodes(toMarkdown([paragraph(code('a `` b'))])).find((n) => n.type === 'inlineCode'),
    ).toMatchObject({ value: 'a `` b' });
  });
});

describe('twin routes', () => {
  it('puts the twin at the page URL with .md for the trailing slash', () => {
    expect(markdownRoute('/initiatives/foo/')).toBe('/initiatives/foo.md');
    expect(markdownRoute('/')).toBe('/index.md');
    expect(markdownRoute('/roadmap/#q')).toBe('/roadmap.md');
  });

  it('finds the twin of a served page under the base, and none for other pages', () => {
    expect(twinOfPathname('/handbook/initiatives/foo/', '/handbook/')).toBe(
      '/handbook/initiatives/foo.md',
    );
    expect(twinOfPathname('/handbook/', '/handbook/')).toBe('/handbook/index.md');
    expect(twinOfPathname('/handbook/health', '/handbook/')).toBe('/handbook/health.md');
    expect(twinOfPathname('/pillars/growth/', '/')).toBe('/pillars/growth.md');
    expect(twinOfPathname('/diagnostic/', '/')).toBeUndefined();
    expect(twinOfPathname('/strategy/principles/', '/')).toBeUndefined();
    expect(twinOfPathname('/initiatives/a/b/', '/')).toBeUndefined();
    expect(twinOfPathname('/roadmap/', '/handbook/')).toBeUndefined();
  });

  it('makes links absolute with a site URL, root-relative under the base without', () => {
    expect(linkMaker('/handbook/', 'https://org.github.io')('/roadmap.md')).toBe(
      'https://org.github.io/handbook/roadmap.md',
    );
    expect(linkMaker('/handbook/', undefined)('/roadmap.md')).toBe('/handbook/roadmap.md');
  });
});

describe('brief twin', () => {
  const growth = pillar('growth', { title: 'Growth' });

  it('lists the facts, the deprioritization reason with the status, then the body', () => {
    const markdown = briefMarkdown({
      brief: brief('a', {
        title: 'Cut latency',
        status: 'deprioritized',
        reason: 'Superseded\nby the plan.',
        pillar: 'growth',
        dependsOn: ['b', 'gone'],
      }),
      pillar: growth,
      dependsOn: [
        { id: 'b', brief: brief('b', { title: 'Base work' }) },
        { id: 'gone', brief: undefined },
      ],
      neededBy: [],
      body: '## Why\n\nBecause.\n',
      links,
    });
    expect(markdown).toContain('- **Status:** Deprioritized (reason: Superseded by the plan.)');
    expect(markdown).toContain('- **Pillar:** [Growth](/pillars/growth.md)');
    expect(markdown).toContain('- **Depends on:** [Base work](/initiatives/b.md), gone');
    expect(markdown).toContain('- **Needed by:** none');
    expect(markdown).toContain('- **Reviewed:** never');
    expect(markdown.endsWith('## Why\n\nBecause.\n')).toBe(true);
  });

  it('keeps a hostile title and owner as text: one heading, only the site-made links, no HTML', () => {
    const markdown = briefMarkdown({
      brief: brief('a', {
        title: hostileTitle,
        owner: '@x\n\n[y](javascript:alert(4))',
        pillar: 'growth',
      }),
      pillar: pillar('growth', { title: hostileTitle }),
      dependsOn: [],
      neededBy: [],
      body: '',
      links,
    });
    expect(headings(markdown)).toEqual([hostileTitle.replace(/\s+/g, ' ')]);
    expect(urls(markdown)).toEqual(['/pillars/growth.md', '/initiatives/a/']);
    expect(html(markdown)).toEqual([]);
  });

  it('publishes no ESM, expression, script or event handler from the body', () => {
    const source = [
      '---',
      'title: X',
      '---',
      'import x from "y"',
      '',
      '## Why',
      '',
      'Because {process.exit()} it matters.',
      '',
      '<script>alert(1)</script>',
      '',
      '<img src="x" onerror="alert(1)" />',
      '',
    ].join('\n');
    const publication = publicationOf(
      parseContentFile('content/initiatives/a.mdx', 'initiatives/a.mdx', source),
      '/',
    );
    const body = publication?.rendered?.markdown ?? '';
    const markdown = briefMarkdown({
      brief: brief('a'),
      pillar: undefined,
      dependsOn: [],
      neededBy: [],
      body,
      links,
    });
    for (const text of ['import', 'process', 'exit', '<script', 'alert', 'onerror', '<img'])
      expect(markdown, text).not.toContain(text);
    expect(markdown).toContain('Because  it matters.');
    expect(html(markdown)).toEqual([]);
  });
});

describe('llms.txt', () => {
  it('keeps hostile titles and summaries as the text of one link per entry', () => {
    const txt = llmsTxt({
      northStar: undefined,
      pillars: [pillar('p', { title: hostileTitle, summary: hostileTitle })],
      initiatives: [brief('a', { title: hostileTitle, pillar: 'p' })],
      pillarTitle: () => hostileTitle,
      links,
      full: false,
    });
    expect(headings(txt)).toEqual([
      'Strategy Handbook',
      'Strategy',
      'Pillars',
      'Initiatives',
      'Views',
    ]);
    expect(urls(txt).filter((u) => !u.startsWith('/'))).toEqual([]);
    expect(urls(txt)).toContain('/pillars/p.md');
    expect(urls(txt)).toContain('/initiatives/a.md');
    expect(html(txt)).toEqual([]);
    expect(txt).not.toContain('llms-full');
  });
});

describe('view twins', () => {
  const pillars = [pillar('p', { title: 'P' }), pillar('old', { title: 'Old', status: 'retired' })];
  const briefs = [
    brief('a', { pillar: 'p', quarter: '2026-Q3' }),
    brief('b', { pillar: 'p', quarter: '2026-Q4', status: 'done' }),
  ];

  it('renders home, the index and the roadmap from the derivations given', () => {
    const home = homeMarkdown({
      northStar: undefined,
      narrative: '',
      pillars,
      counts: new Map([
        [
          'p',
          {
            byStatus: { active: 1, proposed: 0, exploratory: 0, done: 1, deprioritized: 0 },
            total: 2,
          },
        ],
      ]),
      initiatives: briefs,
      links,
    });
    expect(home).toContain('[P](/pillars/p.md): One sentence.');
    expect(home).toContain('initiatives: 1 active, 1 done');
    expect(home).toContain('Retired, kept for history: [Old](/pillars/old.md)');
    expect(headings(home)).toContain('Active (1)');
    const index = initiativesMarkdown({ briefs, pillarTitle: () => 'P', links });
    expect(index).toMatch(/\| \[a\]\(\/initiatives\/a\.md\) +\| P +\| 2026-Q3 +\| Active/);
    const roadmap = roadmapMarkdown(roadmapTimeline(briefs, pillars, day('2026-11-01')), links);
    expect(headings(roadmap)).toEqual([
      'Roadmap',
      '2026-Q3 (past)',
      'P',
      '2026-Q4 (current quarter)',
      'P',
    ]);
    expect(pillarMarkdown({ pillar: pillars[0]!, briefs, body: '', links })).toContain(
      '### Done (1)',
    );
  });

  it('shares the health rows and the vision model with the HTML pages', () => {
    const health = alignmentHealth(
      { northStar: undefined, pillars, initiatives: briefs, vision: [], gaps: [] },
      {
        review: { cadenceDays: 180 },
        vision: { checkInDays: 180 },
        techDebt: { capacity: 0.2 },
      } as never,
      day('2026-11-01'),
    );
    const indicators = healthIndicators(health);
    expect(indicators.rows).toHaveLength(8);
    expect(indicators.summary.slice(0, indicators.problems.length)).toEqual(indicators.problems);
    expect(indicators.problems.every((row) => row.count > 0)).toBe(true);
    const page = visionPage([], [], {
      questions: [{ id: 'q', text: 'Why?', aliases: [] }],
      checkInDays: 180,
      now: day('2026-11-01'),
    });
    expect(page).toMatchObject({ leaders: [], openGapCount: 0, unanswered: 0 });
    expect(page.rows).toHaveLength(1);
  });
});
