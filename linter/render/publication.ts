/**
 * What the site publishes for one content file, computed from the parse the linter just did:
 * the raw frontmatter value (the collection schema validates it again in the loader), the body,
 * and for everything but MDX docs the sanitized HTML and the same body as cleaned Markdown (the
 * site's `.md` twins), both from the one tree. The lint workers produce it while they
 * lint (`lintHandbook({ publish })`), so a cold build parses each file once; the site's loader
 * takes it only for the exact bytes it reads (same content hash), else parses and renders itself.
 * It is output of the rendering pipeline, never a verdict: nothing here decides what is safe.
 */
import { siteUrlOf } from '../engine/content-links.ts';
import type { ContentFile } from '../engine/types.ts';
import { renderBody } from './render-body.ts';
import type { RenderedHeading } from './render-body.ts';
import { renderMarkdown } from './render-markdown.ts';

export interface Publication {
  data: Record<string, unknown>;
  body: string;
  /** Absent for strategy docs in `.mdx`, which `@astrojs/mdx` compiles (with `mdx-safe` inside). */
  rendered?: { html: string; headings: RenderedHeading[]; markdown: string } | undefined;
}

/** True for files MDX compiles (strategy docs in `.mdx`); every other body is rendered here. */
function compiledByMdx(file: Pick<ContentFile, 'collection' | 'path'>): boolean {
  return file.collection === 'docs' && /\.mdx$/i.test(file.path);
}

/**
 * The publication of a parsed file, or undefined when it cannot be published (it fails lint).
 * Links are published as page URLs under `base` (file links become the page they point at).
 */
export function publicationOf(file: ContentFile, base: string): Publication | undefined {
  const frontmatter = file.frontmatter;
  if (
    !file.collection ||
    !frontmatter?.ok ||
    !file.tree ||
    file.problems.mdx ||
    file.problems.unreadable
  )
    return undefined;
  const data = (frontmatter.value ?? {}) as Record<string, unknown>;
  const body = file.source.slice(file.bodyOffset);
  if (compiledByMdx(file)) return { data, body };
  const resolveUrl = (url: string): string => siteUrlOf(url, file.contentPath, base);
  const { html, headings } = renderBody(file.tree, { resolveUrl });
  const markdown = renderMarkdown(file.tree, { resolveUrl });
  return { data, body, rendered: { html, headings, markdown } };
}

/** Publications handed from the build's lint run to the content loaders, in the same process. */
const HANDOFF = Symbol.for('strategy-handbook.publications');
type Handoff = Map<string, { hash: string; base: string; publication: Publication }>;
const handoff = ((globalThis as Record<symbol, unknown>)[HANDOFF] ??= new Map()) as Handoff;

export function handOff(
  absolute: string,
  hash: string,
  base: string,
  publication: Publication,
): void {
  handoff.set(absolute, { hash, base, publication });
}

/** The handed-off publication of `absolute`, only if it was made from bytes with this hash, for this base. */
export function takePublication(
  absolute: string,
  hash: string,
  base: string,
): Publication | undefined {
  const entry = handoff.get(absolute);
  handoff.delete(absolute);
  return entry?.hash === hash && entry.base === base ? entry.publication : undefined;
}
