/**
 * Ids of new content files: derived from a title as lowercase kebab-case ASCII, because the id
 * is the file name and the URL (`/initiatives/<id>/`). The id pattern is the schema's.
 */

import { SLUG_PATTERN as ID } from '../schema/common.ts';

/** The longest id `deriveId` produces; longer titles are cut at a word boundary. */
export const MAX_ID_LENGTH = 60;

/** Whether `id` is a valid content id (kebab-case, lowercase ASCII letters and digits). */
export function isValidId(id: string): boolean {
  return ID.test(id);
}

/**
 * `Cut checkout latency in half!` → `cut-checkout-latency-in-half`. Accents are dropped
 * (`Café` → `cafe`), `&` reads as `and`, and an id longer than `max` is cut at the last hyphen.
 * Returns an empty string when the title has no ASCII letters or digits.
 */
export function deriveId(title: string, max: number = MAX_ID_LENGTH): string {
  const ascii = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .toLowerCase();
  const id = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (id.length <= max) return id;
  const cut = id.slice(0, max + 1);
  const lastHyphen = cut.lastIndexOf('-');
  const shortened = lastHyphen > 0 ? cut.slice(0, lastHyphen) : id.slice(0, max);
  return shortened.replace(/-+$/, '');
}
