/**
 * `brief-depends-on`: every id in a brief's `dependsOn` is the id of another brief, and the
 * dependencies have no cycle. A dependency on a missing brief hides a blocker from the roadmap;
 * a cycle means none of its briefs can ever start.
 *
 * Unknown ids and self-dependencies are reported at the `dependsOn` item, an unknown one with a
 * "did you mean" (computed only for misses). Cycles are found with Tarjan's strongly connected
 * components (`core/cycles.ts`, shared with `/health/` and `strategy.json`), iteratively, so a chain of thousands of briefs needs no deep recursion: O(briefs +
 * dependencies). Every brief of a cycle is reported once, at its entry that points into the
 * cycle, with the cycle's text starting from that brief and the other briefs' entries as related
 * locations. When a component is more than one simple cycle, each brief gets a shortest cycle
 * through it (paths to and from one root of the component, with repeated briefs cut out); cycles
 * longer than 12 briefs are shortened in the message. When
 * two files share an id (`unique-id` reports that), the first by path takes part in cycles.
 * No options.
 */
import { stronglyConnected } from '../core/cycles.ts';
import { didYouMeanHint } from '../engine/suggest.ts';
import { fileStart } from '../engine/positions.ts';
import type { ContentFile, FileFacts, Reference, Related, ReportOn } from '../engine/types.ts';
import { defineRule } from '../engine/define-rule.ts';
import { productRuleDocsUrl } from '../config/urls.ts';

/** Cycles longer than this are named by their first briefs and a count, to keep reports short. */
const maxNamed = 12;
/** Above this size, a component that is not a simple ring is reported without tracing cycles. */
const maxTraced = 256;

/** What this rule records from a brief (phase one): its `dependsOn` ids, where each is written. */
export interface DependencyFacts {
  brief?: { dependsOn: Reference[] } | undefined;
}

/** The string entries of a brief's raw `dependsOn` (so a brief with other schema errors is still checked). */
function dependsOnOf(file: ContentFile): Reference[] {
  const value: unknown = (file.frontmatter?.value as Record<string, unknown> | undefined)?.[
    'dependsOn'
  ];
  if (!Array.isArray(value)) return [];
  return value.flatMap((id: unknown, index) =>
    typeof id === 'string'
      ? [{ id, place: file.frontmatter?.locate(['dependsOn', index]) ?? fileStart }]
      : [],
  );
}

interface Node {
  file: FileFacts;
  /** Known dependencies other than itself: target node and the entry that names it (first one). */
  edges: { to: number; ref: Reference }[];
}

/** The message ids this rule reports, with what each means. */
const messages = {
  unknown: 'A `dependsOn` id is not the id of any brief',
  self: 'A brief depends on itself',
  cycle: 'The brief is part of a dependency cycle',
};
type MessageId = keyof typeof messages;

export const briefDependsOn = defineRule({
  id: 'brief-depends-on',
  description: 'Every `dependsOn` id names another brief, and dependencies have no cycle',
  url: productRuleDocsUrl,
  defaultSeverity: 'error',
  messages,
  record(file, facts) {
    if (facts.brief) facts.brief.dependsOn = dependsOnOf(file);
  },
  checkHandbook(handbook, report) {
    const briefs = handbook.files
      .filter((file) => file.brief)
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const indexOf = new Map<string, number>();
    const nodes: Node[] = [];
    for (const file of briefs) {
      if (indexOf.has(file.id)) continue;
      indexOf.set(file.id, nodes.length);
      nodes.push({ file, edges: [] });
    }

    for (const file of briefs) {
      const own = indexOf.get(file.id);
      const node = own !== undefined && nodes[own]?.file === file ? nodes[own] : undefined;
      for (const ref of file.brief?.dependsOn ?? []) {
        if (ref.id === file.id) {
          report(
            file.path,
            `Unexpected dependency of \`${ref.id}\` on itself, expected the id of another brief`,
            {
              messageId: 'self',
              place: ref.place,
              hint: 'Remove this entry: a brief cannot wait for itself.',
            },
          );
          continue;
        }
        const to = indexOf.get(ref.id);
        if (to === undefined) {
          report(
            file.path,
            `Unknown brief \`${ref.id}\` in \`dependsOn\`, expected the id of a brief in content/initiatives/`,
            {
              messageId: 'unknown',
              place: ref.place,
              hint:
                didYouMeanHint(ref.id, indexOf.keys()) ??
                'The id is the brief’s file name without extension.',
            },
          );
          continue;
        }
        if (node && !node.edges.some((edge) => edge.to === to)) node.edges.push({ to, ref });
      }
    }

    for (const component of stronglyConnected(
      nodes.map((node) => node.edges.map((edge) => edge.to)),
    )) {
      if (component.length < 2) continue;
      reportCycles(nodes, component, report);
    }
  },
});

