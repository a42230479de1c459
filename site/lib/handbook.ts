/**
 * The handbook as the site sees it: every collection loaded once per build, with ids taken from
 * file names (the glob loader would prefix nested briefs with their folder) and root-relative
 * file paths. Pages call `loadHandbook()`; derivations in `./derive` and the facts in
 * `linter/core` take these records. Config and git dates are read at the build's one root.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { root } from 'virtual:handbook/root';
import { idOf } from '../../linter/core/collections.ts';
import { loadConfig } from '../../linter/config/load.ts';
import type { ResolvedConfig } from '../../linter/config/types.ts';
import { gitDates } from './git-dates.ts';
import { editBaseUrlOf } from './settings.ts';
import { dependentsMap } from '../../linter/core/dependencies.ts';
import type { Entry } from './derive/types.ts';
import type { Initiative } from '../../linter/schema/initiative.ts';
import type { Pillar } from '../../linter/schema/pillar.ts';
import type { NorthStar } from '../../linter/schema/north-star.ts';
import type { Gap, VisionAnswer } from '../../linter/schema/vision.ts';

/** A record with its Astro entry kept for `render()`. */
export type HandbookRecord<T, C extends DataCollection> = Entry<T> & { filePath: string; entry: CollectionEntry<C> };
type DataCollection = 'northStar' | 'pillars' | 'initiatives' | 'vision' | 'gaps';

export type BriefRecord = HandbookRecord<Initiative, 'initiatives'>;
export type PillarRecord = HandbookRecord<Pillar, 'pillars'>;
export type NorthStarRecord = HandbookRecord<NorthStar, 'northStar'>;
export type VisionRecord = HandbookRecord<VisionAnswer, 'vision'>;
export type GapRecord = HandbookRecord<Gap, 'gaps'>;

export interface Handbook {
  northStar: NorthStarRecord | undefined;
  pillars: PillarRecord[];
  initiatives: BriefRecord[];
  vision: VisionRecord[];
  gaps: GapRecord[];
  briefsById: Map<string, BriefRecord>;
  pillarsById: Map<string, PillarRecord>;
  /** For each brief id, the ids of briefs that depend on it (computed once, not per page). */
  dependents: Map<string, string[]>;
  /** Last commit date per root-relative file path (empty outside git). */
  commitDates: Map<string, Date>;
  config: ResolvedConfig;
  /** Base of "Edit page" links (config, else the git remote), or undefined: no edit links. */
  editBase: string | undefined;
  /** "Today" for staleness, fixed for the whole build. */
  now: Date;
}

let loading: Promise<Handbook> | undefined;

/** Loads every collection once; later calls in the same build reuse the result. */
export function loadHandbook(): Promise<Handbook> {
  loading ??= load();
  return loading;
}

async function load(): Promise<Handbook> {
  // The root the build resolved once (the integration serves it), not the current folder.
  const [northStars, pillars, initiatives, vision, gaps, config] = await Promise.all([
    getCollection('northStar'),
    getCollection('pillars'),
    getCollection('initiatives'),
    getCollection('vision'),
    getCollection('gaps'),
    loadConfig(root, { env: process.env }),
  ]);
  const briefs = initiatives.map((e) => toRecord<Initiative, 'initiatives'>(e));
  const pillarRecords = pillars.map((e) => toRecord<Pillar, 'pillars'>(e));
  const northStar = northStars[0];
  const editBase = await editBaseUrlOf(config, root);
  return {
    northStar: northStar ? toRecord<NorthStar, 'northStar'>(northStar) : undefined,
    pillars: pillarRecords,
    initiatives: briefs,
    vision: vision.map((e) => toRecord<VisionAnswer, 'vision'>(e)),
    gaps: gaps.map((e) => toRecord<Gap, 'gaps'>(e)),
    briefsById: new Map(briefs.map((b) => [b.id, b])),
    pillarsById: new Map(pillarRecords.map((p) => [p.id, p])),
    dependents: dependentsMap(briefs),
    commitDates: gitDates(root),
    config,
    editBase,
    now: config.now,
  };
}

function toRecord<T, C extends DataCollection>(entry: CollectionEntry<C>): HandbookRecord<T, C> {
  const filePath = (entry.filePath ?? entry.id).replace(/^\.\//, '');
  return { id: idOf(filePath), data: entry.data as T, filePath, entry };
}
