/**
 * The built sample's Markdown twins and `/llms.txt`: a `.md` beside every brief, pillar and
 * view, each brief's header facts equal to its frontmatter (read from the content file, not
 * from the build), every llms.txt link a file in dist, the llms.txt shape (H1, blockquote, H2
 * sections of link lists), HTML pages pointing at their twins, and the roadmap and health twins
 * counting what their HTML pages count.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { List, Nodes, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, inject, it } from 'vitest';
import { parseContentFile } from '../../linter/engine/parse.ts';
import { idOf } from '../../linter/schema/index.ts';
import { kindLabels, statusLabels } from '../../linter/core/labels.ts';
import type { Initiative } from '../../linter/schema/initiative.ts';
import { repoRoot } from '../setup/site-dir.ts';

const siteDir = inject('siteDir');
const read = (path: string): string => readFileSync(join(siteDir, path), 'utf8');
const parse = (markdown: string): Root =>
  unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;

function contentFiles(folder: string): { id: string; path: string }[] {
  const dir = join(repoRoot, 'content', folder);
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((f) => /\.mdx?$/.test(f))
    .map((f) => ({
      id: idOf(f.replaceAll('\\', '/')),
      path: `${folder}/${f.replaceAll('\\', '/')}`,
    }));
}

function frontmatterOf(contentPath: string): Record<string, unknown> {
  const file = parseContentFile(
    `content/${contentPath}`,
    contentPath,
    readFileSync(join(repoRoot, 'content', contentPath)),
  );
  return (file.frontmatter?.ok ? file.frontmatter.value : {}) as Record<string, unknown>;
}

const day = (value: unknown): string =>
  value instanceof Date ? value.toISOString().slice(0, 10) : String(value);

/** `Label: value` per item of the header's fact list (the first list of the twin). */
function factsOf(tree: Root): Map<string, { text: string; links: string[] }> {
  const list = tree.children.find((node): node is List => node.type === 'list');
  const facts = new Map<string, { text: string; links: string[] }>();
  for (const item of list?.children ?? []) {
    const text = toString(item);
    const colon = text.indexOf(': ');
    facts.set(text.slice(0, colon), { text: text.slice(colon + 2), links: linksOf(item) });
  }
  return facts;
}

function linksOf(node: Nodes): string[] {
  const found: string[] = [];
  const stack: Nodes[] = [node];
  for (let n = stack.pop(); n; n = stack.pop()) {
    if (n.type === 'link') found.push(n.url);
    if ('children' in n) stack.push(...(n.children as Nodes[]));
  }
  return found.reverse();
}

/** The blocks under the H2 `title`, up to the next H2. */
function section(tree: Root, title: string): RootContent[] {
  const start = tree.children.findIndex(
    (n) => n.type === 'heading' && n.depth === 2 && toString(n).startsWith(title),
  );
  if (start < 0) return [];
  const end = tree.children.findIndex((n, i) => i > start && n.type === 'heading' && n.depth === 2);
  return tree.children.slice(start + 1, end < 0 ? undefined : end);
}

const briefs = contentFiles('initiatives');
const pillars = contentFiles('pillars');

