/**
 * The initiatives index's script (bundled by Astro, so it runs under `script-src 'self'`). It
 * fetches every row once, then filters and sorts them in memory and renders only the first
 * `PAGE_SIZE` rows of the result (and a hundred more per "Show more"), so a filter at 5,000 rows
 * rebuilds at most a hundred table rows. Without the rows (no JavaScript, a failed fetch) the
 * static page stays as it was served. Content values are set with `textContent` only.
 */
import {
  compareRows,
  countText,
  filterKeys,
  parseFilter,
  parseSort,
  rowPredicate,
  serializeQuery,
  type Filter,
  type Sort,
  type SortKey,
} from '../../lib/derive/initiative-filter.ts';
import { PAGE_SIZE, parseRowsPayload, type IndexRow } from '../../lib/derive/initiative-rows.ts';
import { toneClass } from '../../lib/status-palette.ts';

interface Labels {
  status: Record<string, string>;
  kind: Record<string, string>;
}

/** Finds the index on the page and enhances it once its rows have arrived. */
export function startIndex(): void {
  const table = document.querySelector<HTMLTableElement>('#hb-initiatives');
  const form = document.querySelector<HTMLFormElement>('#hb-filters');
  const count = document.querySelector<HTMLElement>('#hb-count');
  const body = table?.tBodies[0];
  const source = table?.dataset['rows'];
  if (!table || !form || !count || !body || !source) return;
  fetch(source)
    .then((response) => (response.ok ? response.json() : undefined))
    .then((json: unknown) => {
      const payload = parseRowsPayload(json);
      if (payload) enhance({ table, form, count, body }, payload.rows, payload.pillars);
    })
    .catch(() => {
      // Offline or blocked: the served page is complete on its own, with its pager.
    });
}

interface Parts {
  table: HTMLTableElement;
  form: HTMLFormElement;
  count: HTMLElement;
  body: HTMLTableSectionElement;
}

