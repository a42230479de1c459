/**
 * "What changed": the strategy's history as dated entries, from the versions git holds of each
 * brief, pillar and the North Star (`history/git-history.ts`). A brief is followed by its id, so a
 * quarter move between folders (`2026-q3/x.mdx` → `2026-q4/x.mdx`) in one commit is a move, not a
 * removal and an addition. Pure: snapshots in, entries out, newest first.
 */
import type { HistoryCollection, Snapshot } from '../history/git-history.ts';

export type ChangeKind =
  | 'brief-added'
  | 'brief-removed'
  | 'status'
  | 'deprioritized'
  | 'quarter'
  | 'pillar-added'
  | 'pillar-retired'
  | 'pillar-removed'
  | 'north-star'
  | 'indicator';

export interface Change {
  date: Date;
  commit: string;
  kind: ChangeKind;
  collection: HistoryCollection;
  id: string;
  /** The brief's, pillar's or North Star's title at the time. */
  title: string;
  /** One sentence saying what changed. */
  text: string;
}

type Data = Record<string, unknown>;
const str = (value: unknown): string => (value === undefined || value === null ? '' : value instanceof Date ? value.toISOString().slice(0, 10) : String(value));
const titleOf = (data: Data | null, id: string): string => str(data?.['title']) || id;

function indicators(data: Data | null): Map<string, string> {
  const list = Array.isArray(data?.['indicators']) ? (data['indicators'] as unknown[]) : [];
  return new Map(
    list.filter((item): item is Data => typeof item === 'object' && item !== null).map((item) => [str(item['name']), str(item['current'])] as const),
  );
}

function numberOf(data: Data | null, key: 'current' | 'target'): { value: string; date: string } {
  const block = data?.[key];
  if (typeof block !== 'object' || block === null) return { value: '', date: '' };
  const record = block as Data;
  return { value: str(record['value']), date: str(record['asOf'] ?? record['by']) };
}

/** What one version changed against the one before it (null: did not exist). */
function diff(before: Data | null, after: Data | null, snapshot: Snapshot): Omit<Change, 'date' | 'commit' | 'collection' | 'id'>[] {
  const title = titleOf(after ?? before, snapshot.id);
  const out: Omit<Change, 'date' | 'commit' | 'collection' | 'id'>[] = [];
  if (snapshot.collection === 'initiatives') {
    if (!before && after) return [{ kind: 'brief-added', title, text: `Brief added for ${str(after['quarter'])} (${str(after['status'])}).` }];
    if (before && !after) return [{ kind: 'brief-removed', title, text: 'Brief removed.' }];
    if (!before || !after) return [];
    if (str(before['status']) !== str(after['status'])) {
      out.push(
        str(after['status']) === 'deprioritized'
          ? { kind: 'deprioritized', title, text: `Deprioritized (was ${str(before['status'])}): ${str(after['reason']) || 'no reason given'}.` }
          : { kind: 'status', title, text: `Status ${str(before['status'])} → ${str(after['status'])}.` },
      );
    }
    if (str(before['quarter']) !== str(after['quarter'])) out.push({ kind: 'quarter', title, text: `Moved from ${str(before['quarter'])} to ${str(after['quarter'])}.` });
    return out;
  }
  if (snapshot.collection === 'pillars') {
    if (!before && after) return [{ kind: 'pillar-added', title, text: `Pillar added (${str(after['status']) || 'active'}).` }];
    if (before && !after) return [{ kind: 'pillar-removed', title, text: 'Pillar removed.' }];
    if (!before || !after) return [];
    if (str(before['status']) !== 'retired' && str(after['status']) === 'retired') out.push({ kind: 'pillar-retired', title, text: 'Pillar retired.' });
    const old = indicators(before);
    for (const [name, current] of indicators(after)) {
      const was = old.get(name);
      if (was !== undefined && was !== current) out.push({ kind: 'indicator', title, text: `${name}: ${was || '—'} → ${current || '—'}.` });
    }
    return out;
  }
  if (!after) return [];
  const now = numberOf(after, 'current');
  const was = numberOf(before, 'current');
  const unit = str(after['unit']);
  if (now.value !== '' && now.value !== was.value) {
    out.push({
      kind: 'north-star',
      title,
      text: before ? `North Star ${was.value || '—'} → ${now.value}${unit ? ` ${unit}` : ''} (as of ${now.date}).` : `North Star set: ${now.value}${unit ? ` ${unit}` : ''} (as of ${now.date}).`,
    });
  }
  return out;
}

/**
 * Entries from snapshots in commit order. Within one commit a file removed and another with the
 * same id added is one move. Newest first.
 */
export function changesFrom(snapshots: readonly Snapshot[]): Change[] {
  const latest = new Map<string, Data | null>();
  const entries: Change[] = [];
  // Group by commit, keeping order: a move shows up as a delete and an add of one id.
  const commits: Snapshot[][] = [];
  for (const snapshot of snapshots) {
    const last = commits[commits.length - 1];
    if (last && last[0]!.commit === snapshot.commit) last.push(snapshot);
    else commits.push([snapshot]);
  }
  for (const group of commits) {
    const byKey = new Map<string, Snapshot>();
    for (const snapshot of group) {
      const key = `${snapshot.collection}/${snapshot.id}`;
      const seen = byKey.get(key);
      // A version with data wins over a deletion of the same id in the same commit (a move).
      if (!seen || (seen.data === null && snapshot.data !== null)) byKey.set(key, snapshot);
    }
    for (const [key, snapshot] of byKey) {
      const before = latest.get(key) ?? null;
      for (const change of diff(before, snapshot.data, snapshot)) {
        entries.push({ ...change, date: snapshot.date, commit: snapshot.commit, collection: snapshot.collection, id: snapshot.id });
      }
      latest.set(key, snapshot.data);
    }
  }
  return entries.reverse();
}
