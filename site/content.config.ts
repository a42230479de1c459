/**
 * Astro content collections, built from the same zod schemas the linter uses
 * (`linter/schema`). Content lives in the top-level `content/` folder, so every
 * collection uses a glob loader with an explicit base.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { collectionGlobs, collections as schemas } from '../linter/schema/index.ts';

const fromContent = (name: keyof typeof collectionGlobs) =>
  glob({ base: `./content/${collectionGlobs[name].base}`, pattern: collectionGlobs[name].pattern });

export const collections = {
  docs: defineCollection({ loader: fromContent('docs'), schema: docsSchema() }),
  northStar: defineCollection({ loader: fromContent('northStar'), schema: schemas.northStar }),
  pillars: defineCollection({ loader: fromContent('pillars'), schema: schemas.pillars }),
  initiatives: defineCollection({ loader: fromContent('initiatives'), schema: schemas.initiatives }),
  vision: defineCollection({ loader: fromContent('vision'), schema: schemas.vision }),
  gaps: defineCollection({ loader: fromContent('gaps'), schema: schemas.gaps }),
};
