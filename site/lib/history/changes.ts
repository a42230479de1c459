/**
 * The strategy's history, read from git once per build and shared: the "What changed" page and
 * feed (`loadChanges`) and the trend charts (`trends.ts`) derive from the same snapshots, at the
 * root the build resolved (`virtual:handbook/root`), never the current folder.
 */
import { root as buildRoot } from 'virtual:handbook/root';
import { changesFrom, type Change } from '../derive/changes.ts';
import { contentHistory, type Snapshot } from './git-history.ts';

const histories = new Map<string, Snapshot[]>();
const cache = new Map<string, Change[]>();

/** Every committed version of the tracked files at `root` (one git log + one cat-file per root). */
export function loadHistory(root: string = buildRoot): Snapshot[] {
  let history = histories.get(root);
  if (!history) {
    history = contentHistory(root);
    histories.set(root, history);
  }
  return history;
}

/** Entries for the handbook at `root` (the build's), newest first; empty outside git. */
export function loadChanges(root: string = buildRoot): Change[] {
  let changes = cache.get(root);
  if (!changes) {
    changes = changesFrom(loadHistory(root));
    cache.set(root, changes);
  }
  return changes;
}
