/**
 * Filtering and sorting of the initiatives index. Pure and DOM-free: the page's client script
 * imports it to filter rows, and the filter state round-trips through the URL query
 * (`?status=active&pillar=x`), so a shared link restores the view.
 */

/** The columns a reader can filter on, in the order the controls appear. */
export const filterKeys = ['pillar', 'quarter', 'status', 'kind', 'owner'] as const;
export type FilterKey = (typeof filterKeys)[number];

/** Selected value per key, and `q`, text the title must contain; a missing key means "any". */
export type Filter = Partial<Record<FilterKey | 'q', string>>;

/** The columns a reader can sort by. */
export const sortKeys = ['title', 'pillar', 'quarter', 'status', 'kind', 'owner'] as const;
export type SortKey = (typeof sortKeys)[number];
export interface Sort {
  key: SortKey;
  direction: 'asc' | 'desc';
}

/** One table row's filterable values (rendered as `data-*` attributes). */
export type RowValues = Record<FilterKey | 'title', string>;

/** Reads a filter from a query string; unknown keys and empty values are ignored. */
export function parseFilter(search: string | URLSearchParams): Filter {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filter: Filter = {};
  for (const key of filterKeys) {
    const value = params.get(key)?.trim();
    if (value) filter[key] = value;
  }
  const q = params.get('q')?.trim();
  if (q) filter.q = q;
  return filter;
}

/** Reads a sort from `?sort=quarter` or `?sort=-quarter` (descending); undefined when absent or unknown. */
export function parseSort(search: string | URLSearchParams): Sort | undefined {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const raw = params.get('sort');
  if (!raw) return undefined;
  const direction = raw.startsWith('-') ? 'desc' : 'asc';
  const key = raw.replace(/^-/, '');
  return (sortKeys as readonly string[]).includes(key) ? { key: key as SortKey, direction } : undefined;
}

/** Writes filter and sort into a query string (keys in a stable order), e.g. `?status=active`; `''` when empty. */
export function serializeQuery(filter: Filter, sort?: Sort): string {
  const params = new URLSearchParams();
  for (const key of filterKeys) {
    const value = filter[key];
    if (value) params.set(key, value);
  }
  const q = filter.q?.trim();
  if (q) params.set('q', q);
  if (sort) params.set('sort', `${sort.direction === 'desc' ? '-' : ''}${sort.key}`);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * Whether a row passes every selected filter: exact, case-sensitive values, and a title that
 * contains `q` ignoring case.
 */
export function matchesFilter(row: Partial<RowValues>, filter: Filter): boolean {
  return rowPredicate(filter)(row);
}

/** {@link matchesFilter} for one filter over many rows: the filter is read once. */
export function rowPredicate(filter: Filter): (row: Partial<RowValues>) => boolean {
  const selected = filterKeys.filter((key) => filter[key] !== undefined);
  const q = filter.q?.trim().toLowerCase();
  return (row) =>
    selected.every((key) => row[key] === filter[key]) &&
    (!q || (row.title ?? '').toLowerCase().includes(q));
}

// One collator per comparison kind: the same order as `localeCompare` with these options, without
// building one per call (sorting 5,000 rows compares about 60,000 pairs).
const byValue = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
const byTitle = new Intl.Collator('en');

/**
 * Compares two rows for a sort. Quarters and handles sort as text; status sorts by `statusRank`
 * when given (display order) so "active" comes before "done".
 */
export function compareRows(
  a: Partial<RowValues>,
  b: Partial<RowValues>,
  sort: Sort,
  statusRank: readonly string[] = [],
): number {
  let result: number;
  if (sort.key === 'status' && statusRank.length > 0) {
    result = rank(statusRank, a.status) - rank(statusRank, b.status);
  } else {
    result = byValue.compare(a[sort.key] ?? '', b[sort.key] ?? '');
  }
  if (result === 0) result = byTitle.compare(a.title ?? '', b.title ?? '');
  return sort.direction === 'desc' ? -result : result;
}

function rank(order: readonly string[], value: string | undefined): number {
  const index = value === undefined ? -1 : order.indexOf(value);
  return index === -1 ? order.length : index;
}

/** The live count text, e.g. "12 of 240 initiatives". */
export function countText(shown: number, total: number): string {
  return `${shown} of ${total} initiative${total === 1 ? '' : 's'}`;
}

/** Distinct values, sorted, for a filter's options. */
export function distinctValues(values: Iterable<string>): string[] {
  return [...new Set(values)].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}
