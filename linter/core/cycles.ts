/**
 * Dependency cycles, found once for lint (`brief-depends-on`), `/health/` and `strategy.json`:
 * Tarjan's strongly connected components with an explicit stack, so a chain of thousands of
 * briefs needs no deep recursion. O(nodes + edges).
 */

/**
 * The strongly connected components of a graph given as adjacency lists of node indices
 * (`next[v]` = the nodes `v` points to). Components come out in reverse topological order;
 * every node is in exactly one component.
 */
export function stronglyConnected(next: readonly (readonly number[])[]): number[][] {
  const index = new Array<number>(next.length).fill(-1);
  const low = new Array<number>(next.length).fill(0);
  const onStack = new Array<boolean>(next.length).fill(false);
  const stack: number[] = [];
  const components: number[][] = [];
  let counter = 0;

  for (let root = 0; root < next.length; root++) {
    if (index[root] !== -1) continue;
    // Each frame: a node and how many of its edges have been followed.
    const frames: { v: number; next: number }[] = [{ v: root, next: 0 }];
    index[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = true;
    while (frames.length > 0) {
      const frame = frames[frames.length - 1] as { v: number; next: number };
      const edges = next[frame.v] as readonly number[];
      if (frame.next < edges.length) {
        const w = edges[frame.next++] as number;
        if (index[w] === -1) {
          index[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = true;
          frames.push({ v: w, next: 0 });
        } else if (onStack[w]) {
          low[frame.v] = Math.min(low[frame.v] as number, index[w] as number);
        }
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (parent) low[parent.v] = Math.min(low[parent.v] as number, low[frame.v] as number);
      if (low[frame.v] === index[frame.v]) {
        const component: number[] = [];
        let w: number;
        do {
          w = stack.pop() as number;
          onStack[w] = false;
          component.push(w);
        } while (w !== frame.v);
        components.push(component);
      }
    }
  }
  return components;
}

/**
 * The cycles of a directed graph of ids: its strongly connected components with two or more
 * nodes, plus single nodes that point to themselves. Edges from or to an id not in `ids` are
 * ignored. Each cycle and the list are sorted, for a stable page and export.
 */
export function findCycles(
  ids: readonly string[],
  edges: readonly { from: string; to: string }[],
): string[][] {
  const position = new Map<string, number>();
  for (const id of ids) if (!position.has(id)) position.set(id, position.size);
  const names = [...position.keys()];
  const next: number[][] = names.map(() => []);
  const selfLoops = new Set<number>();
  for (const { from, to } of edges) {
    const v = position.get(from);
    const w = position.get(to);
    if (v === undefined || w === undefined) continue;
    (next[v] as number[]).push(w);
    if (v === w) selfLoops.add(v);
  }
  return stronglyConnected(next)
    .filter((component) => component.length > 1 || selfLoops.has(component[0] as number))
    .map((component) => component.map((v) => names[v] as string).sort())
    .sort((a, b) => (a[0] as string).localeCompare(b[0] as string));
}

/**
 * The dependency cycles among briefs (`dependsOn` ids naming no brief are ignored; the first
 * brief with an id takes part, as in lint). A self-dependency is a cycle of one.
 */
export function dependencyCycles(
  briefs: readonly { id: string; dependsOn: readonly string[] }[],
): string[][] {
  return findCycles(
    briefs.map((brief) => brief.id),
    briefs.flatMap((brief) => brief.dependsOn.map((to) => ({ from: brief.id, to }))),
  );
}
