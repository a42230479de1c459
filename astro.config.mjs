// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { fileURLToPath } from 'node:url';
import { loadConfig } from './linter/config/load.ts';
import { handbookLint } from './linter/build/integration.ts';
import { editBaseUrl } from './site/lib/settings.ts';
import { contentSecurityPolicy } from './site/lib/csp.ts';

const root = fileURLToPath(new URL('.', import.meta.url)).replace(/\/$/, '');
const handbook = handbookLint({ root, config: await loadConfig(root) });

export default defineConfig({
  srcDir: './site',
  publicDir: './site/public',
  site: process.env.HANDBOOK_SITE_URL ?? 'https://handbook.example.com',
  // A strict CSP as a <meta> tag on every built page (site/lib/csp.ts says what it allows and why).
  security: { csp: contentSecurityPolicy(root) },
  // Only strategy docs in .mdx are compiled (by @astrojs/mdx, which inherits this processor);
  // every other body is rendered by the handbook's content loader. The unified processor runs
  // remark plugins (Astro's default Sätteri engine does not), so `mdx-safe` checks the exact
  // tree MDX compiles, before any module is evaluated, in build and dev alike.
  markdown: { processor: unified({ remarkPlugins: [handbook.remarkPlugin] }) },
  integrations: [
    // Lints the whole handbook before the build renders anything (cross-file rules included),
    // and pins allowlisted docs imports to the project's own packages.
    handbook.integration,
    starlight({
      title: 'Strategy Handbook',
      // Private by default: every page asks search engines not to index it or follow its links
      // (site/public/robots.txt disallows crawling as well). A strategy is not for the public web.
      head: [{ tag: 'meta', attrs: { name: 'robots', content: 'noindex, nofollow' } }],
      // Edit links point at the repository (set HANDBOOK_EDIT_URL to override).
      editLink: { baseUrl: editBaseUrl },
      // Starlight cannot read git dates for top-level content in a build; route-data.ts does.
      lastUpdated: true,
      routeMiddleware: './site/route-data.ts',
      customCss: ['./site/styles/handbook.css'],
      // Docs groups plus the generated views. Briefs are deliberately NOT listed: the sidebar is
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
