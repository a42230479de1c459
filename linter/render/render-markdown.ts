/**
 * Serialises the body of a data file back to Markdown from the tree the linter parsed, for the
 * site's `.md` twins of its pages (`/initiatives/<id>.md`, `/llms.txt`): assistants read the same
 * text the HTML page shows, and nothing in it is compiled or evaluated.
 *
 * The drops mirror `render-body.ts`: MDX ESM and expressions go, JSX is reduced to its content
 * (the elements the sanitizer strips, such as `<script>`, with their content), raw HTML goes,
 * and a link or image whose URL the one allowlist (`schema/urls.ts`) refuses keeps only its
 * text. What is left is plain mdast, which `remark-stringify` (with GFM) escapes as it writes.
 */
import type { Parents, Root, RootContent } from 'mdast';
import { defaultSchema } from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { isSafeUrl } from '../schema/urls.ts';

export interface MarkdownOptions {
  /** Rewrites a link or image URL (file links to page URLs, the base path); default: unchanged. */
  resolveUrl?: ((url: string) => string) | undefined;
}

/** Node types that never reach the Markdown (as they never reach the HTML). */
const dropped = new Set([
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
  'html',
  'yaml',
  'toml',
]);
/** Elements whose content the sanitizer removes along with them (`<script>`). */
const stripped = new Set((defaultSchema.strip ?? []).map((name) => name.toLowerCase()));

const stringifier = unified()
  .use(remarkGfm)
  .use(remarkStringify, { bullet: '-', emphasis: '_', fences: true, rule: '-' })
  .freeze();

/** The body as Markdown (the tree is never mutated); an empty body gives an empty string. */
export function renderMarkdown(tree: Root, options: MarkdownOptions = {}): string {
  const copy = cleaned(tree, options.resolveUrl ?? ((url) => url));
  if (copy.children.length === 0) return '';
  return stringifier.stringify(copy).trimEnd() + '\n';
}

/**
 * A copy of the tree with the drops applied, iteratively (content may nest deeply). Parents and
 * nodes whose URL is rewritten are copied; untouched leaves are shared (nothing mutates them),
 * which spares a deep clone of every position object.
 */
function cleaned(tree: Root, resolve: (url: string) => string): Root {
  const root: Root = { ...tree, children: [] };
  const stack: [source: Parents, target: Parents][] = [[tree, root]];
  for (let pair = stack.pop(); pair; pair = stack.pop()) {
    const [source, target] = pair;
    const children: RootContent[] = [];
    // Pending nodes in reverse order, so an unwrapped node's children take its place in order.
    const pending = [...(source.children as RootContent[])].reverse();
    for (let node = pending.pop(); node; node = pending.pop()) {
      const kept = keep(node, resolve);
      if (kept === 'unwrap') {
        if ('children' in node) pending.push(...[...(node.children as RootContent[])].reverse());
        continue;
      }
      if (kept === 'drop') continue;
      if ('children' in kept) {
        const copy = { ...kept, children: [] } as Parents & RootContent;
        stack.push([kept as Parents, copy]);
        children.push(copy);
      } else children.push(kept);
    }
    (target as { children: RootContent[] }).children = children;
  }
  return root;
}

/** What happens to one node: kept (a copy, when its URL is resolved), dropped, or replaced by its children. */
function keep(
  node: RootContent,
  resolve: (url: string) => string,
): RootContent | 'drop' | 'unwrap' {
  if (dropped.has(node.type)) return 'drop';
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
    return node.name && stripped.has(node.name.toLowerCase()) ? 'drop' : 'unwrap';
  }
  if (node.type === 'link' || node.type === 'definition') {
    const url = resolve(node.url);
    if (isSafeUrl(url, 'href')) return { ...node, url };
    return node.type === 'link' ? 'unwrap' : 'drop';
  }
  if (node.type === 'image') {
    const url = resolve(node.url);
    if (isSafeUrl(url, 'src')) return { ...node, url };
    // The alt text stays as text: it is what the reader of the page would have been told.
    return node.alt ? { type: 'text', value: node.alt } : 'drop';
  }
  return node;
}
