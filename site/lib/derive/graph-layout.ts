/**
 * A layered (Sugiyama-style) drawing of the dependency graph, computed at build time so the page
 * needs no client-side library: longest-path layers run left to right, an edge spanning several
 * layers passes through one waypoint per layer, and nodes are ordered within their layer by
 * barycentre sweeps that keep the ordering with the fewest edge crossings.
 */
import { assignLayers, type DependencyGraph, type GraphBrief } from '../../../linter/core/graph.ts';

export interface LayoutOptions {
  nodeWidth: number;
  nodeHeight: number;
  /** Horizontal space between layers. */
  layerGap: number;
  /** Vertical space between nodes of one layer. */
  nodeGap: number;
  /** Height of the slot a waypoint of a long edge takes in a layer. */
  waypointHeight: number;
  padding: number;
  /** Barycentre sweeps (down and up count as one). */
  sweeps: number;
}

export const defaultLayoutOptions: LayoutOptions = {
  nodeWidth: 196,
  nodeHeight: 46,
  layerGap: 56,
  nodeGap: 14,
  waypointHeight: 14,
  padding: 8,
  sweeps: 6,
};

export interface PlacedNode {
  brief: GraphBrief;
  layer: number;
  /** Top-left corner. */
  x: number;
  y: number;
}

export interface PlacedEdge {
  from: string;
  to: string;
  cyclic: boolean;
  /** The points the edge passes through, from the prerequisite's right side to the dependant's left. */
  points: { x: number; y: number }[];
}

export interface GraphLayout {
  nodes: PlacedNode[];
  edges: PlacedEdge[];
  width: number;
  height: number;
  layers: number;
  /** Edge crossings between adjacent layers in the chosen ordering. */
  crossings: number;
}

/** A slot in a layer: a brief, or a waypoint `edgeIndex:layer` of a long edge. */
interface Slot {
  key: string;
  real: boolean;
}

/** Counts crossings between consecutive layers for segments given as [upper key, lower key]. */
export function countCrossings(order: readonly string[][], segments: readonly [string, string][]): number {
  const position = new Map<string, number>();
  order.forEach((layer) => layer.forEach((key, index) => position.set(key, index)));
  const layerOf = new Map<string, number>();
  order.forEach((layer, index) => layer.forEach((key) => layerOf.set(key, index)));
  let crossings = 0;
  for (let i = 0; i < segments.length; i += 1) {
    for (let j = i + 1; j < segments.length; j += 1) {
      const [a1, a2] = segments[i] as [string, string];
      const [b1, b2] = segments[j] as [string, string];
      if (layerOf.get(a1) !== layerOf.get(b1)) continue;
      const d1 = (position.get(a1) as number) - (position.get(b1) as number);
      const d2 = (position.get(a2) as number) - (position.get(b2) as number);
      if (d1 * d2 < 0) crossings += 1;
    }
  }
  return crossings;
}

/**
 * Orders every layer by barycentre: sweeping down, a slot moves to the mean position of its
 * neighbours in the layer before; sweeping up, of those in the layer after. Ties keep the current
 * order (the sort is stable), so the result is deterministic. Returns the best ordering seen.
 */
