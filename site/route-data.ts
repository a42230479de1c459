/**
 * Starlight route middleware, for every Starlight page (docs and `StarlightPage` views alike):
 *
 * - Titles reach `<title>` as text. Starlight renders each head entry's `content` with
 *   `set:html`, and the `title` entry holds the page title from content, so a title such as
 *   `</title><script>…</script>` would close the element and run. Its text is escaped here, once,
 *   for every page. The other head entries Starlight fills from content (`og:title`,
 *   `description`, `og:description`) carry it in `attrs`, which Astro escapes; content may not
 *   add head entries (`head` is refused by the docs schema).
 * - Pages with a Markdown twin (every brief and pillar, and the strategy views) point at it:
 *   `<link rel="alternate" type="text/markdown" href="….md">` (`lib/markdown/routes.ts`).
 * - Docs pages get their "Last updated" date from git. Starlight's built-in lookup only covers
 *   `<srcDir>/content/docs`, and our docs live in the top-level `content/docs`, so it finds
 *   nothing in `astro build`. Custom pages pass their own date.
 * - Brief and pillar pages get their OpenGraph card (`og:image` and the brief's reason as
 *   `og:description`): the page describes it in `locals.handbookCard` (lib/og/page-card.ts).
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { root } from 'virtual:handbook/root';
import { lastCommitDate } from './lib/git-dates.ts';
import { escapeHtmlText } from './lib/escape.ts';
import { applyCard, cardSink } from './lib/og/page-card.ts';
import { twinOfPathname } from './lib/markdown/routes.ts';
import { base } from './lib/url.ts';

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  for (const entry of route.head) {
    if (entry.tag === 'title' && entry.content !== undefined)
      entry.content = escapeHtmlText(entry.content);
  }
  const card = context.locals.handbookCard;
  if (card)
    applyCard(
      route.head,
      card,
      { siteTitle: route.siteTitle, site: context.site, base: import.meta.env.BASE_URL },
      cardSink(),
    );
  const twin = twinOfPathname(context.url.pathname, base);
  if (twin !== undefined)
    route.head.push({
      tag: 'link',
      attrs: { rel: 'alternate', type: 'text/markdown', href: twin },
    });
  if (route.lastUpdated !== undefined) return;
  if (route.entry.data.lastUpdated === false) return;
  const date = lastCommitDate(route.entry.filePath, root);
  if (date !== undefined) route.lastUpdated = date;
});
