/**
 * Starlight route middleware: gives docs pages their "Last updated" date from git. Starlight's
 * built-in lookup only covers `<srcDir>/content/docs`, and our docs live in the top-level
 * `content/docs`, so it finds nothing in `astro build`. Custom pages pass their own date.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { lastCommitDate } from './lib/git-dates.ts';

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  if (route.lastUpdated !== undefined) return;
  if (route.entry.data.lastUpdated === false) return;
  const date = lastCommitDate(route.entry.filePath);
  if (date !== undefined) route.lastUpdated = date;
});