describe('Markdown twins of the built sample', () => {
  it('has a .md beside every brief, pillar and view page', () => {
    expect(briefs.length).toBeGreaterThan(10);
    for (const { id } of briefs)
      expect(existsSync(join(siteDir, 'initiatives', `${id}.md`)), id).toBe(true);
    for (const { id } of pillars)
      expect(existsSync(join(siteDir, 'pillars', `${id}.md`)), id).toBe(true);
    for (const view of ['index', 'initiatives', 'roadmap', 'vision', 'health', 'changes'])
      expect(existsSync(join(siteDir, `${view}.md`)), view).toBe(true);
  });

  it("gives each brief's header the facts of its frontmatter, then the body", () => {
    for (const { id, path } of briefs) {
      const data = frontmatterOf(path) as unknown as Initiative;
      const tree = parse(read(`initiatives/${id}.md`));
      expect(tree.children[0], id).toMatchObject({ type: 'heading', depth: 1 });
      expect(toString(tree.children[0]!)).toBe(data.title.replace(/\s+/g, ' ').trim());
      const facts = factsOf(tree);
      const status = statusLabels[data.status];
      expect(facts.get('Status')?.text, id).toBe(
        data.status === 'deprioritized' ? `${status} (reason: ${data.reason})` : status,
      );
      expect(facts.get('Owner')?.text).toBe(data.owner);
      expect(facts.get('Quarter')?.text).toBe(data.quarter);
      expect(facts.get('Kind')?.text).toBe(kindLabels[data.kind]);
      expect(facts.get('Pillar')?.links).toEqual([`/pillars/${data.pillar}.md`]);
      expect(facts.get('Depends on')?.links).toEqual(
        (data.dependsOn ?? []).map((dep) => `/initiatives/${dep}.md`),
      );
      expect(facts.get('Reviewed')?.text).toBe(data.reviewed ? day(data.reviewed) : 'never');
      if (data.risk) expect(facts.get('Risk')?.text).toBe(data.risk);
      // The body follows: the lint-required sections, success criteria as a list.
      const headings = tree.children
        .filter((n) => n.type === 'heading' && n.depth === 2)
        .map((n) => toString(n).toLowerCase());
      expect(
        headings.some((h) => h.startsWith('why')),
        id,
      ).toBe(true);
      expect(
        section(tree, 'Success criteria').some((n) => n.type === 'list'),
        id,
      ).toBe(true);
    }
  });

  it('shapes /llms.txt as llmstxt.org says: H1, blockquote, then H2 sections of link lists', () => {
    const tree = parse(read('llms.txt'));
    expect(tree.children[0]).toMatchObject({ type: 'heading', depth: 1 });
    expect(toString(tree.children[0]!)).toBe('Strategy Handbook');
    expect(tree.children[1]?.type).toBe('blockquote');
    expect(toString(tree.children[1]!)).toContain('North Star');
    // Between the summary and the first H2 only prose; from there on, H2 sections of link lists.
    const firstH2 = tree.children.findIndex((n, i) => i > 0 && n.type === 'heading');
    for (const node of tree.children.slice(2, firstH2)) expect(node.type).toBe('paragraph');
    const rest = tree.children.slice(firstH2);
    const sections = rest.filter((n) => n.type === 'heading').map((n) => toString(n));
    expect(sections.slice(0, 4)).toEqual(['Strategy', 'Pillars', 'Initiatives', 'Views']);
    for (const node of rest) {
      if (node.type === 'heading') expect(node.depth).toBe(2);
      else {
        expect(node.type).toBe('list');
        for (const item of (node as List).children) {
          const paragraph = item.children[0];
          expect(paragraph?.type).toBe('paragraph');
          const first = paragraph?.type === 'paragraph' ? paragraph.children[0] : undefined;
          expect(first?.type, toString(item)).toBe('link');
          expect(toString(item)).toMatch(/^[^:]+.*: \S/);
        }
      }
    }
    expect(section(tree, 'Initiatives').flatMap(linksOf)).toHaveLength(briefs.length);
    expect(section(tree, 'Pillars').flatMap(linksOf)).toHaveLength(pillars.length);
  });

  it('links only to files in dist from /llms.txt and from every twin', () => {
    const twins = [
      'llms.txt',
      'index.md',
      'roadmap.md',
      'health.md',
      'initiatives.md',
      'vision.md',
      `initiatives/${briefs[0]!.id}.md`,
    ];
    for (const twin of twins) {
      for (const url of linksOf(parse(read(twin)))) {
        expect(url, twin).toMatch(/^\//);
        const path = decodeURIComponent(url.split('#')[0]!);
        const file = path.endsWith('/') ? join(path, 'index.html') : path;
        expect(existsSync(join(siteDir, file)), `${twin} → ${url}`).toBe(true);
      }
    }
  });

  it('points every page with a twin at it (rel=alternate, text/markdown)', () => {
    const pages = [
      '',
      'initiatives',
      'roadmap',
      'vision',
      'health',
      'changes',
      `initiatives/${briefs[0]!.id}`,
      `pillars/${pillars[0]!.id}`,
    ];
    for (const page of pages) {
      const html = read(join(page, 'index.html'));
      const href = /<link rel="alternate" type="text\/markdown" href="([^"]+)"/.exec(html)?.[1];
      expect(href, page).toBe(page === '' ? '/index.md' : `/${page}.md`);
    }
    expect(read('diagnostic/index.html')).not.toContain('text/markdown');
  });

  it('counts on /roadmap.md what /roadmap/ shows, quarter by quarter', () => {
    const html = read('roadmap/index.html');
    const tree = parse(read('roadmap.md'));
    const quarters = [...html.matchAll(/<h2 id="q-(\d{4}-Q\d)"/g)].map((m) => m[1]!);
    expect(quarters.length).toBeGreaterThan(1);
    for (const [index, quarter] of quarters.entries()) {
      const start = html.indexOf(`id="q-${quarter}"`);
      const end =
        index + 1 < quarters.length ? html.indexOf(`id="q-${quarters[index + 1]}"`) : html.length;
      const inHtml = (html.slice(start, end).match(/<li data-status=/g) ?? []).length;
      const inMarkdown = section(tree, quarter)
        .filter((n): n is List => n.type === 'list')
        .reduce((sum, list) => sum + list.children.length, 0);
      expect(inMarkdown, quarter).toBe(inHtml);
    }
  });

  it('counts on /health.md what /health/ shows, problems first', () => {
    const html = read('health/index.html');
    const rows = [
      ...html.matchAll(
        /<tr data-indicator="([^"]+)"[^>]*>[\s\S]*?<a href="#[^"]+"[^>]*>([^<]+)<\/a>[\s\S]*?<td[^>]*>\s*(\d+)/g,
      ),
    ].map((m) => ({
      name: m[2]!.replaceAll('&amp;', '&'),
      count: Number(m[3]),
    }));
    expect(rows.length).toBe(8);
    const tree = parse(read('health.md'));
    const table = section(tree, 'All indicators').find((n) => n.type === 'table');
    expect(table?.type).toBe('table');
    const cells =
      table?.type === 'table'
        ? table.children.slice(1).map((row) => row.children.map((c) => toString(c)))
        : [];
    expect(cells.map(([name, count]) => ({ name, count: Number.parseInt(count!, 10) }))).toEqual(
      rows,
    );
    const problems = /<h2 id="problems">([^<]+)<\/h2>/.exec(html)?.[1];
    expect(toString(tree.children[2]!)).toBe(problems);
  });
});
