/**
 * Astro content collections, one per row of the content model (`linter/core/collections.ts`),
 * read through the handbook's own loader (`linter/build/content-loader.ts`): the linter's
 * discovery, frontmatter split, YAML reading and Markdown parse, validated with the same zod
 * schemas the linter uses. No glob loader, so Astro never reads content a different way from
 * the rules. The root is the one the build resolved (`virtual:handbook/root`).
 */
import { i18nSchema } from '@astrojs/starlight/schema';
import { defineCollection } from 'astro:content';
import { root } from 'virtual:handbook/root';
import { handbookLoader } from '../linter/build/content-loader.ts';
import { collectionNames, siteSchemaOf } from '../linter/core/collections.ts';
import type { CollectionName } from '../linter/core/collections.ts';

type Loader = ReturnType<typeof handbookLoader>;
/** What Astro's types read per collection: its loader and its schema (docs: Starlight's, refined). */
type Collections = { [K in CollectionName]: { loader: Loader; schema: (typeof siteSchemaOf)[K] } };

/** Every collection of the model, keyed by name (typed per name for `getCollection`). */
const model = Object.fromEntries(
  // `never`: one call for six schema types; the cast below gives each name its own.
  collectionNames.map((name) => [
    name,
    defineCollection({
      loader: handbookLoader(name, { root }),
      schema: siteSchemaOf[name] as never,
    }),
  ]),
) as unknown as Collections;

export const collections = {
  ...model,
  // Starlight reads UI-string overrides from an `i18n` collection and Astro warns when it is
  // missing or empty. The handbook overrides none: one entry for its locale, with no strings,
  // from code (never from content files).
  i18n: defineCollection({ loader: () => [{ id: 'en-GB' }], schema: i18nSchema() }),
};
