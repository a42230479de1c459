/**
 * The whole Astro configuration of a handbook, as one function: this repository's
 * `astro.config.mjs` calls it for the Crewline sample, and a company that installs the package
 * calls it from its own two-line `astro.config.mjs` (`strategy-handbook/astro`). The site's
 * sources (pages, components, content config, styles) always come from this package's `site/`
 * folder, wherever it is installed; the content and `handbook.config.*` come from `root`.
 * Compiled to JavaScript at pack time (Node does not strip types under `node_modules`).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import starlight from '@astrojs/starlight';
import type { AstroUserConfig } from 'astro';
import { handbookLint } from '../linter/build/integration.ts';
import {
  cardPageCount,
  cardsEnabled,
  handbookOgCards,
  handbookOgCardsOff,
} from '../linter/build/og-cards.ts';
import { handbookSearch } from '../linter/build/search-index.ts';
import { loadConfig } from '../linter/config/load.ts';
import { packageRoot } from '../linter/package/package-root.ts';
import { contentSecurityPolicy } from './lib/csp.ts';
import { rehypeTableRegion } from './lib/rehype-table-region.ts';
import { remarkSiteLinks } from './lib/remark-site-links.ts';
import { editBaseUrlOf } from './lib/settings.ts';

/**
 * The Astro config for the handbook whose `content/` lives in `root` (a path, or a file URL
 * such as `new URL('.', import.meta.url)` in `astro.config.mjs`).
 */
