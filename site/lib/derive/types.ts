/** Shapes the derivations work on: an entry is an id (the file name) plus validated frontmatter. */
import type { Initiative } from '../../../linter/schema/initiative.ts';
import type { Pillar } from '../../../linter/schema/pillar.ts';

/** A content entry as the site reads it. `filePath` is relative to the handbook root. */
export interface Entry<T> {
  id: string;
  data: T;
  filePath?: string | undefined;
}

export type BriefEntry = Entry<Initiative>;
export type PillarEntry = Entry<Pillar>;