/**
 * Reports each brief of one strongly connected component with a cycle through it. Two
 * breadth-first searches from a root give, for every brief, a shortest path to the root and
 * from the root; joined and with loops erased they form a simple cycle. A ring (the usual shape)
 * is walked once: O(component) in all. Otherwise each brief costs the length of its cycle, so
 * tangles of more than `maxTraced` briefs name only each brief's next step.
 */
function reportCycles(
  nodes: readonly Node[],
  component: readonly number[],
  report: ReportOn<MessageId>,
): void {
  const members = new Set(component);
  const sorted = [...component].sort((a, b) => a - b);
  const root = sorted[0] as number;

  // Forward search: parent pointers give the path root → v.
  const parent = new Map<number, number>([[root, -1]]);
  for (let queue = [root], i = 0; i < queue.length; i++) {
    const v = queue[i] as number;
    for (const { to } of (nodes[v] as Node).edges) {
      if (members.has(to) && !parent.has(to)) {
        parent.set(to, v);
        queue.push(to);
      }
    }
  }
  // Backward search: `toward` gives the next hop on a shortest path v → root.
  const incoming = new Map<number, number[]>();
  for (const v of sorted) {
    for (const { to } of (nodes[v] as Node).edges) {
      if (!members.has(to)) continue;
      const list = incoming.get(to);
      if (list) list.push(v);
      else incoming.set(to, [v]);
    }
  }
  const toward = new Map<number, number>([[root, -1]]);
  for (let queue = [root], i = 0; i < queue.length; i++) {
    const v = queue[i] as number;
    for (const from of incoming.get(v) ?? []) {
      if (!toward.has(from)) {
        toward.set(from, v);
        queue.push(from);
      }
    }
  }

  // The usual case, a ring (each brief has one dependency inside the component): one walk.
  const ring = ringOrder(nodes, root, members);
  const position = new Map(ring?.map((n, i) => [n, i]));
  const edgeOf = (from: number, to: number) =>
    (nodes[from] as Node).edges.find((edge) => edge.to === to) as { ref: Reference };

  if (!ring && members.size > maxTraced) {
    // A tangle this large has no useful cycle to print; keep the work linear.
    for (const v of sorted) {
      const edge = (nodes[v] as Node).edges.find((e) => members.has(e.to)) as {
        to: number;
        ref: Reference;
      };
      const id = (nodes[v] as Node).file.id;
      report(
        (nodes[v] as Node).file.path,
        `Unexpected dependency cycle: \`${id}\` → \`${(nodes[edge.to] as Node).file.id}\` → … → \`${id}\` (${members.size} briefs depend on each other)`,
        {
          messageId: 'cycle',
          place: edge.ref.place,
          hint: 'Remove one of these dependencies, or split a brief so that the work it waits for comes first.',
        },
      );
    }
    return;
  }

  for (const v of sorted) {
    const full = ring ? undefined : cycleThrough(v, root, nodes, members, parent, toward);
    const length = ring ? ring.length : (full as number[]).length - 1;
    // The briefs a report names: the whole closed cycle, or its first ones when it is long.
    const named = ring
      ? rotate(ring, position.get(v) as number)
      : length > maxNamed
        ? (full as number[]).slice(0, maxNamed + 1)
        : (full as number[]);
    const ids = named.map((n) => (nodes[n] as Node).file.id);
    const related: Related[] = [];
    for (let i = 1; i < named.length - 1; i++) {
      const from = named[i] as number;
      const to = named[i + 1] as number;
      related.push({
        file: (nodes[from] as Node).file.path,
        place: edgeOf(from, to).ref.place,
        message: `\`${ids[i]}\` depends on \`${ids[i + 1]}\` here`,
      });
    }
    report((nodes[v] as Node).file.path, `Unexpected dependency cycle: ${cycleText(ids, length)}`, {
      messageId: 'cycle',
      place: edgeOf(v, named[1] as number).ref.place,
      hint: 'Remove one of these dependencies, or split a brief so that the work it waits for comes first.',
      related,
    });
  }
}

