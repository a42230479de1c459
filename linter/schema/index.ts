/**
 * The content model: every collection of the handbook, in one import.
 * The single source of truth for `site/content.config.ts` and the linter; never imports Astro.
 */
import { slug } from 'github-slugger';
import type { z } from 'zod';
import { docSchema } from './docs.ts';
import { initiativeSchema } from './initiative.ts';
import { northStarSchema } from './north-star.ts';
import { pillarSchema } from './pillar.ts';
import { gapSchema, visionAnswerSchema } from './vision.ts';

export * from './common.ts';
export * from './docs.ts';
export * from './initiative.ts';
export * from './north-star.ts';
export * from './pillar.ts';
export * from './vision.ts';

/** The collections, keyed by the name the site and the linter use. */
export const collections = {
  northStar: northStarSchema,
  pillars: pillarSchema,
  initiatives: initiativeSchema,
  vision: visionAnswerSchema,
  gaps: gapSchema,
  docs: docSchema,
} as const satisfies Record<string, z.ZodType>;

export type CollectionName = keyof typeof collections;

/** Where each collection lives under `content/` (POSIX globs, relative to `content/`). */
export const collectionGlobs: Record<CollectionName, { base: string; pattern: string }> = {
  northStar: { base: 'strategy', pattern: 'north-star.{md,mdx}' },
  pillars: { base: 'pillars', pattern: '*.{md,mdx}' },
  initiatives: { base: 'initiatives', pattern: '**/*.{md,mdx}' },
  vision: { base: 'vision', pattern: '*.{md,mdx}' },
  gaps: { base: 'vision/gaps', pattern: '*.{md,mdx}' },
  docs: { base: 'docs', pattern: '**/*.{md,mdx}' },
};

/**
 * Which collection a content file belongs to, from its path relative to `content/`
 * (POSIX separators). Returns undefined for files outside every collection.
 */
export function collectionOf(relativePath: string): CollectionName | undefined {
  const path = relativePath.replace(/^\.\//, '');
  if (!/\.mdx?$/.test(path)) return undefined;
  if (/^strategy\/north-star\.mdx?$/.test(path)) return 'northStar';
  if (/^pillars\/[^/]+$/.test(path)) return 'pillars';
  if (path.startsWith('initiatives/')) return 'initiatives';
  if (/^vision\/gaps\/[^/]+$/.test(path)) return 'gaps';
  if (/^vision\/[^/]+$/.test(path)) return 'vision';
  if (path.startsWith('docs/')) return 'docs';
  return undefined;
}

/**
 * The id the site gives a content file: its file name without extension, slugged as Astro's
 * glob loader slugs ids (github-slugger: lower case, punctuation and `#` dropped); strategy
 * docs keep their folders (`strategy/principles`) because Starlight routes them by path.
 */
export function siteIdOf(relativePath: string): string {
  if (collectionOf(relativePath) !== 'docs') return slug(idOf(relativePath));
  const segments = relativePath.replace(/^\.\//, '').replace(/^docs\//, '').replace(/\.mdx?$/i, '').split('/');
  return segments.map((segment) => slug(segment)).join('/').replace(/(?:^|\/)index$/, '') || 'index';
}

/** The id of a content file: its file name without extension. */
export function idOf(relativePath: string): string {
  const name = relativePath.split('/').pop() ?? relativePath;
  return name.replace(/\.mdx?$/, '');
}