export function orderLayers(initial: readonly string[][], segments: readonly [string, string][], sweeps: number): string[][] {
  const up = new Map<string, string[]>();
  const down = new Map<string, string[]>();
  for (const [a, b] of segments) {
    down.set(a, [...(down.get(a) ?? []), b]);
    up.set(b, [...(up.get(b) ?? []), a]);
  }
  let order = initial.map((layer) => [...layer]);
  let best = order.map((layer) => [...layer]);
  let bestCrossings = countCrossings(best, segments);
  const reorder = (layerIndex: number, neighbours: Map<string, string[]>, reference: readonly string[]): void => {
    const at = new Map(reference.map((key, index) => [key, index]));
    const layer = order[layerIndex] as string[];
    const centre = new Map<string, number>();
    layer.forEach((key, index) => {
      const positions = (neighbours.get(key) ?? []).map((n) => at.get(n)).filter((p) => p !== undefined);
      // Scale to the reference layer so a slot without neighbours keeps its relative place.
      centre.set(
        key,
        positions.length === 0
          ? (index * Math.max(reference.length - 1, 0)) / Math.max(layer.length - 1, 1)
          : positions.reduce((sum, p) => sum + p, 0) / positions.length,
      );
    });
    order[layerIndex] = [...layer].sort((a, b) => (centre.get(a) as number) - (centre.get(b) as number));
  };
  for (let sweep = 0; sweep < sweeps; sweep += 1) {
    for (let i = 1; i < order.length; i += 1) reorder(i, up, order[i - 1] as string[]);
    for (let i = order.length - 2; i >= 0; i -= 1) reorder(i, down, order[i + 1] as string[]);
    const crossings = countCrossings(order, segments);
    if (crossings < bestCrossings) {
      best = order.map((layer) => [...layer]);
      bestCrossings = crossings;
    }
    order = order.map((layer) => [...layer]);
  }
  return best;
}

/** Places the graph's nodes and routes its edges. */
export function layoutGraph(
  graph: Pick<DependencyGraph, 'nodes' | 'edges'>,
  options: LayoutOptions = defaultLayoutOptions,
): GraphLayout {
  const ids = graph.nodes.map((node) => node.id);
  const layer = assignLayers(ids, graph.edges);
  const layerCount = ids.length === 0 ? 0 : Math.max(...layer.values()) + 1;
  const slots: Slot[][] = Array.from({ length: layerCount }, () => []);
  for (const id of ids) slots[layer.get(id) as number]?.push({ key: id, real: true });

  // Each edge becomes a chain of one-layer segments through waypoints. An edge that runs
  // backwards (inside a cycle) or stays in one layer is drawn directly, without waypoints.
  const segments: [string, string][] = [];
  const routes = graph.edges.map((edge, edgeIndex) => {
    const fromLayer = layer.get(edge.from) as number;
    const toLayer = layer.get(edge.to) as number;
    const keys = [edge.from];
    if (toLayer > fromLayer) {
      for (let l = fromLayer + 1; l < toLayer; l += 1) {
        const key = `${edgeIndex}:${l}`;
        slots[l]?.push({ key, real: false });
        keys.push(key);
      }
      keys.push(edge.to);
      for (let k = 0; k + 1 < keys.length; k += 1) segments.push([keys[k] as string, keys[k + 1] as string]);
    } else {
      keys.push(edge.to);
    }
    return keys;
  });

  const realKeys = new Set(ids);
  const order = orderLayers(
    slots.map((layerSlots) => layerSlots.map((slot) => slot.key)),
    segments,
    options.sweeps,
  );

  const { nodeWidth, nodeHeight, layerGap, nodeGap, waypointHeight, padding } = options;
  const slotHeight = (key: string): number => (realKeys.has(key) ? nodeHeight : waypointHeight);
  const columnHeight = (keys: readonly string[]): number =>
    keys.reduce((sum, key) => sum + slotHeight(key), 0) + Math.max(keys.length - 1, 0) * nodeGap;
  const innerHeight = Math.max(0, ...order.map(columnHeight));
  const centreOf = new Map<string, { x: number; y: number }>();
  order.forEach((keys, l) => {
    let y = padding + (innerHeight - columnHeight(keys)) / 2;
    const x = padding + l * (nodeWidth + layerGap);
    for (const key of keys) {
      centreOf.set(key, { x: x + nodeWidth / 2, y: y + slotHeight(key) / 2 });
      y += slotHeight(key) + nodeGap;
    }
  });

  const nodes: PlacedNode[] = graph.nodes.map((brief) => {
    const centre = centreOf.get(brief.id) as { x: number; y: number };
    return { brief, layer: layer.get(brief.id) as number, x: centre.x - nodeWidth / 2, y: centre.y - nodeHeight / 2 };
  });

  const half = nodeWidth / 2;
  const edges: PlacedEdge[] = graph.edges.map((edge, edgeIndex) => {
    const keys = routes[edgeIndex] as string[];
    const start = centreOf.get(edge.from) as { x: number; y: number };
    const end = centreOf.get(edge.to) as { x: number; y: number };
    const forward = (layer.get(edge.to) as number) > (layer.get(edge.from) as number);
    const points = forward
      ? [
          { x: start.x + half, y: start.y },
          ...keys.slice(1, -1).flatMap((key) => {
            const p = centreOf.get(key) as { x: number; y: number };
            return [{ x: p.x - half, y: p.y }, { x: p.x + half, y: p.y }];
          }),
          { x: end.x - half, y: end.y },
        ]
      : backwardRoute(start, end, half, nodeHeight);
    return { from: edge.from, to: edge.to, cyclic: edge.cyclic, points };
  });

  return {
    nodes,
    edges,
    width: layerCount === 0 ? 0 : padding * 2 + layerCount * nodeWidth + (layerCount - 1) * layerGap,
    height: layerCount === 0 ? 0 : padding * 2 + innerHeight,
    layers: layerCount,
    crossings: countCrossings(order, segments),
  };
}

