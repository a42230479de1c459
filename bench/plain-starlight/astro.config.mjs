// @ts-check
// "Plain Starlight": Starlight's defaults (default Markdown engine, default MDX, Pagefind search,
// default components) with the benchmark's briefs as pages of the docs collection
// (src/content/docs/initiatives/…). One deliberate difference from the defaults: the sidebar is a
// short static list, as in our site — Starlight's default sidebar lists every page on every page,
// which grows the site with the square of the page count (198 MB of HTML at 1,000 briefs) and
// would make the comparison meaningless.
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  site: 'https://plain.example.com',
  integrations: [starlight({ title: 'Plain Starlight', sidebar: [{ label: 'Home', link: '/' }] })],
});
