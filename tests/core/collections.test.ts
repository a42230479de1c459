/**
 * The content model table keeps every place that maps paths to collections in step: each file
 * of the sample belongs to the collection whose folder and pattern hold it, the site's
 * collections are exactly the table's rows with the table's schemas and the handbook loader,
 * and routes and ids follow the table.
 */
import { readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  collectionGlobs,
  collectionNames,
  collectionOf,
  contentModel,
  idOf,
  routeOf,
  siteIdOf,
  siteSchemaOf,
} from '../../linter/core/collections.ts';

vi.mock('astro:content', () => ({ defineCollection: (config: unknown) => config }));
vi.mock('virtual:handbook/root', () => ({ root: '/handbook-root' }));

const repo = resolve(import.meta.dirname, '../..');

function contentFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? contentFiles(join(dir, entry.name))
      : [relative(join(repo, 'content'), join(dir, entry.name)).split(sep).join('/')],
  );
}

/** A minimal glob for the table's patterns: `*`, `**`, `{md,mdx}`. */
function globMatches(pattern: string, path: string): boolean {
  const source = pattern
    .replace(/[.+^$()|[\]\\]/g, '\\$&')
    .replace(/\{([^}]+)\}/g, (_, list: string) => `(?:${list.split(',').join('|')})`)
    .replace(/\*\*\//g, '\u0000')
    .replace(/\*/g, '[^/]*')
    .replace(/\u0000/g, '(?:.*/)?');
  return new RegExp(`^${source}$`).test(path);
}

describe('the content model table', () => {
  const files = contentFiles(join(repo, 'content')).filter((path) => /\.mdx?$/.test(path));

  it('puts every sample file in exactly the collection whose folder and pattern hold it', () => {
    expect(files.length).toBeGreaterThan(20);
    for (const path of files) {
      const collection = collectionOf(path);
      expect(collection, path).toBeDefined();
      const byGlob = collectionNames.filter((name) => {
        const { base, pattern } = collectionGlobs[name];
        return path.startsWith(`${base}/`) && globMatches(pattern, path.slice(base.length + 1));
      });
      // gaps/ lies inside vision/ but vision's pattern does not descend; docs and briefs nest.
      expect(byGlob, path).toEqual([collection]);
    }
    const seen = new Set(files.map(collectionOf));
    expect([...seen].sort()).toEqual([...collectionNames].sort());
  });

  it('rejects paths outside every collection', () => {
    for (const path of [
      'strategy/other.mdx',
      'pillars/nested/x.mdx',
      'vision/gaps/deep/x.mdx',
      'notes/x.mdx',
      'pillars/x.txt',
    ]) {
      expect(collectionOf(path), path).toBeUndefined();
    }
  });

  it('gives ids and routes by the row’s rules', () => {
    expect(idOf('initiatives/2026-q3/cut-latency.mdx')).toBe('cut-latency');
    expect(siteIdOf('docs/strategy/Principles.mdx')).toBe('strategy/principles');
    expect(siteIdOf('docs/index.mdx')).toBe('index');
    expect(routeOf('initiatives', 'initiatives/2026-q3/x.mdx', 'x')).toBe('/initiatives/x/');
    expect(routeOf('pillars', 'pillars/p.mdx', 'p')).toBe('/pillars/p/');
    expect(routeOf('gaps', 'vision/gaps/g.mdx', 'g')).toBe('/vision/');
    expect(routeOf('docs', 'docs/guides/how.mdx', 'how')).toBe('/guides/how/');
    expect(routeOf('docs', 'docs/index.mdx', 'index')).toBe('/');
    expect(routeOf(undefined, 'x.mdx', 'x')).toBeUndefined();
  });

  it('is what site/content.config.ts defines, row by row', async () => {
    const { collections } = (await import('../../site/content.config.ts')) as unknown as {
      collections: Record<string, { loader: { name: string }; schema: unknown }>;
    };
    // Plus Starlight's own `i18n` (UI strings, defined in code, never read from content/).
    expect(Object.keys(collections)).toEqual([...collectionNames, 'i18n']);
    for (const name of collectionNames) {
      expect(collections[name]?.loader.name, name).toBe(`handbook-${name}`);
      expect(collections[name]?.schema, name).toBe(siteSchemaOf[name]);
    }
    expect(siteSchemaOf.initiatives).toBe(contentModel.initiatives.schema);
  });
});