function enhance(
  { table, form, count, body }: Parts,
  rows: IndexRow[],
  pillars: Record<string, string>,
): void {
  const empty = document.querySelector<HTMLElement>('#hb-empty');
  const more = document.querySelector<HTMLButtonElement>('#hb-more');
  const pager = document.querySelector<HTMLElement>('#hb-pager');
  const statusOrder = (table.dataset['statusOrder'] ?? '').split(',');
  const labels = JSON.parse(table.dataset['labels'] ?? '{}') as Labels;
  const briefLink = table.dataset['briefHref'] ?? '';
  const firstPage = table.dataset['firstPage'] ?? location.pathname;
  const headers = [...table.tHead!.rows[0]!.cells];

  let sort: Sort | undefined = parseSort(location.search);
  let order: IndexRow[] = rows;
  let matches: IndexRow[] = rows;
  let shown = 0;
  // On a later static page the served rows stay until the reader filters or sorts.
  const hasState = serializeQuery(parseFilter(location.search), sort) !== '';
  let engaged = table.dataset['page'] === '1' || hasState;

  // Each row is drawn once and reused by later filters and sorts.
  const drawn = new WeakMap<IndexRow, HTMLTableRowElement>();
  const rowElement = (row: IndexRow): HTMLTableRowElement => {
    const existing = drawn.get(row);
    if (existing) return existing;
    const tr = document.createElement('tr');
    drawn.set(row, tr);
    const cell = (label: string, text?: string): HTMLTableCellElement => {
      const td = tr.insertCell();
      td.dataset['label'] = label;
      if (text !== undefined) td.textContent = text;
      return td;
    };
    const link = document.createElement('a');
    link.href = briefLink.replace(':id', encodeURIComponent(row.id));
    link.textContent = row.title;
    const title = cell('Initiative');
    title.className = 'hb-wrap';
    title.append(link);
    cell('Pillar', pillars[row.pillar] ?? row.pillar);
    cell('Quarter', row.quarter);
    const badge = document.createElement('span');
    badge.className = `hb-status ${toneClass(row.status)}`;
    badge.textContent = labels.status[row.status] ?? row.status;
    cell('Status').append(badge);
    cell('Kind', labels.kind[row.kind] ?? row.kind);
    cell('Owner', row.owner);
    return tr;
  };

  /** Appends the next rows of the result (up to `PAGE_SIZE`) and updates "Show more". */
  const showMore = () => {
    const next = matches.slice(shown, shown + PAGE_SIZE);
    const fragment = document.createDocumentFragment();
    for (const row of next) fragment.append(rowElement(row));
    body.append(fragment);
    shown += next.length;
    updateMore();
  };

  const updateMore = () => {
    if (more) {
      const rest = matches.length - shown;
      more.hidden = rest <= 0;
      more.textContent = `Show ${Math.min(rest, PAGE_SIZE)} more (${shown} of ${matches.length} shown)`;
    }
  };

  const readForm = (): Filter => {
    const filter: Filter = {};
    for (const key of [...filterKeys, 'q'] as const) {
      const value = (form.elements.namedItem(key) as HTMLInputElement | HTMLSelectElement | null)
        ?.value;
      if (value?.trim()) filter[key] = value;
    }
    return filter;
  };

  /** Filters every row and draws the first ones of the result. */
  const render = () => {
    if (!engaged) return;
    const filter = readForm();
    matches = order.filter(rowPredicate(filter));
    body.replaceChildren();
    shown = 0;
    showMore();
    count.textContent = countText(matches.length, rows.length);
    if (empty) empty.hidden = matches.length > 0;
  };

  const applySort = () => {
    for (const th of headers) {
      const active = sort && th.dataset['sortKey'] === sort.key;
      if (active)
        th.setAttribute('aria-sort', sort!.direction === 'asc' ? 'ascending' : 'descending');
      else th.removeAttribute('aria-sort');
    }
    const current = sort;
    order = current ? [...rows].sort((a, b) => compareRows(a, b, current, statusOrder)) : rows;
  };

  /** The list leaves the static pages behind: the whole result, "Show more" instead of the pager. */
  const engage = () => {
    engaged = true;
    if (pager) pager.hidden = true;
  };

  const syncUrl = () => {
    const query = serializeQuery(readForm(), sort);
    const path = engaged ? firstPage : location.pathname;
    history.replaceState(null, '', `${path}${query}${location.hash}`);
  };

  const changed = () => {
    engage();
    render();
    syncUrl();
  };

  // Column headers become sort buttons (plain text without JavaScript).
  for (const th of headers) {
    const key = th.dataset['sortKey'] as SortKey;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'hb-sort';
    button.textContent = th.textContent;
    button.addEventListener('click', () => {
      sort = { key, direction: sort?.key === key && sort.direction === 'asc' ? 'desc' : 'asc' };
      applySort();
      changed();
    });
    th.replaceChildren(button);
  }

  // Restore the state from the URL; values no option offers are ignored.
  const initial = parseFilter(location.search);
  for (const key of filterKeys) {
    const select = form.elements.namedItem(key) as HTMLSelectElement | null;
    const value = initial[key];
    if (select && value && [...select.options].some((o) => o.value === value)) select.value = value;
  }
  const text = form.elements.namedItem('q') as HTMLInputElement | null;
  if (text && initial.q) text.value = initial.q;

  form.addEventListener('change', changed);
  form.addEventListener('input', (event) => {
    if (event.target === text) changed();
  });
  form.addEventListener('reset', () => {
    // Reset fires before the controls clear.
    setTimeout(changed);
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  more?.addEventListener('click', () => {
    const first = shown;
    showMore();
    // The button is gone once every row is shown: keep the keyboard where the new rows start.
    if (more.hidden) body.rows[first]?.querySelector('a')?.focus();
  });
  form.hidden = false;
  applySort();
  if (engaged) {
    engage();
    // A shared link to a later page with a filter shows the whole result: say so in the URL.
    if (location.pathname !== firstPage) syncUrl();
  }
  // The first page as served is the first window of the unfiltered list: keep its rows (and a
  // reader's focus in them) and only offer the rest.
  const served = body.rows.length;
  if (table.dataset['page'] === '1' && !hasState && served === Math.min(PAGE_SIZE, rows.length)) {
    shown = served;
    updateMore();
  } else render();
}
