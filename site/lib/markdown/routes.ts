/**
 * Where a page's Markdown twin lives: the page's URL without its trailing slash, plus `.md`
 * (`/initiatives/foo/` → `/initiatives/foo.md`, `/` → `/index.md`), the llms.txt convention for a
 * site built with `build.format: 'directory'`. Astro writes each endpoint as the file its route
 * names, so the twins sit beside the pages' folders in `dist/`, under any base path.
 */
import { withBase } from '../../../linter/config/urls.ts';

/** The twin of a root-relative page route (`/roadmap/` → `/roadmap.md`). */
export function markdownRoute(route: string): string {
  const path = route.split(/[?#]/, 1)[0]!.replace(/\/+$/, '');
  return `${path === '' ? '/index' : path}.md`;
}

/** The views with a twin (besides every brief and pillar page). */
export const viewRoutes = ['/', '/initiatives/', '/roadmap/', '/vision/', '/health/', '/changes/'] as const;

/**
 * The twin's URL (under the base) of the HTML page served at `pathname`, or undefined when the
 * page has none. Brief and pillar pages are the only pages under `/initiatives/` and `/pillars/`.
 */
export function twinOfPathname(pathname: string, base: string): string | undefined {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const withSlash = pathname.endsWith('/') ? pathname : `${pathname}/`;
  if (!withSlash.startsWith(prefix)) return undefined;
  const route = `/${withSlash.slice(prefix.length)}`;
  const known =
    (viewRoutes as readonly string[]).includes(route) || /^\/(?:initiatives|pillars)\/[^/]+\/$/.test(route);
  return known ? withBase(base, markdownRoute(route)) : undefined;
}

/** Turns a root-relative route into a link: absolute with the site URL, else under the base. */
export function linkMaker(base: string, siteUrl: string | undefined): (route: string) => string {
  return (route) => {
    const path = withBase(base, route);
    return siteUrl ? new URL(path, siteUrl).href : path;
  };
}
