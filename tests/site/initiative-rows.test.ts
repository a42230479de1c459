import { describe, expect, it } from 'vitest';
import {
  PAGE_SIZE,
  indexRows,
  pageCount,
  pageRoute,
  pagerItems,
  parseRowsPayload,
  rowsPayload,
} from '../../site/lib/derive/initiative-rows.ts';
import type { BriefEntry } from '../../linter/core/entry.ts';

const brief = (id: string, title: string): BriefEntry => ({
  id,
  data: {
    title,
    owner: '@dana',
    quarter: '2026-Q3',
    status: 'active',
    pillar: 'reliability',
    kind: 'feature',
  } as BriefEntry['data'],
});

describe('indexRows and the rows payload', () => {
  const rows = indexRows([brief('b', '<img src=x onerror=alert(1)>'), brief('a', 'Cut latency')]);

  it('keeps the given order and the fields the table shows', () => {
    expect(rows.map((r) => r.id)).toEqual(['b', 'a']);
    expect(rows[1]).toEqual({
      id: 'a',
      title: 'Cut latency',
      pillar: 'reliability',
      quarter: '2026-Q3',
      status: 'active',
      kind: 'feature',
      owner: '@dana',
    });
  });

  it('round-trips through JSON, pillar titles once, text untouched', () => {
    const payload = rowsPayload(rows, { reliability: 'Platform reliability' });
    expect(payload.rows[0]).toEqual([
      'b',
      '<img src=x onerror=alert(1)>',
      'reliability',
      '2026-Q3',
      'active',
      'feature',
      '@dana',
    ]);
    expect(parseRowsPayload(JSON.parse(JSON.stringify(payload)))).toEqual({
      rows,
      pillars: { reliability: 'Platform reliability' },
    });
  });

  it('refuses what is not a payload', () => {
    expect(parseRowsPayload(null)).toBeUndefined();
    expect(parseRowsPayload({ version: 2, pillars: {}, rows: [] })).toBeUndefined();
    expect(parseRowsPayload({ version: 1, pillars: {}, rows: [['a', 'b']] })).toBeUndefined();
    expect(
      parseRowsPayload({ version: 1, pillars: {}, rows: [['a', 'b', 'c', 'd', 'e', 'f', 7]] }),
    ).toBeUndefined();
    expect(parseRowsPayload({ version: 1, pillars: { x: 3 }, rows: [] })).toEqual({
      rows: [],
      pillars: {},
    });
  });
});

describe('static pages', () => {
  it('counts pages, at least one', () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(PAGE_SIZE)).toBe(1);
    expect(pageCount(PAGE_SIZE + 1)).toBe(2);
    expect(pageCount(5000)).toBe(50);
  });

  it('routes page 1 to the index itself', () => {
    expect(pageRoute(1)).toBe('/initiatives/');
    expect(pageRoute(2)).toBe('/initiatives/page/2/');
  });

  it('links the first, last and nearby pages, with gaps', () => {
    expect(pagerItems(1, 1)).toEqual([1]);
    expect(pagerItems(1, 3)).toEqual([1, 2, 3]);
    expect(pagerItems(7, 50)).toEqual([1, 'gap', 5, 6, 7, 8, 9, 'gap', 50]);
    // A single left-out page is shown rather than replaced by a gap.
    expect(pagerItems(4, 50)).toEqual([1, 2, 3, 4, 5, 6, 'gap', 50]);
    expect(pagerItems(50, 50)).toEqual([1, 'gap', 48, 49, 50]);
  });
});
