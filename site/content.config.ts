/**
 * Astro content collections, one per row of the content model (`linter/core/collections.ts`),
 * read through the handbook's own loader (`linter/build/content-loader.ts`): the linter's
 * discovery, frontmatter split, YAML reading and Markdown parse, validated with the same zod
 * schemas the linter uses. No glob loader, so Astro never reads content a different way from
 * the rules. The root is the one the build resolved (`virtual:handbook/root`).
 */
import { defineCollection } from 'astro:content';
import { root } from 'virtual:handbook/root';
import { handbookLoader } from '../linter/build/content-loader.ts';
import { collectionNames, siteSchemaOf } from '../linter/core/collections.ts';
import type { CollectionName } from '../linter/core/collections.ts';

type Loader = ReturnType<typeof handbookLoader>;
/** What Astro's types read per collection: its loader and its schema (docs: Starlight's, refined). */
type Collections = { [K in CollectionName]: { loader: Loader; schema: (typeof siteSchemaOf)[K] } };

/** Every collection of the model, keyed by name (typed per name for `getCollection`). */
export const collections = Object.fromEntries(
  // `never`: one call for six schema types; the cast below gives each name its own.
  collectionNames.map((name) => [name, defineCollection({ loader: handbookLoader(name, { root }), schema: siteSchemaOf[name] as never })]),
) as unknown as Collections;
