/**
 * `link-resolves`: links between handbook pages resolve. A broken link in a strategy document
 * is found by the reader at the worst moment; the build knows every page, so it checks them.
 *
 * Phase one records each file's links (as written) and heading slugs; this pass knows every
 * content file and every page's URL (`routeOf` for each content file, plus the strategy views)
 * and checks (link classification is shared with the site: `engine/content-links.ts`):
 * - relative links to `.md`/`.mdx` files (`../pillars/growth.mdx#why`, as GitHub and editors
 *   resolve them): against the linking file's folder (`/…` against `content/`), the file exists
 *   and has a page, and a `#fragment` names one of its headings. The site rewrites them to the
 *   page URL under its base path.
 * - root-relative links (`/pillars/growth/`): the page exists (trailing slash and query
 *   ignored); a `#fragment` names a heading of the target when the target's body is its page
 *   (briefs, pillars, strategy docs; Starlight's `#_top` too). Views, the home page and the
 *   vision page combine several files, so their fragments are not checked.
 * - same-page `#fragment`: a heading of this file, for the same collections.
 * - other relative links (`../roadmap/`): resolved against the page's own URL, then as above.
 * External links (any scheme, `//host`) are ignored, and so are root-relative links with a file
 * extension that is no known route (`/images/x.png`: assets in `public/` the linter cannot see).
 * Reported at the link; "did you mean" is computed only for misses. O(links + files). No options.
 */
import { posix } from 'node:path';
import GithubSlugger from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import { fileStart, placeOf } from '../engine/positions.ts';
import { walk } from '../engine/walk.ts';
import { fileLinkBetween, linkTarget } from '../engine/content-links.ts';
import { routeOf } from '../core/collections.ts';
import { normaliseRoute, viewRoutes } from '../engine/routes.ts';
import { didYouMean, didYouMeanHint, joinHints } from '../engine/suggest.ts';
import type { FileFacts, Reference, ReportOn } from '../engine/types.ts';
import { defineRule } from '../engine/define-rule.ts';
import { productRuleDocsUrl } from '../config/urls.ts';

/** Collections whose body is rendered as its own page, so its headings are the page's anchors. */
const pageCollections = new Set(['initiatives', 'pillars', 'docs']);
const ASSET = /\/[^/]*\.(?!html?$)[a-z0-9]+$/i;
const slugHint =
  'Heading slugs are lowercase, with spaces turned into hyphens and punctuation removed.';

/** The message ids this rule reports, with what each means. */
const messages = {
  'unknown-route': 'The link points to no page of the handbook',
  'unknown-fragment': 'The `#fragment` names no heading of the target page',
  'unknown-file': 'The link points to a content file that does not exist',
  'no-page': 'The link points to a content file that is published on no page',
};
type MessageId = keyof typeof messages;

/** What this rule records from a file (phase one): its internal links as written, its heading slugs. */
export interface LinkFacts {
  /** Links and definitions in the body: url as written. */
  links?: Reference[] | undefined;
  /** Heading slugs in the body, for `#fragment` links. */
  anchors?: string[] | undefined;
}

export const linkResolves = defineRule({
  id: 'link-resolves',
  description: 'Links between handbook pages resolve',
  url: productRuleDocsUrl,
  defaultSeverity: 'error',
  messages,
  record(file, facts) {
    const links: Reference[] = [];
    const anchors: string[] = [];
    if (file.tree) {
      const slugger = new GithubSlugger();
      walk(file.tree, (node) => {
        if (node.type === 'heading') anchors.push(slugger.slug(toString(node)));
        if ((node.type === 'link' || node.type === 'definition') && node.url)
          links.push({ id: node.url, place: placeOf(node) ?? fileStart });
      });
    }
    facts.links = links;
    facts.anchors = anchors;
  },
  checkHandbook(handbook, report) {
    const files = [...handbook.files].sort((a, b) =>
      a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
    );
    // Route → the file whose body is that page, or undefined for views and shared pages.
    const routes = new Map<string, FileFacts | undefined>(
      viewRoutes.map((route) => [route, undefined]),
    );
    const byContentPath = new Map<string, FileFacts>();
    for (const file of files) {
      byContentPath.set(contentPathOf(file), file);
      const route = pageOf(file);
      if (route !== undefined && !routes.has(route))
        routes.set(route, pageCollections.has(file.collection ?? '') ? file : undefined);
    }
    const anchorSets = new Map<FileFacts, Set<string>>();
    const anchorsOf = (file: FileFacts): Set<string> => {
      let set = anchorSets.get(file);
      if (!set)
        anchorSets.set(
          file,
          (set = new Set(
            file.collection === 'docs' ? ['_top', ...(file.anchors ?? [])] : file.anchors,
          )),
        );
      return set;
    };

    for (const file of files) {
      for (const link of file.links ?? []) {
        checkLink(file, link, { routes, byContentPath, anchorsOf }, report);
      }
    }
  },
});

