/**
 * The site URL of every content file, and of the strategy views. The linter checks
 * links against these; the site builds the same routes.
 */
import { siteIdOf } from '../schema/index.ts';
import type { CollectionName } from '../schema/index.ts';
import { ruleIds } from './types.ts';

/** Pages that exist whatever the content: the strategy views. */
export const viewRoutes: readonly string[] = [
  '/',
  '/initiatives/',
  '/roadmap/',
  '/vision/',
  '/health/',
  '/diagnostic/',
  '/strategy.json',
  '/reference/rules/',
  ...ruleIds.map((id) => `/reference/rules/${id}/`),
];

/** The URL path of a content file, or undefined when it has no page of its own. */
export function routeOf(collection: CollectionName | undefined, contentPath: string, id: string): string | undefined {
  switch (collection) {
    case 'initiatives':
      return `/initiatives/${id}/`;
    case 'pillars':
      return `/pillars/${id}/`;
    case 'northStar':
      return '/';
    case 'vision':
    case 'gaps':
      return '/vision/';
    case 'docs': {
      // Starlight routes docs by their site id: content/docs/a/b.mdx → /a/b/, a/index.mdx → /a/.
      const slug = siteIdOf(contentPath).replace(/^index$/, '');
      return slug === '' ? '/' : `/${slug}/`;
    }
    default:
      return undefined;
  }
}

/** Normalises a link target for comparison: no query, trailing slash on pages. */
export function normaliseRoute(path: string): string {
  const bare = path.split('?')[0] ?? path;
  if (bare === '' || bare.endsWith('/') || /\.[a-z0-9]+$/i.test(bare)) return bare;
  return `${bare}/`;
}
