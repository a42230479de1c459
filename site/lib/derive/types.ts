/** Shapes the derivations work on: the core's entries (an id plus validated frontmatter). */
export type { BriefEntry, Entry, PillarEntry } from '../../../linter/core/entry.ts';