/** The component's briefs in cycle order from `root`, when the component is one simple cycle. */
function ringOrder(
  nodes: readonly Node[],
  root: number,
  members: ReadonlySet<number>,
): number[] | undefined {
  const order: number[] = [];
  let n = root;
  do {
    const inside = (nodes[n] as Node).edges.filter((edge) => members.has(edge.to));
    if (inside.length !== 1) return undefined;
    order.push(n);
    n = (inside[0] as { to: number }).to;
  } while (n !== root && order.length <= members.size);
  return order.length === members.size ? order : undefined;
}

/** The ring from position `start`, closed, or its first `maxNamed + 1` briefs when it is long. */
function rotate(ring: readonly number[], start: number): number[] {
  const named: number[] = [];
  for (let i = 0; i <= Math.min(ring.length, maxNamed); i++)
    named.push(ring[(start + i) % ring.length] as number);
  return named;
}

/** A simple cycle [v, …, v] through `v` inside the component. */
function cycleThrough(
  v: number,
  root: number,
  nodes: readonly Node[],
  members: ReadonlySet<number>,
  parent: ReadonlyMap<number, number>,
  toward: ReadonlyMap<number, number>,
): number[] {
  const walk: number[] = [];
  if (v === root) {
    // Step to the successor closest to the root, then follow `toward` back.
    let best: number | undefined;
    let bestLength = Infinity;
    for (const { to } of (nodes[v] as Node).edges) {
      if (!members.has(to)) continue;
      let length = 0;
      for (let n = to; n !== root && length < bestLength; n = toward.get(n) as number) length++;
      if (length < bestLength) [best, bestLength] = [to, length];
    }
    walk.push(root);
    for (let n = best as number; n !== root; n = toward.get(n) as number) walk.push(n);
  } else {
    for (let n = v; n !== root; n = toward.get(n) as number) walk.push(n);
    const back: number[] = [];
    for (let n = parent.get(v) as number; n !== -1 && n !== root; n = parent.get(n) as number)
      back.push(n);
    walk.push(root, ...back.reverse());
  }
  // Loop erasure: when a brief comes back, cut the detour between its two visits.
  const cycle: number[] = [];
  const at = new Map<number, number>();
  for (const n of walk) {
    const seen = at.get(n);
    if (seen !== undefined) {
      for (const dropped of cycle.splice(seen + 1)) at.delete(dropped);
      continue;
    }
    at.set(n, cycle.length);
    cycle.push(n);
  }
  cycle.push(v);
  return cycle;
}

/** `` `a` → `b` → `c` → `a` ``; a long cycle by its first briefs and its length. */
function cycleText(ids: readonly string[], length: number): string {
  const quoted = ids.map((id) => `\`${id}\``);
  if (length <= maxNamed) return quoted.join(' → ');
  return `${quoted.join(' → ')} → … → ${quoted[0]} (${length} briefs)`;
}
