/**
 * The text a reader sees in a node: what headings, sections and answers are compared by, in the
 * rules and on the site alike (the render pipeline drops the same nodes).
 */
import type { Nodes } from 'mdast';

/** Node types whose text is not prose: code run by MDX, frontmatter, raw HTML. */
const hidden = new Set(['mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm', 'yaml', 'html']);
/** Containers whose children are blocks, joined by newlines. */
const blockContainers = new Set([
  'root',
  'blockquote',
  'list',
  'listItem',
  'table',
  'tableRow',
  'footnoteDefinition',
  'mdxJsxFlowElement',
]);

/**
 * The plain text of a node, like `mdast-util-to-string` but without MDX comments and
 * expressions, image alt text included, and blocks on their own lines. Iterative, so a deeply
 * nested tree cannot overflow the stack.
 */
export function plainText(node: Nodes): string {
  let out = '';
  // A stack of nodes still to print, or separators to emit.
  const stack: (Nodes | string)[] = [node];
  while (stack.length > 0) {
    const item = stack.pop();
    if (item === undefined) break;
    if (typeof item === 'string') {
      out += item;
      continue;
    }
    if (hidden.has(item.type)) continue;
    if (item.type === 'image' || item.type === 'imageReference') {
      out += item.alt ?? '';
    } else if (item.type === 'break') {
      out += '\n';
    } else if ('children' in item) {
      const separator = blockContainers.has(item.type) ? '\n' : '';
      for (let i = item.children.length - 1; i >= 0; i--) {
        const child = item.children[i];
        if (child) stack.push(child);
        if (separator && i > 0) stack.push(separator);
      }
    } else if ('value' in item && typeof item.value === 'string') {
      out += item.value;
    }
  }
  return out;
}
