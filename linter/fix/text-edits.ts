/**
 * Text edits by offset, the common currency of quick fixes: the language server turns them into
 * LSP `TextEdit`s, `lint --fix` applies them to the file's text. Offsets count UTF-16 code
 * units of the source as the engine sees it (after a BOM), like every position it reports.
 */
import type { Point } from '../engine/types.ts';

/** Replace `[start, end)` of the source with `text`. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** Start offsets of each line (0-based index = line - 1). */
export function lineStarts(source: string): number[] {
  const starts = [0];
  for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The offset of a 1-based point, clamped to its line and the source; undefined past the last line. */
export function offsetAt(
  source: string,
  starts: readonly number[],
  point: Point,
): number | undefined {
  const lineStart = starts[point.line - 1];
  if (lineStart === undefined || point.line < 1) return undefined;
  const next = starts[point.line];
  const lineEnd = next === undefined ? source.length : next - 1;
  return Math.min(lineStart + Math.max(0, point.column - 1), lineEnd);
}

/** The 1-based point of an offset. */
export function pointAt(starts: readonly number[], offset: number): Point {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
}

/**
 * The edits that can be applied together: sorted by start, each one that overlaps (or touches
 * at the same insertion point) an earlier one left out for a later pass.
 */
export function compatibleEdits<T extends { edits: readonly TextEdit[] }>(
  fixes: readonly T[],
): T[] {
  const chosen: T[] = [];
  const taken: TextEdit[] = [];
  for (const fix of fixes) {
    const clash = fix.edits.some((edit) =>
      taken.some(
        (other) => (edit.start < other.end && other.start < edit.end) || edit.start === other.start,
      ),
    );
    if (clash) continue;
    chosen.push(fix);
    taken.push(...fix.edits);
  }
  return chosen;
}

/** Applies non-overlapping edits (any order) to `source`. */
export function applyEdits(source: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let text = source;
  for (const edit of sorted) text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
  return text;
}