export async function handbookAstroConfig(root: string | URL): Promise<AstroUserConfig> {
  const rootDir = (typeof root === 'string' ? root : fileURLToPath(root)).replace(/[\\/]$/, '');
  const site = join(packageRoot(), 'site');
  // URLs come from handbook.config.* (`site`, `repository`), overridden by HANDBOOK_SITE_URL,
  // HANDBOOK_BASE and HANDBOOK_EDIT_URL; no placeholder host is ever filled in.
  const config = await loadConfig(rootDir, { env: process.env });
  const handbook = handbookLint({ root: rootDir, config });
  const base = config.site.base;
  const editBase = await editBaseUrlOf(config, rootDir);
  return {
    root: rootDir,
    srcDir: site,
    publicDir: join(site, 'public'),
    // Without a site URL Astro builds no sitemap and no canonical links (nothing to point at).
    ...(config.site.url ? { site: config.site.url } : {}),
    base,
    // Pages render 16 at a time: a brief page mostly waits (writes, the data store), so a 5,000-brief
    // rebuild renders in 31 s instead of 52 s on two cores, at the same peak memory (bench/README).
    build: { concurrency: 16 },
    // A strict CSP as a <meta> tag on every built page (site/lib/csp.ts says what it allows and why).
    security: { csp: contentSecurityPolicy(rootDir) },
    // Only strategy docs in .mdx are compiled (by @astrojs/mdx, which inherits this processor);
    // every other body is rendered by the handbook's content loader. The unified processor runs
    // remark plugins (Astro's default Sätteri engine does not), so `mdx-safe` checks the exact
    // tree MDX compiles, before any module is evaluated, in build and dev alike.
    // remarkSiteLinks publishes docs' file links as page URLs under the base path, as the loader does.
    // rehypeTableRegion puts docs' tables in a labelled, focusable scroll region (keyboard, phones).
    // Code blocks are Expressive Code's (Starlight): Astro's own Shiki highlighter is off, so it
    // writes no inline styles the CSP would have to allow (and the build does not warn about it).
    markdown: {
      syntaxHighlight: false,
      processor: unified({
        remarkPlugins: [handbook.remarkPlugin, remarkSiteLinks({ root: rootDir, base })],
        rehypePlugins: [rehypeTableRegion],
      }),
    },
    vite: {
      build: {
        rolldownOptions: {
          // Astro marks MDX's propagated-assets modules with a `"use astro:head-inject"` directive that
          // its own plugins read before bundling; Rolldown then warns once per MDX doc that it may drop
          // it (withastro/astro#18087, open). Only that exact warning is dropped; the rest is printed.
          onwarn(warning, warn) {
            if (
              warning.code === 'MODULE_LEVEL_DIRECTIVE' &&
              warning.message.includes('"use astro:head-inject"')
            )
              return;
            warn(warning);
          },
        },
      },
    },
    integrations: [
      // Without a site URL there is nothing to map: Starlight adds @astrojs/sitemap unless an
      // integration of that name is present, and the sitemap then warns at every build.
      ...(config.site.url ? [] : [{ name: '@astrojs/sitemap', hooks: {} }]),
      // Lints the whole handbook before the build renders anything (cross-file rules included),
      // and pins allowlisted docs imports to the project's own packages.
      handbook.integration,
      starlight({
        title: 'Strategy Handbook',
        // en-GB: Starlight's "Last updated" then reads "24 Nov 2026", the one date format of the site
        // (site/lib/derive/dates.ts `displayDate`).
        locales: { root: { label: 'English', lang: 'en-GB' } },
        // Private by default: every page asks search engines not to index it or follow its links
        // (site/public/robots.txt disallows crawling as well). A strategy is not for the public web.
        head: [{ tag: 'meta', attrs: { name: 'robots', content: 'noindex, nofollow' } }],
        // Edit links point at the repository (config, HANDBOOK_EDIT_URL or the git remote); none without one.
        ...(editBase ? { editLink: { baseUrl: editBase } } : {}),
        // Starlight cannot read git dates for top-level content in a build; route-data.ts does.
        lastUpdated: true,
        // site/pages/404.astro: Starlight's own 404 looks up a `docs/404` entry a handbook never has,
        // and warns at every build that it is missing.
        disable404Route: true,
        // Long code lines wrap instead of scrolling: a scrolling block becomes an unnamed region
        // (Expressive Code adds role="region" without a label), two of which axe reports as
        // landmark-unique, and on a phone the line is readable without scrolling sideways.
        expressiveCode: { defaultProps: { wrap: true } },
        routeMiddleware: join(site, 'route-data.ts'),
        // Search: the handbook builds the Pagefind index itself and reuses it while the pages are
        // unchanged (linter/build/search-index.ts); the override keeps Starlight's search box.
        pagefind: false,
        components: { Search: join(site, 'components', 'overrides', 'Search.astro') },
        customCss: [join(site, 'styles', 'handbook.css')],
        // Docs groups plus the generated views (Starlight puts the base path in front of the links).
        // Briefs are deliberately NOT listed: the sidebar is
        // repeated on every page, so listing them grows the site with the square of their number.
        // Autogenerate directories are root-relative (content/docs/…), or the group renders empty.
        sidebar: [
          {
            label: 'Strategy views',
            items: [
              { label: 'Home', link: '/' },
              { label: 'Initiatives', link: '/initiatives/' },
              { label: 'Roadmap', link: '/roadmap/' },
              { label: 'Vision', link: '/vision/' },
              { label: 'Alignment health', link: '/health/' },
              { label: 'What changed', link: '/changes/' },
              // The strategy docs list the "Leadership diagnostic" guide; this is its interactive check.
              { label: 'Diagnostic self-check', link: '/diagnostic/' },
            ],
          },
          { label: 'Strategy', items: [{ autogenerate: { directory: 'content/docs/strategy' } }] },
          { label: 'Guides', items: [{ autogenerate: { directory: 'content/docs/guides' } }] },
          { label: 'Reference', items: [{ label: 'Lint rules', link: '/reference/rules/' }] },
        ],
      }),
      mdx(),
      handbookSearch(),
      // A link-preview card (PNG) per brief and pillar, rendered beside the pages and cached
      // (linter/build/og-cards.ts); without it pages link no card (`site.ogCards: false`, or
      // unset on a handbook of more than 1,000 briefs and pillars: see cardsEnabled).
      ...(config.site.ogCards === false
        ? []
        : cardsEnabled(config.site.ogCards, rootDir)
          ? [handbookOgCards()]
          : [handbookOgCardsOff(cardPageCount(rootDir))]),
    ],
  };
}
