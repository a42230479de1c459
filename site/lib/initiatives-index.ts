/**
 * The initiatives index's data for a build, computed once and shared by `/initiatives/`, every
 * `/initiatives/page/N/` and `/initiatives/rows.json`: the rows in the core's order, the pillar
 * titles and the filter options over every row (not only one page's).
 */
import { sortBriefs } from '../../linter/core/group.ts';
import { initiativeKinds, kindLabels, statusLabels, statusOrder } from '../../linter/core/labels.ts';
import { loadHandbook } from './handbook.ts';
import { distinctValues, type FilterKey } from './derive/initiative-filter.ts';
import { indexRows, type IndexRow } from './derive/initiative-rows.ts';

export interface InitiativesIndex {
  /** Every row, in the default order. */
  rows: IndexRow[];
  /** Pillar id → title (the id itself for a pillar that does not exist). */
  pillarTitles: Record<string, string>;
  /** The options of each filter control. */
  options: Record<FilterKey, { value: string; label: string }[]>;
}

let loading: Promise<InitiativesIndex> | undefined;

/** The index data; later calls in the same build reuse it. */
export function loadInitiativesIndex(): Promise<InitiativesIndex> {
  loading ??= load();
  return loading;
}

async function load(): Promise<InitiativesIndex> {
  const handbook = await loadHandbook();
  const rows = indexRows(sortBriefs(handbook.initiatives));
  const pillarTitles: Record<string, string> = {};
  for (const row of rows)
    pillarTitles[row.pillar] ??= handbook.pillarsById.get(row.pillar)?.data.title ?? row.pillar;
  const present = (key: FilterKey) => new Set(rows.map((row) => row[key]));
  const statuses = present('status');
  const kinds = present('kind');
  return {
    rows,
    pillarTitles,
    options: {
      pillar: distinctValues(present('pillar')).map((v) => ({ value: v, label: pillarTitles[v] ?? v })),
      quarter: distinctValues(present('quarter')).map((v) => ({ value: v, label: v })),
      status: statusOrder.filter((s) => statuses.has(s)).map((v) => ({ value: v, label: statusLabels[v] })),
      kind: initiativeKinds.filter((k) => kinds.has(k)).map((v) => ({ value: v, label: kindLabels[v] })),
      owner: distinctValues(present('owner')).map((v) => ({ value: v, label: v })),
    },
  };
}
