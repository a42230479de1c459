/**
 * One side of `handbook diff`: the strategy at a commit or in the working tree, made from one
 * lint run. The entries come from the facts the lint recorded (the frontmatter of every valid
 * file, validated with its collection's schema again here, so a cached fact cannot smuggle in
 * a value the schema refuses); vision answers from the linter's own question matching.
 */
import type { ResolvedConfig } from '../config/types.ts';
import type { SourceFile } from '../engine/lint-handbook.ts';
import type { FileFacts, FileResult } from '../engine/types.ts';
import {
  collections,
  type CollectionName,
  type Gap,
  type Initiative,
  type NorthStar,
  type Pillar,
  type VisionAnswer,
} from '../schema/index.ts';
import { splitAnswers } from '../vision/vision-sections.ts';
import type { Entry } from '../core/entry.ts';

export interface Snapshot {
  northStar: Entry<NorthStar> | undefined;
  pillars: Entry<Pillar>[];
  initiatives: Entry<Initiative>[];
  vision: Entry<VisionAnswer>[];
  gaps: Entry<Gap>[];
  /** Answers per respondent id: question id → answer text. */
  answers: Map<string, Map<string, string>>;
  /** The lint report of this side. */
  results: FileResult[];
}

/** Validated data per fact object: both sides share the facts of unchanged files. */
const validated = new WeakMap<object, Record<string, unknown> | null>();

function dataOf(
  collection: CollectionName,
  entry: Record<string, unknown>,
): Record<string, unknown> | undefined {
  let data = validated.get(entry);
  if (data === undefined) {
    const parsed = collections[collection].safeParse(entry);
    data = parsed.success ? (parsed.data as Record<string, unknown>) : null;
    validated.set(entry, data);
  }
  return data ?? undefined;
}

/** The vision answers of the vision files among `files` (read before the lint, which may move the bytes to a worker). */
export function answersOf(
  files: readonly SourceFile[],
  config: ResolvedConfig,
): Map<string, Map<string, string>> {
  const answers = new Map<string, Map<string, string>>();
  const decoder = new TextDecoder('utf-8', { fatal: false });
  for (const file of files) {
    if (!/^vision\/[^/]+\.mdx?$/i.test(file.contentPath)) continue;
    const id =
      file.contentPath
        .split('/')
        .pop()
        ?.replace(/\.mdx?$/i, '') ?? file.contentPath;
    answers.set(id, splitAnswers(decoder.decode(file.bytes), config.vision.questions));
  }
  return answers;
}

/** The strategy of one side, from its lint run's facts and results. */
export function snapshotOf(
  facts: readonly FileFacts[],
  results: FileResult[],
  answers: Map<string, Map<string, string>>,
): Snapshot {
  const snapshot: Snapshot = {
    northStar: undefined,
    pillars: [],
    initiatives: [],
    vision: [],
    gaps: [],
    answers,
    results,
  };
  const sorted = [...facts].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const fact of sorted) {
    if (fact.collection === undefined || fact.collection === 'docs' || fact.entry === undefined)
      continue;
    const data = dataOf(fact.collection, fact.entry);
    if (data === undefined) continue;
    const entry = { id: fact.id, data, filePath: fact.path };
    switch (fact.collection) {
      case 'northStar':
        snapshot.northStar ??= entry as Entry<NorthStar>;
        break;
      case 'pillars':
        snapshot.pillars.push(entry as Entry<Pillar>);
        break;
      case 'initiatives':
        snapshot.initiatives.push(entry as Entry<Initiative>);
        break;
      case 'vision':
        snapshot.vision.push(entry as Entry<VisionAnswer>);
        break;
      case 'gaps':
        snapshot.gaps.push(entry as Entry<Gap>);
        break;
    }
  }
  return snapshot;
}
