/**
 * The one place the site joins its base path (`import.meta.env.BASE_URL`, from `site.base` /
 * `HANDBOOK_BASE`) and a route. Pages and components link through these helpers, never by
 * concatenating strings, so every generated link works under `/` and under `/handbook/` alike.
 * Content routes come from the content model (`linter/core/collections.ts`).
 */
import { withBase } from '../../linter/config/urls.ts';
import { briefRoute, pillarRoute } from '../../linter/core/collections.ts';

/** The site's base path: `/` or `/handbook/`. */
export const base: string = import.meta.env.BASE_URL;

/** A root-relative route (`/roadmap/`, `/pillars/x/#why`) as a link under the base path. */
export function href(route: string): string {
  return withBase(base, route);
}

/** Link to a brief's page. */
export const briefHref = (id: string): string => href(briefRoute(id));
/** Link to a pillar's page. */
export const pillarHref = (id: string): string => href(pillarRoute(id));
