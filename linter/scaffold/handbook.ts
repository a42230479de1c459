/**
 * What the scaffolder needs to know about an existing handbook: its pillars (to offer the
 * active ones), the ids already taken (ids are unique across the handbook) and how briefs are
 * filed (quarter folders such as `initiatives/2026-q4/`).
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { discoverContent } from '../engine/discover.ts';
import { collectionOf, idOf } from '../core/collections.ts';

export interface PillarChoice {
  id: string;
  title: string;
  status: string;
}

export interface HandbookIndex {
  pillars: PillarChoice[];
  /** Root-relative path of the file that defines each id (docs excluded: they have no id). */
  ids: Map<string, string>;
  /** Folders directly under `content/initiatives/`. */
  initiativeFolders: string[];
}

/** Reads the handbook at `root` tolerantly: a broken file is skipped, never fatal. */
export async function indexHandbook(root: string): Promise<HandbookIndex> {
  const { files } = await discoverContent(root);
  const index: HandbookIndex = { pillars: [], ids: new Map(), initiativeFolders: [] };
  for (const file of files) {
    const collection = collectionOf(file.contentPath);
    if (collection === undefined || collection === 'docs' || collection === 'northStar') continue;
    const id = idOf(file.contentPath);
    if (!index.ids.has(id)) index.ids.set(id, file.path);
    if (collection !== 'pillars') continue;
    const data = await readFrontmatter(file.absolute);
    const title = typeof data['title'] === 'string' ? data['title'] : id;
    const status = typeof data['status'] === 'string' ? data['status'] : 'unknown';
    index.pillars.push({ id, title, status });
  }
  try {
    const entries = await readdir(join(root, 'content', 'initiatives'), { withFileTypes: true });
    index.initiativeFolders = entries
      .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
      .map((e) => e.name)
      .sort();
  } catch {
    // No initiatives yet.
  }
  return index;
}

/** The active pillars, in id order. */
export function activePillars(index: HandbookIndex): PillarChoice[] {
  return index.pillars
    .filter((pillar) => pillar.status === 'active')
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}

async function readFrontmatter(path: string): Promise<Record<string, unknown>> {
  try {
    const text = await readFile(path, 'utf8');
    const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
    const value: unknown = match ? parse(match[1] ?? '') : undefined;
    return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
