/**
 * The built sample's search: the handbook's own index step ran (Starlight's is off), every page
 * is in it, and the search box ranks with Starlight's defaults, not Pagefind's.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

const siteDir = inject('siteDir');

describe('the sample site’s search index', () => {
  it('indexes every page that has a body to search', () => {
    const entry = JSON.parse(
      readFileSync(join(siteDir, 'pagefind', 'pagefind-entry.json'), 'utf8'),
    ) as { languages: Record<string, { page_count: number }> };
    const indexed = Object.values(entry.languages).reduce(
      (sum, language) => sum + language.page_count,
      0,
    );
    const pages = (readdirSync(siteDir, { recursive: true, encoding: 'utf8' }) as string[]).filter(
      (f) => f.endsWith('.html') && !f.startsWith('pagefind/'),
    );
    const searchable = pages.filter((f) =>
      readFileSync(join(siteDir, f), 'utf8').includes('data-pagefind-body'),
    );
    expect(searchable.length).toBeGreaterThan(40);
    expect(indexed).toBe(searchable.length);
  });

  it('ships Starlight’s default ranking to the search box', () => {
    const scripts = readdirSync(join(siteDir, '_astro')).filter((f) => f.endsWith('.js'));
    const search = scripts
      .map((f) => readFileSync(join(siteDir, '_astro', f), 'utf8'))
      .find((code) => code.includes('ranking:{'));
    expect(search, 'the search box script').toBeDefined();
    expect(search).toContain(
      'ranking:{pageLength:.1,termFrequency:.1,termSaturation:2,termSimilarity:9,diacriticSimilarity:.8}',
    );
  });
});