interface Site {
  routes: ReadonlyMap<string, FileFacts | undefined>;
  byContentPath: ReadonlyMap<string, FileFacts>;
  anchorsOf(file: FileFacts): Set<string>;
}

function checkLink(
  file: FileFacts,
  link: Reference,
  site: Site,
  report: ReportOn<MessageId>,
): void {
  const url = link.id.trim();
  const linked = linkTarget(url, contentPathOf(file));
  if (linked.kind === 'external') return;
  const fragment = linked.fragment;

  if (linked.kind === 'fragment') {
    if (
      fragment &&
      pageCollections.has(file.collection ?? '') &&
      !site.anchorsOf(file).has(fragment)
    ) {
      report(
        file.path,
        `Unknown fragment \`#${fragment}\`, expected the slug of a heading on this page`,
        {
          messageId: 'unknown-fragment',
          place: link.place,
          hint: joinHints(didYouMeanHint(fragment, site.anchorsOf(file)), slugHint),
        },
      );
    }
    return;
  }

  if (linked.kind === 'file') {
    checkFileLink(file, link, url, linked.contentPath, fragment, site, report);
    return;
  }

  const path = linked.path;
  let target: string;
  if (path.startsWith('/')) {
    target = path;
  } else {
    const own = pageOf(file);
    if (own === undefined) return;
    target = new URL(path, `https://handbook.invalid${own}`).pathname;
  }
  const route = [normaliseRoute(target), normaliseRoute(decode(target))].find((candidate) =>
    site.routes.has(candidate),
  );
  if (route === undefined) {
    if (ASSET.test(target)) return;
    const shown = path.startsWith('/')
      ? `\`${url}\``
      : `\`${url}\` (\`${normaliseRoute(target)}\`)`;
    report(file.path, `Unknown page ${shown}, expected the URL of a handbook page`, {
      messageId: 'unknown-route',
      place: link.place,
      hint: joinHints(
        didYouMeanHint(normaliseRoute(target), site.routes.keys()),
        'Page URLs end with a slash: `/initiatives/<id>/`, `/pillars/<id>/`.',
      ),
    });
    return;
  }
  const page = site.routes.get(route);
  if (fragment && page && !site.anchorsOf(page).has(fragment)) {
    report(
      file.path,
      `Unknown fragment \`#${fragment}\` on \`${route}\`, expected the slug of a heading on that page`,
      {
        messageId: 'unknown-fragment',
        place: link.place,
        hint: joinHints(didYouMeanHint(fragment, site.anchorsOf(page)), slugHint),
        related: [
          {
            file: page.path,
            place: { start: page.block.start },
            message: `page \`${route}\` is defined here`,
          },
        ],
      },
    );
  }
}

/** A link to a `.md`/`.mdx` file, already resolved to `resolved` (relative to `content/`). */
function checkFileLink(
  file: FileFacts,
  link: Reference,
  url: string,
  resolved: string,
  fragment: string | undefined,
  site: Site,
  report: ReportOn<MessageId>,
): void {
  const from = contentPathOf(file);
  const target = site.byContentPath.get(resolved);
  if (!target) {
    const closest = didYouMean(resolved, site.byContentPath.keys());
    report(
      file.path,
      `Unknown file \`${url}\` (\`content/${resolved}\`), expected the path of a handbook content file`,
      {
        messageId: 'unknown-file',
        place: link.place,
        hint: joinHints(
          closest === undefined ? undefined : `Did you mean \`${fileLinkBetween(from, closest)}\`?`,
          `File links resolve against the folder of this file (\`content/${posix.dirname(from)}/\`).`,
        ),
        ...(closest === undefined ? {} : { expected: [fileLinkBetween(from, closest)] }),
      },
    );
    return;
  }
  const route = pageOf(target);
  if (route === undefined) {
    report(
      file.path,
      `Unexpected link to \`${url}\`, expected a content file that has a page of its own`,
      {
        messageId: 'no-page',
        place: link.place,
        hint: 'Briefs, pillars, the North Star, vision answers, gaps and strategy docs are published; link to one of them.',
        related: [
          {
            file: target.path,
            place: { start: target.block.start },
            message: `\`${target.path}\` is defined here`,
          },
        ],
      },
    );
    return;
  }
  if (
    fragment &&
    pageCollections.has(target.collection ?? '') &&
    !site.anchorsOf(target).has(fragment)
  ) {
    report(
      file.path,
      `Unknown fragment \`#${fragment}\` in \`${url.split('#')[0]}\`, expected the slug of a heading in that file`,
      {
        messageId: 'unknown-fragment',
        place: link.place,
        hint: joinHints(didYouMeanHint(fragment, site.anchorsOf(target)), slugHint),
        related: [
          {
            file: target.path,
            place: { start: target.block.start },
            message: `page \`${route}\` is defined here`,
          },
        ],
      },
    );
  }
}

function contentPathOf(file: FileFacts): string {
  return file.path.replace(/^content\//, '');
}

function pageOf(file: FileFacts): string | undefined {
  return routeOf(file.collection, contentPathOf(file), file.id);
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
