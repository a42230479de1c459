/**
 * The shape every fact is computed over: an entry is an id (the file name) plus validated
 * frontmatter, as the site's collections and lint's parsed files both provide it.
 */
import type { Initiative } from '../schema/initiative.ts';
import type { Pillar } from '../schema/pillar.ts';

/** A content entry. `filePath` is relative to the handbook root (`content/…`). */
export interface Entry<T> {
  id: string;
  data: T;
  filePath?: string | undefined;
}

export type BriefEntry = Entry<Initiative>;
export type PillarEntry = Entry<Pillar>;