/** A cycle edge going back (or within a layer): leaves the bottom of one node, enters the bottom of the other. */
function backwardRoute(
  start: { x: number; y: number },
  end: { x: number; y: number },
  half: number,
  nodeHeight: number,
): { x: number; y: number }[] {
  const bottom = Math.max(start.y, end.y) + nodeHeight / 2;
  if (start.x === end.x && start.y === end.y) {
    return [
      { x: start.x + half / 2, y: start.y + nodeHeight / 2 },
      { x: start.x, y: bottom + 10 },
      { x: start.x - half / 2, y: start.y + nodeHeight / 2 },
    ];
  }
  return [
    { x: start.x, y: start.y + nodeHeight / 2 },
    { x: (start.x + end.x) / 2, y: bottom + 6 },
    { x: end.x, y: end.y + nodeHeight / 2 },
  ];
}

/** An SVG path through the points: straight across each layer, a smooth curve between layers. */
export function edgePath(points: readonly { x: number; y: number }[]): string {
  const [first, ...rest] = points;
  if (first === undefined) return '';
  let d = `M${round(first.x)},${round(first.y)}`;
  let previous = first;
  for (const point of rest) {
    const mid = (previous.x + point.x) / 2;
    d +=
      previous.y === point.y
        ? ` L${round(point.x)},${round(point.y)}`
        : ` C${round(mid)},${round(previous.y)} ${round(mid)},${round(point.y)} ${round(point.x)},${round(point.y)}`;
    previous = point;
  }
  return d;
}

const round = (value: number): number => Math.round(value * 10) / 10;

/**
 * Breaks a node label into lines of at most `maxChars` characters at spaces (a longer word is cut),
 * keeping at most `maxLines`; when text is left over the last line ends in an ellipsis.
 */
export function wrapLabel(text: string, maxChars: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  const words = text.trim().split(/\s+/).filter((word) => word !== '');
  for (let index = 0; index < words.length; index += 1) {
    let word = words[index] as string;
    while (word.length > maxChars) {
      if (line !== '') {
        lines.push(line);
        line = '';
      }
      lines.push(word.slice(0, maxChars));
      word = word.slice(maxChars);
    }
    const candidate = line === '' ? word : `${line} ${word}`;
    if (candidate.length <= maxChars) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1] as string;
  kept[maxLines - 1] = `${last.length >= maxChars ? last.slice(0, maxChars - 1).trimEnd() : last}…`;
  return kept;
}
