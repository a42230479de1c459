/**
 * The rows of the initiatives index, once: the static pages (`/initiatives/`,
 * `/initiatives/page/N/`) render slices of {@link indexRows}, and `/initiatives/rows.json`
 * serialises the same array with {@link rowsPayload}, which the page's script reads back with
 * {@link parseRowsPayload}. Pure and DOM-free, so the client bundle may import it.
 */
import type { BriefEntry } from '../../../linter/core/entry.ts';
import type { RowValues } from './initiative-filter.ts';

/** Rows per static page; the first page's rows are in the HTML of `/initiatives/`. */
export const PAGE_SIZE = 100;

/** One row of the index: the brief's id and its filterable, displayable values. */
export interface IndexRow extends RowValues {
  id: string;
}

/**
 * The index rows of `briefs`, already in the index's default order (the caller sorts with the
 * core's `sortBriefs`, so every list of briefs agrees).
 */
export function indexRows(briefs: readonly BriefEntry[]): IndexRow[] {
  return briefs.map((b) => ({
    id: b.id,
    title: b.data.title,
    pillar: b.data.pillar,
    quarter: b.data.quarter,
    status: b.data.status,
    kind: b.data.kind,
    owner: b.data.owner,
  }));
}

/** The JSON of `/initiatives/rows.json`: one array per row (no repeated keys), pillar titles once. */
export interface RowsPayload {
  version: 1;
  /** Pillar id → title, for the Pillar column. */
  pillars: Record<string, string>;
  /** `[id, title, pillar, quarter, status, kind, owner]` per row, in the default order. */
  rows: [string, string, string, string, string, string, string][];
}

const columns = ['id', 'title', 'pillar', 'quarter', 'status', 'kind', 'owner'] as const;

/** The payload for `rows` (see {@link RowsPayload}). */
export function rowsPayload(rows: readonly IndexRow[], pillars: Record<string, string>): RowsPayload {
  return {
    version: 1,
    pillars,
    rows: rows.map((row) => columns.map((key) => row[key]) as RowsPayload['rows'][number]),
  };
}

/** Reads a payload back; undefined when it is not one (an old or foreign file). */
export function parseRowsPayload(
  value: unknown,
): { rows: IndexRow[]; pillars: Record<string, string> } | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { version, pillars, rows } = value as Partial<RowsPayload>;
  if (version !== 1 || typeof pillars !== 'object' || pillars === null || !Array.isArray(rows))
    return undefined;
  const parsed: IndexRow[] = [];
  for (const row of rows as unknown[]) {
    if (!Array.isArray(row) || row.length !== columns.length) return undefined;
    if (!row.every((cell) => typeof cell === 'string')) return undefined;
    const [id, title, pillar, quarter, status, kind, owner] = row as string[];
    parsed.push({ id: id!, title: title!, pillar: pillar!, quarter: quarter!, status: status!, kind: kind!, owner: owner! });
  }
  const titles: Record<string, string> = {};
  for (const [id, title] of Object.entries(pillars)) if (typeof title === 'string') titles[id] = title;
  return { rows: parsed, pillars: titles };
}

/** Number of static pages for `total` rows (at least one). */
export function pageCount(total: number, size: number = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/** The route of static page `n`: the first is `/initiatives/`, the others `/initiatives/page/n/`. */
export function pageRoute(n: number): string {
  return n <= 1 ? '/initiatives/' : `/initiatives/page/${n}/`;
}

/**
 * The page links of a pager: the first and last pages, and two either side of the current one;
 * `'gap'` where pages are left out. E.g. page 7 of 50 → 1 … 5 6 7 8 9 … 50.
 */
export function pagerItems(current: number, last: number): (number | 'gap')[] {
  const shown = new Set([1, last]);
  for (let n = current - 2; n <= current + 2; n++) if (n >= 1 && n <= last) shown.add(n);
  const pages = [...shown].sort((a, b) => a - b);
  const items: (number | 'gap')[] = [];
  for (const [index, n] of pages.entries()) {
    const previous = pages[index - 1];
    if (previous !== undefined && n - previous === 2) items.push(previous + 1);
    else if (previous !== undefined && n - previous > 2) items.push('gap');
    items.push(n);
  }
  return items;
}
