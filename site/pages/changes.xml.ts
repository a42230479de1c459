/** `/changes.xml`: the "What changed" entries as an Atom feed (same entries as /changes/). */
import type { APIRoute } from 'astro';
import { loadHandbook } from '../lib/handbook.ts';
import { atomFeed } from '../lib/derive/atom.ts';
import { changeEntry } from '../lib/derive/change-feed.ts';
import { loadChanges } from '../lib/history/changes.ts';
import { href } from '../lib/url.ts';

export const GET: APIRoute = async () => {
  const handbook = await loadHandbook();
  const siteUrl = handbook.config.site.url;
  // Absolute links with a site URL; relative to the feed's own location without one.
  const link = (route: string): string =>
    siteUrl ? new URL(href(route), siteUrl).href : href(route);
  const changes = loadChanges();
  const xml = atomFeed({
    id: siteUrl ? link('/changes/') : 'urn:strategy-handbook:changes',
    title: `What changed in the strategy`,
    self: link('/changes.xml'),
    alternate: link('/changes/'),
    updated: handbook.now,
    entries: changes.map((change) => changeEntry(change, link)),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
