/**
 * The schemas, in one import: one module per concept, plain zod, never Astro. Which collection
 * uses which schema, where its files live and how ids and routes are made is the content model
 * in `linter/core/collections.ts`; it is re-exported here because `engine/parse.ts` reads it
 * through this module.
 */
export * from './common.ts';
export * from './docs.ts';
export * from './initiative.ts';
export * from './north-star.ts';
export * from './pillar.ts';
export * from './vision.ts';
export { collectionGlobs, collectionOf, collections, idOf, siteIdOf } from '../core/collections.ts';
export type { CollectionName } from '../core/collections.ts';
