/**
 * Depth-first, document-order walk over an mdast tree, without recursion: a pull request may
 * nest content thousands of levels deep, and no walker may overflow the stack on it. Cheaper
 * than unist-util-visit, which matters on the lint hot path.
 */
import type { Nodes, Parent } from 'mdast';

/** Calls `visitor` on every node with its parent and its index there. */
export function walk(
  tree: Nodes,
  visitor: (node: Nodes, parent: Parent | undefined, index: number) => void,
): void {
  const stack: { node: Nodes; parent: Parent | undefined; index: number }[] = [
    { node: tree, parent: undefined, index: 0 },
  ];
  for (let item = stack.pop(); item; item = stack.pop()) {
    visitor(item.node, item.parent, item.index);
    if ('children' in item.node) {
      const parent = item.node as Parent;
      for (let i = parent.children.length - 1; i >= 0; i--)
        stack.push({ node: parent.children[i] as Nodes, parent, index: i });
    }
  }
}
