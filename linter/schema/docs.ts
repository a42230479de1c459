/**
 * Strategy docs (`content/docs/**`). Only `title` and `description` are ours; Starlight owns the
 * rest of a docs page's frontmatter (sidebar, template, hero…) and validates it in the build,
 * so this object is loose.
 */
import { z } from 'zod';
import { text } from './common.ts';

export const docSchema = z.looseObject({
  /** The page title. */
  title: text,
  /** One line shown under the title and in search results. */
  description: text.optional(),
});

export type Doc = z.output<typeof docSchema>;
