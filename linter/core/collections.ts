/**
 * The content model in one table: every collection's name, folder under `content/`, file
 * types, how its files are matched, how a file's id is made, its zod schema and its site route.
 * Lint (`collectionOf`, `idOf`, `frontmatter-schema`, `link-resolves`), the site
 * (`site/content.config.ts` loops over {@link contentModel}, page links), `strategy.json` and
 * the scaffolder all read this table; `tests/core/collections.test.ts` keeps it in step with
 * the sample and the site. A new collection is one row here plus its schema module.
 */
import { slug } from 'github-slugger';
import type { z } from 'zod';
import { docSchema, docsCollectionSchema } from '../schema/docs.ts';
import { initiativeSchema } from '../schema/initiative.ts';
import { northStarSchema } from '../schema/north-star.ts';
import { pillarSchema } from '../schema/pillar.ts';
import { gapSchema, visionAnswerSchema } from '../schema/vision.ts';

/** The file types every collection accepts; `.md` is CommonMark, `.mdx` is MDX. */
export const contentExtensions = ['.md', '.mdx'] as const;

/** One collection of the handbook. */
export interface CollectionSpec<S extends z.ZodType = z.ZodType> {
  /** The folder under `content/` (POSIX). */
  folder: string;
  /** POSIX glob of its files, relative to {@link folder}. */
  pattern: string;
  /** Whether a path relative to `content/` belongs to it (checked in table order). */
  matches: RegExp;
  /**
   * `name`: the id is the file name without extension (briefs filed in quarter folders keep
   * short ids); `path`: the path below the folder, as Starlight routes docs.
   */
  idRule: 'name' | 'path';
  /** The frontmatter schema lint validates with (the site uses the same one). */
  schema: S;
  /** The page a file of this collection is published on, or undefined when it has none. */
  route(id: string, siteId: string): string | undefined;
}

/**
 * The table, in matching order: `gaps` before `vision`, because gaps live inside `vision/`.
 * Order is also the order Astro lists the collections in.
 */
export const contentModel = {
  northStar: {
    folder: 'strategy',
    pattern: 'north-star.{md,mdx}',
    matches: /^strategy\/north-star\.mdx?$/,
    idRule: 'name',
    schema: northStarSchema,
    route: () => '/',
  },
  pillars: {
    folder: 'pillars',
    pattern: '*.{md,mdx}',
    matches: /^pillars\/[^/]*\.mdx?$/,
    idRule: 'name',
    schema: pillarSchema,
    route: (id) => `/pillars/${id}/`,
  },
  initiatives: {
    folder: 'initiatives',
    pattern: '**/*.{md,mdx}',
    matches: /^initiatives\/.*\.mdx?$/,
    idRule: 'name',
    schema: initiativeSchema,
    route: (id) => `/initiatives/${id}/`,
  },
  gaps: {
    folder: 'vision/gaps',
    pattern: '*.{md,mdx}',
    matches: /^vision\/gaps\/[^/]*\.mdx?$/,
    idRule: 'name',
    schema: gapSchema,
    route: () => '/vision/',
  },
  vision: {
    folder: 'vision',
    pattern: '*.{md,mdx}',
    matches: /^vision\/[^/]*\.mdx?$/,
    idRule: 'name',
    schema: visionAnswerSchema,
    route: () => '/vision/',
  },
  docs: {
    folder: 'docs',
    pattern: '**/*.{md,mdx}',
    matches: /^docs\/.*\.mdx?$/,
    idRule: 'path',
    schema: docSchema,
    // Starlight routes docs by their site id: content/docs/a/b.mdx → /a/b/, a/index.mdx → /a/.
    route: (_id, siteId) => {
      const path = siteId.replace(/^index$/, '');
      return path === '' ? '/' : `/${path}/`;
    },
  },
} as const satisfies Record<string, CollectionSpec>;

export type CollectionName = keyof typeof contentModel;

/** Every collection name, in table order. */
export const collectionNames = Object.keys(contentModel) as CollectionName[];

/** The schema of each collection, keyed by name (what lint validates with). */
export const collections: { [K in CollectionName]: (typeof contentModel)[K]['schema'] } =
  Object.fromEntries(collectionNames.map((name) => [name, contentModel[name].schema])) as {
    [K in CollectionName]: (typeof contentModel)[K]['schema'];
  };

/** The schema the site gives `defineCollection`: docs need Starlight's image context. */
export const siteSchemaOf = {
  ...collections,
  docs: docsCollectionSchema,
} as const;

/** Where each collection lives under `content/` (POSIX globs, relative to `content/`). */
export const collectionGlobs: Record<CollectionName, { base: string; pattern: string }> =
  Object.fromEntries(
    collectionNames.map((name) => [
      name,
      { base: contentModel[name].folder, pattern: contentModel[name].pattern },
    ]),
  ) as Record<CollectionName, { base: string; pattern: string }>;

/**
 * Which collection a content file belongs to, from its path relative to `content/`
 * (POSIX separators). Returns undefined for files outside every collection.
 */
export function collectionOf(relativePath: string): CollectionName | undefined {
  const path = relativePath.replace(/^\.\//, '');
  return collectionNames.find((name) => contentModel[name].matches.test(path));
}

/** The id of a content file: its file name without extension. */
export function idOf(relativePath: string): string {
  const name = relativePath.split('/').pop() ?? relativePath;
  return name.replace(/\.mdx?$/, '');
}

/**
 * The id the site gives a content file: its file name without extension, slugged as Astro's
 * glob loader slugs ids (github-slugger: lower case, punctuation and `#` dropped); collections
 * whose id rule is `path` (strategy docs) keep their folders (`strategy/principles`) because
 * Starlight routes them by path.
 */
export function siteIdOf(relativePath: string): string {
  const collection = collectionOf(relativePath);
  if (collection === undefined || contentModel[collection].idRule === 'name')
    return slug(idOf(relativePath));
  const folder = new RegExp(`^${contentModel[collection].folder}/`);
  const segments = relativePath
    .replace(/^\.\//, '')
    .replace(folder, '')
    .replace(/\.mdx?$/i, '')
    .split('/');
  return (
    segments
      .map((segment) => slug(segment))
      .join('/')
      .replace(/(?:^|\/)index$/, '') || 'index'
  );
}

/**
 * The URL path (without the base path) of a content file, or undefined when it has no page of
 * its own. `contentPath` is relative to `content/`; `id` is the file's lint id.
 */
export function routeOf(
  collection: CollectionName | undefined,
  contentPath: string,
  id: string,
): string | undefined {
  if (collection === undefined) return undefined;
  return contentModel[collection].route(id, siteIdOf(contentPath));
}

/** The page of a brief (`/initiatives/<id>/`). */
export const briefRoute = (id: string): string => contentModel.initiatives.route(id);
/** The page of a pillar (`/pillars/<id>/`). */
export const pillarRoute = (id: string): string => contentModel.pillars.route(id);
