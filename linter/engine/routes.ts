/**
 * The strategy views' URLs (pages that exist whatever the content) and link normalisation.
 * Content files' routes are in the content model (`core/collections.ts`, `routeOf`). The
 * linter checks links against both; the site builds the same routes.
 */
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

/** Normalises a link target for comparison: no query, trailing slash on pages. */
export function normaliseRoute(path: string): string {
  const bare = path.split('?')[0] ?? path;
  if (bare === '' || bare.endsWith('/') || /\.[a-z0-9]+$/i.test(bare)) return bare;
  return `${bare}/`;
}
