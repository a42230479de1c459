/** Offset ↔ line/column conversion over one source text (1-based lines and columns, like unist). */
import type { Place, Point } from './types.ts';

export class LineIndex {
  readonly #starts: number[] = [0];

  constructor(source: string) {
    for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1))
      this.#starts.push(i + 1);
  }

  /** The point at a 0-based offset. */
  point(offset: number): Point {
    let low = 0;
    let high = this.#starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.#starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - (this.#starts[low] ?? 0) + 1 };
  }

  /** The place spanning `[start, end)`. */
  place(start: number, end: number): Place {
    return { start: this.point(start), end: this.point(Math.max(start, end)) };
  }
}

/** The first point of a file. */
export const fileStart: Place = { start: { line: 1, column: 1 } };

/** A unist node's position as a Place, or undefined. */
export function placeOf(
  node: { position?: { start: Point; end?: Point } | undefined } | undefined,
): Place | undefined {
  const position = node?.position;
  if (!position) return undefined;
  return {
    start: { line: position.start.line, column: position.start.column },
    ...(position.end ? { end: { line: position.end.line, column: position.end.column } } : {}),
  };
}
