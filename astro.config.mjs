// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { fileURLToPath } from 'node:url';
import { loadConfig } from './linter/config/load.ts';
import { handbookLint } from './linter/build/integration.ts';
import { editBaseUrlOf } from './site/lib/settings.ts';
import { remarkSiteLinks } from './site/lib/remark-site-links.ts';
import { contentSecurityPolicy } from './site/lib/csp.ts';

const root = fileURLToPath(new URL('.', import.meta.url)).replace(/\/$/, '');
// URLs come from handbook.config.* (`site`, `repository`), overridden by HANDBOOK_SITE_URL,
// HANDBOOK_BASE and HANDBOOK_EDIT_URL; no placeholder host is ever filled in.
const config = await loadConfig(root, { env: process.env });
const handbook = handbookLint({ root, config });
const base = config.site.base;
const editBase = await editBaseUrlOf(config, root);

export default defineConfig({
  srcDir: './site',
  publicDir: './site/public',
  // Without a site URL Astro builds no sitemap and no canonical links (nothing to point at).
  ...(config.site.url ? { site: config.site.url } : {}),
  base,
  // A strict CSP as a <meta> tag on every built page (site/lib/csp.ts says what it allows and why).
  security: { csp: contentSecurityPolicy(root) },
  // Only strategy docs in .mdx are compiled (by @astrojs/mdx, which inherits this processor);
  // every other body is rendered by the handbook's content loader. The unified processor runs
  // remark plugins (Astro's default Sätteri engine does not), so `mdx-safe` checks the exact
  // tree MDX compiles, before any module is evaluated, in build and dev alike.
  // remarkSiteLinks publishes docs' file links as page URLs under the base path, as the loader does.
  markdown: { processor: unified({ remarkPlugins: [handbook.remarkPlugin, remarkSiteLinks({ root, base })] }) },
  integrations: [
    // Lints the whole handbook before the build renders anything (cross-file rules included),
    // and pins allowlisted docs imports to the project's own packages.
    handbook.integration,
    starlight({
      title: 'Strategy Handbook',
      // Private by default: every page asks search engines not to index it or follow its links
      // (site/public/robots.txt disallows crawling as well). A strategy is not for the public web.
      head: [{ tag: 'meta', attrs: { name: 'robots', content: 'noindex, nofollow' } }],
      // Edit links point at the repository (config, HANDBOOK_EDIT_URL or the git remote); none without one.
      ...(editBase ? { editLink: { baseUrl: editBase } } : {}),
      // Starlight cannot read git dates for top-level content in a build; route-data.ts does.
      lastUpdated: true,
      routeMiddleware: './site/route-data.ts',
      customCss: ['./site/styles/handbook.css'],
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
            { label: 'Leadership diagnostic', link: '/diagnostic/' },
          ],
        },
        { label: 'Strategy', items: [{ autogenerate: { directory: 'content/docs/strategy' } }] },
        { label: 'Guides', items: [{ autogenerate: { directory: 'content/docs/guides' } }] },
        { label: 'Reference', items: [{ label: 'Lint rules', link: '/reference/rules/' }] },
      ],
    }),
    mdx(),
  ],
});
