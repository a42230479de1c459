/**
 * Publishes the links of strategy docs compiled as MDX (`@astrojs/mdx`) the way the content
 * loader publishes every other body: file links (`../guides/x.mdx#why`) become page URLs and
 * root-relative links get the base path (`engine/content-links.ts` decides both). Literal `href`
 * props of components (`<LinkCard href="/roadmap/" />`) are links too. Runs in the remark stage,
 * after `mdx-safe` has checked the tree.
 */
import { join, relative, sep } from 'node:path';
import { siteUrlOf } from '../../linter/engine/content-links.ts';

interface Node {
  type: string;
  url?: unknown;
  attributes?: { type: string; name?: unknown; value?: unknown }[];
  children?: Node[];
}

export interface RemarkSiteLinksOptions {
  /** The handbook root (holds `content/`). */
  root: string;
  /** The site's base path, `/` or `/handbook/`. */
  base: string;
}

/** The remark plugin (for `markdown.processor`'s `remarkPlugins`). */
export function remarkSiteLinks(options: RemarkSiteLinksOptions) {
  const contentDir = join(options.root, 'content') + sep;
  return () => (tree: Node, file: { path?: string | undefined }) => {
    const path = file.path ?? '';
    if (!path.startsWith(contentDir)) return;
    const from = relative(join(options.root, 'content'), path).split(sep).join('/');
    const resolve = (url: string) => siteUrlOf(url, from, options.base);
    const stack: Node[] = [tree];
    for (let node = stack.pop(); node; node = stack.pop()) {
      if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && typeof node.url === 'string') node.url = resolve(node.url);
      if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        for (const attribute of node.attributes ?? []) {
          if (attribute.type === 'mdxJsxAttribute' && attribute.name === 'href' && typeof attribute.value === 'string') attribute.value = resolve(attribute.value);
        }
      }
      if (Array.isArray(node.children)) stack.push(...node.children);
    }
  };
}
