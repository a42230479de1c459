/**
 * Body sections matched by heading text, on the mdast: a "## Why" inside a code block or an
 * MDX comment is not a heading node, so it is never mistaken for a section.
 */
import type { Heading, Root, RootContent } from 'mdast';
import { plainText } from './plain-text.ts';
import { fileStart } from './positions.ts';
import type { Place } from './types.ts';

export interface Section {
  heading: Heading;
  /** The heading's text as a reader sees it (MDX expressions and comments left out). */
  title: string;
  /** The nodes after the heading, up to the next heading of the same or a higher level. */
  content: RootContent[];
}

/** Lowercases and drops punctuation and spacing, so "Why now?" matches "why  now". */
export function normaliseHeading(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Every section of the body, top level only (headings inside lists or JSX are not sections). */
export function sectionsOf(tree: Root): Section[] {
  const sections: Section[] = [];
  tree.children.forEach((node, index) => {
    if (node.type !== 'heading') return;
    const content: RootContent[] = [];
    // Index, not slice: copying the rest of the body per heading is quadratic on long files.
    for (let i = index + 1; i < tree.children.length; i++) {
      const next = tree.children[i];
      if (!next || (next.type === 'heading' && next.depth <= node.depth)) break;
      content.push(next);
    }
    sections.push({ heading: node, title: plainText(node).trim(), content });
  });
  return sections;
}

/** The first section whose heading matches one of `titles` (compared normalised). */
export function findSection(tree: Root, titles: readonly string[]): Section | undefined {
  const wanted = new Set(titles.map(normaliseHeading));
  return sectionsOf(tree).find((section) => wanted.has(normaliseHeading(section.title)));
}

/** The first line after the frontmatter, where a missing section would go (1:1 without one). */
export function missingSectionPlace(tree: Root): Place {
  const first = tree.children[0];
  if (first?.type !== 'yaml' || !first.position) return fileStart;
  const next = tree.children[1];
  const line = next?.position
    ? Math.min(next.position.start.line, first.position.end.line + 1)
    : first.position.end.line;
  return { start: { line, column: 1 } };
}
