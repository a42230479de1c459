/**
 * The site's content loader: Astro reads the handbook through the linter's own discovery and
 * parse, never through its glob loader, Vite or `@astrojs/mdx`. One frontmatter split, one YAML
 * reading, one zod schema and one micromark configuration decide what a file is, for the rules
 * and for the page alike.
 *
 * - Data files (North Star, pillars, briefs, vision answers, gaps) and every `.md` file are
 *   rendered to sanitized HTML (`render/render-body.ts`) and stored as `rendered`: their bodies
 *   are never compiled or evaluated. Links are published as the site serves them: file links
 *   (`../pillars/x.mdx#why`) become page URLs, and root-relative ones get the base path. The
 *   same tree's cleaned Markdown is written beside the data store (`twin-bodies.ts`, the `.md` twins).
 * - Strategy docs in `.mdx` keep MDX for the allowlisted components: they are stored with
 *   `deferredRender`, and `@astrojs/mdx` compiles them through `remark-mdx-safe.ts`, which
 *   checks the exact tree it compiles before any module is evaluated.
 *
 * Structural types only: the linter does not import Astro.
 */
import { readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { contentHash, linterSourceHash } from '../engine/cache.ts';
import { discoverContent } from '../engine/discover.ts';
import type { FoundFile } from '../engine/discover.ts';
import { parseContentFile } from '../engine/parse.ts';
import { publicationOf, takePublication } from '../render/publication.ts';
import type { RenderedHeading } from '../render/render-body.ts';
import { collectionOf, siteIdOf } from '../core/collections.ts';
import type { CollectionName } from '../core/collections.ts';
import { hasTwinBody, twinBodiesDir, writeTwinBody } from './twin-bodies.ts';

interface StoreEntry {
  id: string;
  data: Record<string, unknown>;
  body?: string | undefined;
  filePath?: string | undefined;
  digest?: string | number | undefined;
  deferredRender?: boolean | undefined;
  rendered?:
    | {
        html: string;
        metadata?:
          { headings?: RenderedHeading[] | undefined; markdown?: string | undefined } | undefined;
      }
    | undefined;
}

interface LoaderContext {
  store: {
    get(id: string): StoreEntry | undefined;
    set(entry: StoreEntry): boolean;
    delete(id: string): void;
    keys(): Iterable<string>;
    addModuleImport(fileName: string): void;
  };
  parseData(props: {
    id: string;
    data: Record<string, unknown>;
    filePath?: string;
  }): Promise<Record<string, unknown>>;
  generateDigest(data: string): string;
  logger: { warn(message: string): void; error(message: string): void };
  /** Astro's resolved config: `base` is the path every page is served under. */
  config?: { base?: string | undefined; cacheDir?: URL | undefined } | undefined;
  /** The collection being loaded. */
  collection?: string | undefined;
  watcher?: { on(event: string, listener: (path: string) => void): unknown } | undefined;
}

export interface HandbookLoaderOptions {
  /** The handbook root (holds `content/`). */
  root: string;
}

/** A loader for one collection of the handbook. */
export function handbookLoader(collection: CollectionName, options: HandbookLoaderOptions) {
  const { root } = options;
  return {
    name: `handbook-${collection}`,
    load: async (context: LoaderContext): Promise<void> => {
      const { files } = await discoverContent(root);
      // A stored entry is reused only if the same bytes went through the same linter and renderer.
      const pipeline = await linterSourceHash();
      const kept = new Set<string>();
      for (const file of files) {
        if (collectionOf(file.contentPath) !== collection) continue;
        const id = await sync(file, context, pipeline);
        if (id) kept.add(id);
      }
      for (const id of [...context.store.keys()]) if (!kept.has(id)) context.store.delete(id);

      // `astro dev`: re-read a changed file the same way (the watcher sees the whole project).
      const contentDir = join(root, 'content') + sep;
      const ids = new Map<string, string>();
      const onChange = async (absolute: string) => {
        if (!absolute.startsWith(contentDir)) return;
        const contentPath = relative(join(root, 'content'), absolute).split(sep).join('/');
        if (collectionOf(contentPath) !== collection) return;
        const previous = ids.get(absolute);
        const id = await sync(
          { absolute, path: `content/${contentPath}`, contentPath },
          context,
          pipeline,
        );
        if (previous && previous !== id) context.store.delete(previous);
        if (id) ids.set(absolute, id);
      };
      context.watcher?.on('change', onChange);
      context.watcher?.on('add', onChange);
      context.watcher?.on('unlink', (absolute) => {
        const contentPath = relative(join(root, 'content'), absolute).split(sep).join('/');
        if (collectionOf(contentPath) === collection) context.store.delete(siteIdOf(contentPath));
      });
    },
  };
}

/** Reads, parses and stores one file; returns its id, or undefined when it cannot be published. */
async function sync(
  file: FoundFile,
  context: LoaderContext,
  pipeline: string,
): Promise<string | undefined> {
  const id = siteIdOf(file.contentPath);
  let bytes: Buffer;
  try {
    bytes = await readFile(file.absolute);
  } catch {
    context.store.delete(id);
    return undefined;
  }
  const base = context.config?.base ?? '/';
  // The base path is part of the rendered links, so a stored entry is reused only for the same base.
  const digest = context.generateDigest(`${pipeline}\n${base}\n${bytes.toString('latin1')}`);
  const existing = context.store.get(id);
  const bodies = context.config?.cacheDir ? twinBodiesDir(context.config.cacheDir) : undefined;
  const collection = context.collection ?? collectionOf(file.contentPath) ?? '';
  if (
    existing?.digest === digest &&
    existing.filePath === file.path &&
    (existing.deferredRender || !bodies || hasTwinBody(bodies, collection, id))
  ) {
    if (existing.deferredRender) context.store.addModuleImport(file.path);
    return id;
  }
  // Made by the build's lint run from these very bytes, or else parsed and rendered here.
  const publication =
    takePublication(file.absolute, contentHash(bytes), base) ??
    publicationOf(parseContentFile(file.path, file.contentPath, bytes), base);
  if (!publication) {
    // The lint run reports it with its position (and stops `astro build`); the page is left out.
    context.logger.error(`${file.path}: not published until \`npm run lint\` passes for it`);
    context.store.delete(id);
    return undefined;
  }
  const data = await context.parseData({ id, data: publication.data, filePath: file.absolute });
  const { body, rendered } = publication;
  if (!rendered) {
    context.store.set({ id, data, body, filePath: file.path, digest, deferredRender: true });
    return id;
  }
  context.store.set({
    id,
    data,
    body,
    filePath: file.path,
    digest,
    rendered: { html: rendered.html, metadata: { headings: rendered.headings } },
  });
  // The Markdown twin of the body (render/render-markdown.ts), for the site's `.md` pages: beside
  // the data store, not in it (twin-bodies.ts says why).
  if (bodies) writeTwinBody(bodies, collection, id, rendered.markdown);
  return id;
}
