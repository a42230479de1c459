/**
 * Wraps every table of a strategy doc in a labelled, focusable region (`hb-table-scroll`), the
 * same wrapper the generated views use: a table that cannot fit a phone scrolls inside it, and a
 * keyboard can reach and scroll it (axe: `scrollable-region-focusable`). The label is the table's
 * column headings, so a screen reader announces what the region holds. Runs in the rehype stage
 * of the MDX compile (`markdown.processor`), on elements only; it never adds content.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';

/** The text of a hast node, without markup. */
function textOf(node: ElementContent | RootContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

/** "Table: Ritual, Cadence, Who, Output" from the first row's header cells. */
export function tableLabel(table: Element): string {
  const headers: string[] = [];
  const pending: ElementContent[] = [...table.children];
  while (pending.length > 0 && headers.length === 0) {
    const node = pending.shift() as ElementContent;
    if (node.type !== 'element') continue;
    if (node.tagName === 'tr') {
      for (const cell of node.children) if (cell.type === 'element' && cell.tagName === 'th') headers.push(textOf(cell).trim());
    } else pending.unshift(...node.children);
  }
  const named = headers.filter((header) => header !== '');
  return named.length > 0 ? `Table: ${named.join(', ')}` : 'Table';
}

/** The rehype plugin (for `markdown.processor`'s `rehypePlugins`). */
export function rehypeTableRegion() {
  return (tree: Root) => {
    const parents: (Root | Element)[] = [tree];
    while (parents.length > 0) {
      const parent = parents.pop() as Root | Element;
      parent.children = parent.children.map((child) => {
        if (child.type !== 'element') return child;
        if (child.tagName !== 'table') {
          parents.push(child);
          return child;
        }
        const region: Element = {
          type: 'element',
          tagName: 'div',
          properties: { className: ['hb-table-scroll'], role: 'region', tabIndex: 0, ariaLabel: tableLabel(child) },
          children: [child],
        };
        return region;
      }) as typeof parent.children;
    }
  };
}
