/**
 * Renders the body of a data file (North Star, pillar, brief, vision answer, gap, and any `.md`)
 * to HTML from the tree the linter parsed (`engine/parse.ts`): the site publishes exactly what
 * the rules checked, and nothing in it is compiled or evaluated.
 *
 * mdast → hast (MDX expressions and ESM dropped, JSX kept only as plain elements with literal
 * attributes, raw HTML dropped) → `rehype-sanitize` with its default, GitHub-like allowlist →
 * heading ids → HTML. The allowlist decides what survives, so a construct nobody thought of is
 * removed rather than passed through.
 */
import GithubSlugger from 'github-slugger';
import type { Element, ElementContent, Root as HastRoot, RootContent } from 'hast';
import { toString as hastToString } from 'hast-util-to-string';
import type { Root } from 'mdast';
import type { Handler, State } from 'mdast-util-to-hast';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';

/** A heading of the rendered body, as Astro's `render()` reports headings. */
export interface RenderedHeading {
  depth: number;
  slug: string;
  text: string;
}

export interface RenderedBody {
  html: string;
  headings: RenderedHeading[];
}

export interface RenderOptions {
  /** Rewrites a link or image URL (file links to page URLs, the base path); default: unchanged. */
  resolveUrl?: ((url: string) => string) | undefined;
}

type JsxNode = {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
  children: never[];
};

/** JSX in a data file becomes a plain element (or, for a component, just its children). */
const jsx: Handler = (state: State, node: JsxNode) => {
  const children = state.all(node as never) as ElementContent[];
  const name = node.name;
  if (!name || !/^[a-z][a-z0-9]*$/.test(name)) return children;
  const properties: Record<string, string> = {};
  for (const attribute of node.attributes) {
    // Only literal string attributes; expressions and spreads never reach the output.
    if (
      attribute.type === 'mdxJsxAttribute' &&
      attribute.name &&
      typeof attribute.value === 'string'
    )
      properties[attribute.name] = attribute.value;
  }
  const element: Element = { type: 'element', tagName: name, properties, children };
  return element;
};
const nothing: Handler = () => undefined;

const handlers: Record<string, Handler> = {
  mdxJsxFlowElement: jsx,
  mdxJsxTextElement: jsx,
  mdxFlowExpression: nothing,
  mdxTextExpression: nothing,
  mdxjsEsm: nothing,
  yaml: nothing,
  toml: nothing,
};

const processor = unified()
  // Typographic quotes and dashes, as Astro's Markdown pipeline renders them (text only).
  .use(remarkSmartypants)
  // Raw HTML (`html` nodes) is dropped: it is never live, in `.md` or anywhere else.
  .use(remarkRehype, { handlers, allowDangerousHtml: false, clobberPrefix: '' })
  .use(rehypeSanitize, defaultSchema)
  .freeze();
const stringifier = unified().use(rehypeStringify).freeze();

/** Renders a parsed body (never mutated) to sanitized HTML and its headings. */
export function renderBody(tree: Root, options: RenderOptions = {}): RenderedBody {
  const copy = structuredClone(tree);
  if (options.resolveUrl) rewriteUrls(copy, options.resolveUrl);
  const hast = processor.runSync(copy) as HastRoot;
  fixInPageLinks(hast);
  const headings = addHeadingIds(hast);
  return { html: stringifier.stringify(hast), headings };
}

/** Rewrites link, image and definition URLs in place (before sanitizing, so results are checked too). */
function rewriteUrls(tree: Root, resolve: (url: string) => string): void {
  const stack: { type: string; url?: string; children?: unknown[] }[] = [tree];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (
      (node.type === 'link' || node.type === 'image' || node.type === 'definition') &&
      typeof node.url === 'string'
    )
      node.url = resolve(node.url);
    if (Array.isArray(node.children)) stack.push(...(node.children as typeof stack));
  }
}

/**
 * The sanitizer prefixes every `id` with `user-content-` (so content cannot clobber globals the
 * page's scripts read); in-page links such as footnote references follow their target.
 */
function fixInPageLinks(tree: HastRoot): void {
  const ids = new Set<string>();
  const anchors: Element[] = [];
  eachElement(tree, (element) => {
    const id = element.properties['id'];
    if (typeof id === 'string') ids.add(id);
    if (
      element.tagName === 'a' &&
      typeof element.properties['href'] === 'string' &&
      element.properties['href'].startsWith('#')
    )
      anchors.push(element);
  });
  for (const anchor of anchors) {
    const target = String(anchor.properties['href']).slice(1);
    const prefixed = `${defaultSchema.clobberPrefix ?? ''}${target}`;
    if (!ids.has(target) && ids.has(prefixed)) anchor.properties['href'] = `#${prefixed}`;
  }
}

/** Gives each heading the id Starlight's table of contents links to (github-slugger, as Astro does). */
function addHeadingIds(tree: HastRoot): RenderedHeading[] {
  const slugger = new GithubSlugger();
  const headings: RenderedHeading[] = [];
  eachElement(tree, (element) => {
    const depth = /^h([1-6])$/.exec(element.tagName)?.[1];
    // A heading that has an id already (the footnotes label) keeps it and stays out of the TOC.
    if (!depth || element.properties['id'] !== undefined) return;
    const text = hastToString(element).trim();
    const slug = slugger.slug(text);
    element.properties['id'] = slug;
    headings.push({ depth: Number(depth), slug, text });
  });
  return headings;
}

/** Visits every element, iteratively (content may nest deeply). */
function eachElement(tree: HastRoot, visit: (element: Element) => void): void {
  const stack: (HastRoot | RootContent)[] = [tree];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === 'element') visit(node);
    if ('children' in node)
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
}
