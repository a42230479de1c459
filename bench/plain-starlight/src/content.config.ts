// Starlight's docs collection with its default loader; docsSchema() keeps the fields it knows
// (title, description, …) and drops the briefs' own frontmatter, so every brief is accepted.
import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
};
