// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';

export default defineConfig({
  srcDir: './site',
  site: 'https://handbook.example.com',
  markdown: {
    // Astro 7's default engine (Sätteri) does not run remark plugins; the handbook's lint rules are remark plugins.
    processor: unified({ remarkPlugins: [] }),
  },
  integrations: [
    starlight({
      title: 'Strategy Handbook',
      sidebar: [
        { label: 'Strategy', items: [{ autogenerate: { directory: 'content/docs/strategy' } }] },
      ],
    }),
    mdx(),
  ],
});
