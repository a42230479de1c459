/** The handbook's "What changed" entries, read from git once per build (page and feed share them). */
import { changesFrom, type Change } from '../derive/changes.ts';
import { contentHistory } from './git-history.ts';

const cache = new Map<string, Change[]>();

/** Entries for the handbook at `root`, newest first; empty outside git. */
export function loadChanges(root: string = process.cwd()): Change[] {
  let changes = cache.get(root);
  if (!changes) {
    changes = changesFrom(contentHistory(root));
    cache.set(root, changes);
  }
  return changes;
}
