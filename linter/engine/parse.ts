/**
 * Turns one content file into a `ContentFile`: decodes it, splits and parses the
 * frontmatter, validates it against its collection's schema, and parses the body.
 * Never throws: every problem becomes a `ParseProblem` for the rules to report.
 *
 * This is the only parse of content: the rules check this tree and the site renders it
 * (`linter/render`), so what is linted is what is published. One micromark configuration per
 * file type: `.mdx` is MDX + GFM (as `@astrojs/mdx` parses it), `.md` is CommonMark + GFM.
 */
import { isUtf8 } from 'node:buffer';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Nodes, Root } from 'mdast';
import { collectionOf, collections, idOf } from '../core/collections.ts';
import { readFrontmatter } from './frontmatter.ts';
import { checkBody } from './guards.ts';
import { LineIndex, fileStart, placeOf } from './positions.ts';
import type { ContentFile, ParseProblems, Place } from './types.ts';

const mdxParser = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkGfm)
  .use(remarkMdx)
  .freeze();
const markdownParser = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkGfm)
  .freeze();

/** The parser for a content path: `.md` is Markdown (no MDX), anything else MDX. */
export function parserFor(path: string): typeof mdxParser {
  return /\.md$/i.test(path) ? markdownParser : mdxParser;
}

/**
 * Parses a content file.
 * @param path path relative to the handbook root, POSIX (e.g. `content/initiatives/x.mdx`)
 * @param contentPath path relative to `content/`, which decides the collection
 */
export function parseContentFile(
  path: string,
  contentPath: string,
  bytes: Uint8Array | string,
): ContentFile {
  const collection = collectionOf(contentPath);
  const problems: ParseProblems = { noFrontmatter: false, yaml: [], schema: [] };
  const base = { path, contentPath, collection, id: idOf(contentPath) };

  const decoded = decode(bytes);
  if ('error' in decoded) {
    problems.unreadable = decoded.error;
    return {
      ...base,
      source: '',
      bodyOffset: 0,
      frontmatter: undefined,
      data: undefined,
      tree: undefined,
      problems,
    };
  }
  // Positions are counted after the BOM, as micromark does.
  const source = decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text;
  const lines = new LineIndex(source);

  const block = readFrontmatter(source, lines);
  problems.noFrontmatter = block === undefined;
  if (block) problems.yaml = block.problems;

  let data: Record<string, unknown> | undefined;
  if (block?.frontmatter.ok && collection) {
    const result = collections[collection].safeParse(block.frontmatter.value);
    if (result.success) data = result.data as Record<string, unknown>;
    else problems.schema = result.error.issues;
  }

  let tree: Root | undefined;
  // Linear guards first (guards.ts): inputs the parser handles superlinearly are reported, not parsed.
  const guard = checkBody(source, block?.bodyOffset ?? 0, lines);
  if (guard) {
    problems.mdx = guard;
  } else {
    try {
      tree = parserFor(path).parse(source);
    } catch (error) {
      problems.mdx = mdxError(error, lines);
    }
  }
  const tooDeep = tree && deeperThan(tree, MAX_DEPTH);
  if (tooDeep) {
    // Rules and facts walk the tree recursively: a pathological nesting would overflow the stack.
    problems.mdx = {
      message: `Unexpected nesting deeper than ${MAX_DEPTH} levels (lists, quotes or tags), expected flatter content`,
      place: tooDeep,
    };
    tree = undefined;
  }

  return {
    ...base,
    source,
    bodyOffset: block?.bodyOffset ?? 0,
    frontmatter: block?.frontmatter,
    data,
    tree,
    problems,
  };
}

function decode(
  bytes: Uint8Array | string,
): { text: string } | { error: { message: string; place: Place } } {
  if (typeof bytes === 'string') return { text: bytes };
  const nul = bytes.indexOf(0);
  if (nul !== -1)
    return {
      error: {
        message: 'Unexpected binary content (a NUL byte), expected a UTF-8 text file',
        place: placeAtByte(bytes, nul),
      },
    };
  if (!isUtf8(bytes))
    return {
      error: {
        message: 'Unexpected bytes that are not UTF-8, expected a UTF-8 text file',
        place: placeAtByte(bytes, firstInvalidUtf8(bytes)),
      },
    };
  return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) };
}

/** Line of a byte offset (column counted in bytes: the text is not decodable). */
function placeAtByte(bytes: Uint8Array, offset: number): Place {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { start: { line, column: offset - lineStart + 1 } };
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  // A prefix is valid only when it ends on a character boundary, and boundaries are at most 4 bytes
  // apart: "a prefix ending at k-3…k is valid" holds up to 3 bytes past the valid part, then never.
  const validNear = (k: number) =>
    [0, 1, 2, 3].some((back) => k >= back && isUtf8(bytes.subarray(0, k - back)));
  let low = 0;
  let high = bytes.length;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (validNear(mid)) low = mid;
    else high = mid - 1;
  }
  // Step back to the end of the valid part: the first byte of the bad sequence.
  while (low > 0 && !isUtf8(bytes.subarray(0, low))) low--;
  return Math.max(0, Math.min(low, bytes.length - 1));
}

/** Deeper trees are rejected: far beyond any real content, well within the stack of every walker. */
export const MAX_DEPTH = 500;

/** The place of the first node nested deeper than `max` levels, found without recursion. */
function deeperThan(tree: Root, max: number): Place | undefined {
  const stack: { node: Nodes; depth: number }[] = [{ node: tree, depth: 0 }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    if (item.depth > max) return placeOf(item.node) ?? fileStart;
    if ('children' in item.node)
      for (const child of item.node.children) stack.push({ node: child, depth: item.depth + 1 });
  }
  return undefined;
}

function mdxError(error: unknown, lines: LineIndex): { message: string; place: Place } {
  const candidate = error as {
    reason?: unknown;
    message?: unknown;
    line?: unknown;
    column?: unknown;
    place?: unknown;
  };
  const reason =
    typeof candidate.reason === 'string'
      ? candidate.reason
      : error instanceof Error
        ? error.message
        : String(error);
  let place: Place = fileStart;
  if (typeof candidate.line === 'number' && typeof candidate.column === 'number') {
    place = { start: { line: candidate.line, column: candidate.column } };
  } else {
    // An error at the end of the file (e.g. an unclosed tag) names the opening's place only in its text.
    const named = /\((\d+):(\d+)(?:-\d+:\d+)?\)/.exec(reason);
    if (named) place = { start: { line: Number(named[1]), column: Number(named[2]) } };
  }
  void lines;
  return { message: reason.split('\n')[0] ?? reason, place };
}

/** Parses MDX text (a body or a whole file) to mdast; undefined when it is not valid MDX. */
export function parseMdx(text: string, path = 'body.mdx'): Root | undefined {
  try {
    return parserFor(path).parse(text);
  } catch {
    return undefined;
  }
}
