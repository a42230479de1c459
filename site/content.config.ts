/**
 * Astro content collections, read through the handbook's own loader (`linter/build/
 * content-loader.ts`): the linter's discovery, frontmatter split, YAML reading and Markdown
 * parse, validated with the same zod schemas the linter uses (`linter/schema`). No glob loader,
 * so Astro never reads content a different way from the rules.
 */
import { defineCollection } from 'astro:content';
import { handbookLoader } from '../linter/build/content-loader.ts';
import { collections as schemas, docsCollectionSchema } from '../linter/schema/index.ts';
import type { CollectionName } from '../linter/schema/index.ts';

// Set by the handbook integration in astro.config.mjs: the one root the build resolved.
const root = process.env['HANDBOOK_ROOT'] ?? process.cwd();
const loader = (name: CollectionName) => handbookLoader(name, { root });

export const collections = {
  // Starlight's own docsSchema() with the linter's refinements: one schema for lint and site.
  docs: defineCollection({ loader: loader('docs'), schema: docsCollectionSchema }),
  northStar: defineCollection({ loader: loader('northStar'), schema: schemas.northStar }),
  pillars: defineCollection({ loader: loader('pillars'), schema: schemas.pillars }),
  initiatives: defineCollection({ loader: loader('initiatives'), schema: schemas.initiatives }),
  vision: defineCollection({ loader: loader('vision'), schema: schemas.vision }),
  gaps: defineCollection({ loader: loader('gaps'), schema: schemas.gaps }),
};
