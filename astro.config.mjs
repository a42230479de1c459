// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { fileURLToPath } from 'node:url';
import { loadConfig } from './linter/config/load.ts';
import { handbookLint } from './linter/build/integration.ts';
import { remarkHandbook } from './linter/build/remark-handbook.ts';

const root = fileURLToPath(new URL('.', import.meta.url)).replace(/\/$/, '');
const handbookConfig = await loadConfig(root);

export default defineConfig({
  srcDir: './site',
  site: 'https://handbook.example.com',
  markdown: {
    // Astro 7's default engine (Sätteri) does not run remark plugins; the handbook's lint rules are remark plugins.
    processor: unified({ remarkPlugins: [[remarkHandbook, { root, config: handbookConfig }]] }),
  },
  integrations: [
    // Lints the whole handbook before the build renders anything (cross-file rules included).
    handbookLint(),
    starlight({
      title: 'Strategy Handbook',
      sidebar: [
        { label: 'Strategy', items: [{ autogenerate: { directory: 'content/docs/strategy' } }] },
      ],
    }),
    mdx(),
  ],
});
