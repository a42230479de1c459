/**
 * The dependency graph of the briefs, as plain data: which briefs wait on which, the cycles among
 * them (the linter reports cycles as errors, but the site must still build and never loop on
 * one), and the chains of work that must land in order. An edge points from a prerequisite to the
 * brief that depends on it, so the graph reads in the order work lands.
 */
import { findCycles } from './cycles.ts';
import type { InitiativeStatus } from '../schema/initiative.ts';

/** What the graph needs to know about a brief. */
export interface GraphBrief {
  id: string;
  title: string;
  status: InitiativeStatus;
  dependsOn: readonly string[];
}

export interface GraphEdge {
  /** The prerequisite. */
  from: string;
  /** The brief that depends on it. */
  to: string;
  /** Part of a dependency cycle (both ends in one strongly connected component). */
  cyclic: boolean;
}

export interface DependencyGraph {
  /** Briefs with a dependency or a dependant, sorted by id. */
  nodes: GraphBrief[];
  /** One edge per existing dependency, sorted by (to, from). */
  edges: GraphEdge[];
  /** Each cycle's briefs (a strongly connected component of two or more, or a self-dependency). */
  cycles: string[][];
  /** Dependencies naming no brief: `{ from: missing id, to: brief }`. */
  missing: { from: string; to: string }[];
}

/** Builds the graph of briefs that take part in at least one dependency. */
export function buildDependencyGraph(briefs: readonly GraphBrief[]): DependencyGraph {
  const byId = new Map(briefs.map((brief) => [brief.id, brief]));
  const edges: GraphEdge[] = [];
  const missing: { from: string; to: string }[] = [];
  const involved = new Set<string>();
  for (const brief of briefs) {
    for (const from of new Set(brief.dependsOn)) {
      if (!byId.has(from)) {
        missing.push({ from, to: brief.id });
        continue;
      }
      edges.push({ from, to: brief.id, cyclic: false });
      involved.add(from).add(brief.id);
    }
  }
  const nodes = [...involved].sort().map((id) => byId.get(id) as GraphBrief);
  const cycles = findCycles(
    nodes.map((node) => node.id),
    edges,
  );
  const component = new Map<string, number>();
  cycles.forEach((cycle, index) => cycle.forEach((id) => component.set(id, index)));
  for (const edge of edges) {
    const c = component.get(edge.from);
    edge.cyclic = c !== undefined && c === component.get(edge.to);
  }
  edges.sort((a, b) => a.to.localeCompare(b.to) || a.from.localeCompare(b.from));
  missing.sort((a, b) => a.to.localeCompare(b.to) || a.from.localeCompare(b.from));
  return { nodes, edges, cycles, missing };
}

/**
 * Longest-path layering: a brief with no prerequisite is in layer 0, any other one layer after
 * its deepest prerequisite. Edges inside a cycle are ignored, which leaves an acyclic graph.
 */
export function assignLayers(
  ids: readonly string[],
  edges: readonly GraphEdge[],
): Map<string, number> {
  const acyclic = edges.filter((edge) => !edge.cyclic && edge.from !== edge.to);
  const incoming = new Map<string, number>(ids.map((id) => [id, 0]));
  const next = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (const { from, to } of acyclic) {
    if (!incoming.has(from) || !incoming.has(to)) continue;
    incoming.set(to, (incoming.get(to) as number) + 1);
    next.get(from)?.push(to);
  }
  const layer = new Map<string, number>(ids.map((id) => [id, 0]));
  const queue = ids.filter((id) => incoming.get(id) === 0);
  for (let head = 0; head < queue.length; head += 1) {
    const id = queue[head] as string;
    for (const to of next.get(id) ?? []) {
      layer.set(to, Math.max(layer.get(to) as number, (layer.get(id) as number) + 1));
      const left = (incoming.get(to) as number) - 1;
      incoming.set(to, left);
      if (left === 0) queue.push(to);
    }
  }
  return layer;
}

/**
 * Every maximal chain of work, in landing order: from a brief with no prerequisite to one that
 * nothing depends on. Cycle-safe (a chain never revisits a brief) and capped at `limit` chains.
 */
export function dependencyChains(
  graph: Pick<DependencyGraph, 'nodes' | 'edges'>,
  limit = 50,
): { chains: string[][]; truncated: boolean } {
  const next = new Map<string, string[]>(graph.nodes.map((node) => [node.id, []]));
  const hasPrerequisite = new Set<string>();
  for (const edge of graph.edges) {
    if (edge.cyclic || edge.from === edge.to) continue;
    next.get(edge.from)?.push(edge.to);
    hasPrerequisite.add(edge.to);
  }
  for (const list of next.values()) list.sort();
  const chains: string[][] = [];
  let truncated = false;
  const walk = (path: string[]): void => {
    if (chains.length >= limit) {
      truncated = true;
      return;
    }
    const last = path[path.length - 1] as string;
    const onward = (next.get(last) ?? []).filter((id) => !path.includes(id));
    if (onward.length === 0) {
      if (path.length > 1) chains.push(path);
      return;
    }
    for (const id of onward) walk([...path, id]);
  };
  for (const node of graph.nodes) if (!hasPrerequisite.has(node.id)) walk([node.id]);
  return { chains, truncated };
}
