/**
 * What a link in a content body points at, decided once for the linter (`link-resolves`
 * checks it) and the site (the content loader rewrites it). Authors write links the way GitHub
 * and their editor understand them — a file (`../pillars/growth.mdx#why`, resolved against the
 * linking file's folder) — or as a page URL (`/pillars/growth/`); the site publishes both as
 * page URLs under its base path.
 */
import { posix } from 'node:path';
import { collectionOf, idOf, routeOf } from '../core/collections.ts';
import { withBase } from '../config/urls.ts';

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const FILE_LINK = /\.mdx?$/i;

export type LinkTarget =
  /** Another site (`https:`, `mailto:`, `//host`), or empty: not ours to check or rewrite. */
  | { kind: 'external' }
  /** `#fragment` on the same page. */
  | { kind: 'fragment'; fragment: string }
  /** A `.md`/`.mdx` file; `contentPath` is relative to `content/` and may not exist. */
  | {
      kind: 'file';
      contentPath: string;
      fragment: string | undefined;
      rawFragment: string | undefined;
    }
  /** A root-relative URL (`/pillars/growth/`, `/images/x.png`). */
  | { kind: 'root'; path: string; fragment: string | undefined }
  /** A URL relative to the page's own URL (`../roadmap/`). */
  | { kind: 'relative'; path: string; fragment: string | undefined };

/** Classifies `url` as written in the file at `fromContentPath` (relative to `content/`). */
export function linkTarget(url: string, fromContentPath: string): LinkTarget {
  const text = url.trim();
  if (text === '' || SCHEME.test(text) || text.startsWith('//')) return { kind: 'external' };
  const hash = text.indexOf('#');
  const rawFragment = hash === -1 ? undefined : text.slice(hash + 1);
  const fragment = rawFragment === undefined ? undefined : decode(rawFragment);
  const path = (hash === -1 ? text : text.slice(0, hash)).split('?')[0] ?? '';
  if (path === '') return { kind: 'fragment', fragment: fragment ?? '' };
  if (FILE_LINK.test(path))
    return {
      kind: 'file',
      contentPath: resolveFilePath(decode(path), fromContentPath),
      fragment,
      rawFragment,
    };
  if (path.startsWith('/')) return { kind: 'root', path, fragment };
  return { kind: 'relative', path, fragment };
}

/** A file link's target relative to `content/`: against the linking file's folder, or `content/` when it starts with `/`. */
export function resolveFilePath(path: string, fromContentPath: string): string {
  if (path.startsWith('/')) return posix.normalize(path.slice(1)).replace(/^content\//, '');
  return posix.normalize(posix.join(posix.dirname(fromContentPath), path));
}

/** The page URL of a content file (`initiatives/2026-q3/x.mdx` → `/initiatives/x/`), or undefined when it has none. */
export function pageOfContentPath(contentPath: string): string | undefined {
  return routeOf(collectionOf(contentPath), contentPath, idOf(contentPath));
}

/** How to write a link from `fromContentPath` to the file `toContentPath`: `../pillars/growth.mdx`. */
export function fileLinkBetween(fromContentPath: string, toContentPath: string): string {
  const relative = posix.relative(posix.dirname(fromContentPath), toContentPath);
  return relative.startsWith('.') ? relative : `./${relative}`;
}

/**
 * The URL the site publishes for a link: file links become page URLs, root-relative links get
 * the base path; relative page links, fragments and external links stay as written.
 */
export function siteUrlOf(url: string, fromContentPath: string, base: string): string {
  const target = linkTarget(url, fromContentPath);
  if (target.kind === 'root') return withBase(base, url.trim());
  if (target.kind !== 'file') return url;
  const route = pageOfContentPath(target.contentPath);
  if (route === undefined) return url;
  return withBase(base, route) + (target.rawFragment === undefined ? '' : `#${target.rawFragment}`);
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
