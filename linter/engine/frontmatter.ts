/**
 * Finds the `---` frontmatter block and parses it with the `yaml` package, keeping the
 * parse tree so every value can be located: schema errors point at the key or value at
 * fault, not at line 0.
 */
import { isMap, isPair, isScalar, isSeq, parseDocument } from 'yaml';
import type { Document, Node as YamlNode, Pair } from 'yaml';
import { MAX_FRONTMATTER_CHARS } from './guards.ts';
import type { LineIndex } from './positions.ts';
import type { Frontmatter, Place } from './types.ts';

/** A YAML problem with its position in the file. */
export interface YamlProblem {
  message: string;
  code: string;
  place: Place;
}

export interface FrontmatterBlock {
  frontmatter: Frontmatter;
  problems: YamlProblem[];
  /** Offset in the source where the body starts (after the closing fence). */
  bodyOffset: number;
}

const FENCE = /^---[ \t]*$/;

/**
 * Splits the frontmatter block off `source` (already without a BOM). Returns undefined when
 * the file does not open with a `---` line or the block is never closed.
 */
export function readFrontmatter(source: string, lines: LineIndex): FrontmatterBlock | undefined {
  const firstEnd = lineEnd(source, 0);
  if (!FENCE.test(source.slice(0, firstEnd).replace(/\r$/, ''))) return undefined;
  const yamlStart = Math.min(source.length, firstEnd + 1);
  let cursor = yamlStart;
  let ambiguous: YamlProblem | undefined;
  while (cursor < source.length) {
    const end = lineEnd(source, cursor);
    const line = source.slice(cursor, end).replace(/\r$/, '');
    if (FENCE.test(line)) {
      const yamlEnd = cursor;
      const bodyOffset = Math.min(source.length, end + 1);
      const block = parseBlock(source, yamlStart, yamlEnd, bodyOffset, lines);
      if (ambiguous) {
        block.problems.unshift(ambiguous);
        block.frontmatter = { ...block.frontmatter, value: undefined, ok: false };
      }
      return block;
    }
    // Astro's own split (used when it compiles a strategy doc) ends the block at the first line
    // that merely starts with `---` or `+++`; such a line would make the two disagree on where
    // the body starts, so it is refused rather than read one way here and another way there.
    if (!ambiguous && CLOSES_FOR_ASTRO.test(line)) {
      ambiguous = {
        message: `Unexpected \`${line.slice(0, 3)}\` at the start of a frontmatter line, expected \`---\` alone on the line that closes the frontmatter`,
        code: 'AMBIGUOUS_FENCE',
        place: lines.place(cursor, end),
      };
    }
    cursor = end + 1;
  }
  return undefined;
}

const CLOSES_FOR_ASTRO = /^(?:---|\+\+\+)/;

function lineEnd(source: string, from: number): number {
  const index = source.indexOf('\n', from);
  return index === -1 ? source.length : index;
}

function parseBlock(
  source: string,
  yamlStart: number,
  yamlEnd: number,
  bodyOffset: number,
  lines: LineIndex,
): FrontmatterBlock {
  const yaml = source.slice(yamlStart, yamlEnd);
  if (yaml.length > MAX_FRONTMATTER_CHARS)
    return tooLarge(source, yamlStart, yaml, bodyOffset, lines);
  const doc = parseDocument(yaml, { prettyErrors: false, uniqueKeys: true, strict: true });
  const toPlace = (range: readonly number[] | undefined): Place | undefined =>
    range && range.length >= 2
      ? lines.place(yamlStart + (range[0] ?? 0), yamlStart + (range[1] ?? 0))
      : undefined;
  const block = lines.place(0, Math.max(0, bodyOffset - 1));
  const problems: YamlProblem[] = doc.errors.map((error) => ({
    message: error.message.split('\n')[0] ?? error.message,
    code: error.code,
    place: toPlace(error.pos) ?? block,
  }));
  let value: unknown;
  if (problems.length === 0) {
    try {
      value = doc.toJS({ maxAliasCount: 50 });
    } catch (error) {
      problems.push({
        message: error instanceof Error ? error.message : String(error),
        code: 'TO_JS',
        place: block,
      });
    }
  }
  return {
    frontmatter: {
      yaml,
      value,
      ok: problems.length === 0,
      block,
      locate: (path, part = 'value') => locate(doc, path, part, toPlace) ?? block,
    },
    problems,
    bodyOffset,
  };
}

/**
 * A frontmatter over the size limit (guards.ts) is not parsed: the `yaml` package checks unique
 * keys pairwise. Reported at the line where the limit is crossed.
 */
function tooLarge(
  source: string,
  yamlStart: number,
  yaml: string,
  bodyOffset: number,
  lines: LineIndex,
): FrontmatterBlock {
  const block = lines.place(0, Math.max(0, bodyOffset - 1));
  const at = yamlStart + MAX_FRONTMATTER_CHARS;
  const lineStart = source.lastIndexOf('\n', at - 1) + 1;
  return {
    frontmatter: { yaml, value: undefined, ok: false, block, locate: () => block },
    problems: [
      {
        message: `Unexpected frontmatter of ${yaml.length.toLocaleString('en-US')} characters, expected at most ${MAX_FRONTMATTER_CHARS.toLocaleString('en-US')} (64 KiB); it was not parsed`,
        code: 'TOO_LARGE',
        place: lines.place(Math.max(lineStart, yamlStart), at),
      },
    ],
    bodyOffset,
  };
}

/** Walks the YAML tree along `path`; returns the deepest node found. */
function locate(
  doc: Document,
  path: readonly PropertyKey[],
  part: 'key' | 'value',
  toPlace: (range: readonly number[] | undefined) => Place | undefined,
): Place | undefined {
  let node: unknown = doc.contents;
  let found: Place | undefined;
  for (const segment of path) {
    let next: Pair | YamlNode | undefined;
    if (isMap(node)) {
      next = node.items.find(
        (item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment),
      );
    } else if (isSeq(node) && typeof segment === 'number') {
      next = node.items[segment] as YamlNode | undefined;
    }
    if (next === undefined) return found;
    if (isPair(next)) {
      node = next.value;
      const keyPlace = toPlace((next.key as YamlNode | null)?.range ?? undefined);
      const valuePlace = toPlace((next.value as YamlNode | null)?.range ?? undefined);
      found = part === 'key' ? (keyPlace ?? valuePlace) : (valuePlace ?? keyPlace);
    } else {
      node = next;
      found = toPlace((next as YamlNode).range ?? undefined) ?? found;
    }
  }
  return found;
}
