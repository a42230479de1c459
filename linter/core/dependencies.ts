/** The dependency graph between briefs: depends-on, its reverse (blocked-by), and edges. */
import type { BriefEntry } from './entry.ts';

/** A dependency from brief `from` on brief `to` (`to` must land first). */
export interface DependencyEdge {
  from: string;
  to: string;
}

/** Every `dependsOn` edge, in brief order, duplicates removed. */
export function dependencyEdges(briefs: readonly BriefEntry[]): DependencyEdge[] {
  const seen = new Set<string>();
  const edges: DependencyEdge[] = [];
  for (const brief of briefs) {
    for (const to of brief.data.dependsOn) {
      const key = `${brief.id}\u0000${to}`;
      if (seen.has(key)) continue;
      seen.add(key);
      edges.push({ from: brief.id, to });
    }
  }
  return edges;
}

/**
 * For each brief id, the ids of briefs that depend on it ("blocked by" from their side: these
 * briefs wait for it). Every brief gets an entry; ids are sorted.
 */
export function dependentsMap(briefs: readonly BriefEntry[]): Map<string, string[]> {
  const map = new Map<string, string[]>(briefs.map((b) => [b.id, []]));
  for (const { from, to } of dependencyEdges(briefs)) {
    if (from === to) continue;
    const list = map.get(to);
    if (list && !list.includes(from)) list.push(from);
  }
  for (const list of map.values()) list.sort();
  return map;
}

/** A link to another brief that may not exist (the linter reports dangling ids; the site must not crash). */
export interface BriefLink {
  id: string;
  brief?: BriefEntry | undefined;
}

/** Resolves ids to briefs, keeping unknown ids so the page can show them as plain text. */
export function resolveBriefs(
  ids: readonly string[],
  byId: ReadonlyMap<string, BriefEntry>,
): BriefLink[] {
  return ids.map((id) => ({ id, brief: byId.get(id) }));
}
