/**
 * The trend series of the build's handbook, derived once per build from the history "What
 * changed" already reads (`changes.ts`): no git process of its own, none per page.
 */
import { trendsFrom, type Trends } from '../derive/trends.ts';
import type { Snapshot } from './git-history.ts';
import { loadHistory } from './changes.ts';

const cache = new WeakMap<readonly Snapshot[], Trends>();

/** North Star and indicator series of the build's handbook; empty outside git. */
export function loadTrends(): Trends {
  const history = loadHistory();
  let trends = cache.get(history);
  if (!trends) {
    trends = trendsFrom(history);
    cache.set(history, trends);
  }
  return trends;
}
