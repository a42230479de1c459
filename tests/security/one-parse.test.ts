/**
 * Properties: the linter and the site agree on what a file is.
 * - Frontmatter split: whenever the linter accepts a frontmatter block, Astro's own split (the one
 *   `@astrojs/mdx` applies when it compiles a strategy doc) finds the same YAML and the same body.
 * - YAML values and body: the site's loader stores exactly the linter's parse (same data, same body).
 * - Headings: every section heading the rules read is on the rendered page, in order.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { handbookLoader } from '../../linter/build/content-loader.ts';
import { parseContentFile } from '../../linter/engine/parse.ts';
import { sectionsOf } from '../../linter/engine/sections.ts';
import { renderBody } from '../../linter/render/render-body.ts';

const runs = Number(process.env['HANDBOOK_PROPERTY_RUNS'] ?? 300);

/** Lines that stress a frontmatter split: fences, near-fences, TOML fences, blanks, YAML. */
const line = fc.oneof(
  fc.constantFrom(
    '---',
    '--- ',
    '---x: 1',
    '----',
    '+++',
    '+++x',
    ' ---',
    '',
    ' ',
    'title: T',
    'a: |',
    '  ---',
    '  body',
    '"x',
    'x"',
    '# c',
    '{1}',
    '## Why',
  ),
  fc.string({ maxLength: 8 }),
);
const file = fc
  .tuple(fc.array(line, { maxLength: 12 }), fc.constantFrom('\n', '\r\n'), fc.boolean())
  .map(([lines, eol, bom]) => (bom ? '\uFEFF' : '') + lines.join(eol));

describe('one parse for lint and site', () => {
  it('splits frontmatter as Astro does whenever the linter accepts the block', () => {
    fc.assert(
      fc.property(file, (source) => {
        const parsed = parseContentFile('content/docs/p.mdx', 'docs/p.mdx', source);
        // An implication, not a skip: a refused block fails lint and nothing is built, which is the
        // safe outcome (most random blocks are refused, too many for fc.pre).
        if (!parsed.frontmatter?.ok) return;
        let astro: ReturnType<typeof parseFrontmatter>;
        try {
          astro = parseFrontmatter(source.replace(/^\uFEFF/, ''));
        } catch {
          // js-yaml refuses what `yaml` accepted: the build fails and nothing runs — a safe outcome,
          // not a skipped case.
          return;
        }
        expect(astro.rawFrontmatter.replace(/^[^\n]*\n/, '').replace(/\r/g, '')).toBe(
          parsed.frontmatter.yaml.replace(/\r/g, ''),
        );
        const body = parsed.source.slice(parsed.bodyOffset);
        expect(astro.content.replace(/^[ \t]*\r?\n?/, '')).toBe(body);
      }),
      { numRuns: runs * 4 },
    );
  }, 120_000);

  it('stores the linter’s own YAML values and body for every file the loader publishes', async () => {
    const root = mkdtempSync(join(tmpdir(), 'handbook-one-parse-'));
    try {
      mkdirSync(join(root, 'content', 'vision', 'gaps'), { recursive: true });
      const sources = fc.sample(
        fc.tuple(
          fc.string({ maxLength: 30 }),
          fc.string({ maxLength: 60 }),
          fc.constantFrom('md', 'mdx'),
        ),
        40,
      );
      const written = new Map<string, string>();
      sources.forEach(([title, body, ext], index) => {
        const source = `---\ntitle: ${JSON.stringify(title)}\nquestion: customer\nowner: "@a"\nstatus: open\nopened: 2026-01-0${(index % 9) + 1}\n---\n${body}\n`;
        writeFileSync(join(root, 'content', 'vision', 'gaps', `g${index}.${ext}`), source);
        written.set(`g${index}`, `content/vision/gaps/g${index}.${ext}`);
      });
      const stored = new Map<
        string,
        {
          data: Record<string, unknown>;
          body?: string | undefined;
          rendered?: { html: string } | undefined;
        }
      >();
      await handbookLoader('gaps', { root }).load({
        store: {
          get: (id) => stored.get(id) as never,
          set: (entry) => Boolean(stored.set(entry.id, entry)),
          delete: (id) => void stored.delete(id),
          keys: () => stored.keys(),
          addModuleImport: () => {},
        },
        parseData: async ({ data }) => data,
        generateDigest: (value) => String(value.length),
        logger: { warn: () => {}, error: () => {} },
      });
      for (const [id, path] of written) {
        const parsed = parseContentFile(
          path,
          path.slice('content/'.length),
          Buffer.from(await import('node:fs').then((fs) => fs.readFileSync(join(root, path)))),
        );
        const entry = stored.get(id);
        if (!parsed.frontmatter?.ok || !parsed.tree || parsed.problems.mdx) {
          expect(entry).toBeUndefined();
          continue;
        }
        expect(entry?.data).toEqual(parsed.frontmatter.value);
        expect(entry?.body).toBe(parsed.source.slice(parsed.bodyOffset));
        expect(entry?.rendered?.html).toBe(renderBody(parsed.tree).html);
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('renders every section heading the rules read, in order', () => {
    const heading = fc.tuple(
      fc.integer({ min: 1, max: 6 }),
      fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ?&*_<>{}]{0,20}$/),
    );
    const block = fc.oneof(
      heading.map(([depth, text]) => `${'#'.repeat(depth)} ${text}`),
      fc.constantFrom(
        'Text.',
        '- item',
        '> quote',
        '```\n## not a heading\n```',
        '<details>\n\n## Inside\n\n</details>',
      ),
    );
    fc.assert(
      fc.property(
        fc.array(block, { maxLength: 10 }),
        fc.constantFrom('mdx', 'md'),
        (blocks, ext) => {
          const parsed = parseContentFile(
            `content/initiatives/x.${ext}`,
            `initiatives/x.${ext}`,
            `---\ntitle: X\n---\n${blocks.join('\n\n')}\n`,
          );
          fc.pre(parsed.tree !== undefined);
          if (!parsed.tree) throw new Error('unreachable: fc.pre stops the run');
          // The page sets typographic quotes and dashes (as Astro's Markdown does), so the generated
          // text leaves them out; everything else must be equal.
          const plain = (text: string) => text.replace(/\s+/g, ' ').trim();
          const rendered = renderBody(parsed.tree).headings.map((h) => plain(h.text));
          let cursor = 0;
          for (const section of sectionsOf(parsed.tree)) {
            const at = rendered.indexOf(plain(section.title), cursor);
            expect(at, `section "${section.title}" is not on the page`).toBeGreaterThanOrEqual(0);
            cursor = at + 1;
          }
        },
      ),
      { numRuns: runs },
    );
  });
});
