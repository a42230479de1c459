import { describe, expect, it } from 'vitest';
import {
  compareRows,
  countText,
  distinctValues,
  matchesFilter,
  parseFilter,
  parseSort,
  serializeQuery,
} from '../../site/lib/derive/initiative-filter.ts';

const row = {
  title: 'Cut latency',
  pillar: 'reliability',
  quarter: '2026-Q3',
  status: 'active',
  kind: 'feature',
  owner: '@dana',
};

describe('parseFilter and serializeQuery', () => {
  it('reads known keys and ignores unknown and empty ones', () => {
    expect(parseFilter('?status=active&pillar=reliability&foo=bar&kind=')).toEqual({
      status: 'active',
      pillar: 'reliability',
    });
    expect(parseFilter('')).toEqual({});
  });
  it('round-trips a filter and sort through the query in a stable key order', () => {
    const query = serializeQuery(
      { status: 'active', owner: '@dana', pillar: 'x' },
      { key: 'quarter', direction: 'desc' },
    );
    expect(query).toBe('?pillar=x&status=active&owner=%40dana&sort=-quarter');
    expect(parseFilter(query)).toEqual({ pillar: 'x', status: 'active', owner: '@dana' });
    expect(parseSort(query)).toEqual({ key: 'quarter', direction: 'desc' });
  });
  it('round-trips the title text as `q`, trimmed, and drops it when blank', () => {
    expect(serializeQuery({ q: ' cut ', status: 'active' })).toBe('?status=active&q=cut');
    expect(parseFilter('?q=%20cut%20')).toEqual({ q: 'cut' });
    expect(parseFilter('?q=%20')).toEqual({});
    expect(serializeQuery({ q: '  ' })).toBe('');
  });
  it('writes nothing for an empty filter', () => {
    expect(serializeQuery({})).toBe('');
  });
  it('ignores unknown sort keys', () => {
    expect(parseSort('?sort=colour')).toBeUndefined();
    expect(parseSort('?sort=title')).toEqual({ key: 'title', direction: 'asc' });
  });
});

describe('matchesFilter', () => {
  it('matches when every selected value equals the row value', () => {
    expect(matchesFilter(row, {})).toBe(true);
    expect(matchesFilter(row, { status: 'active', pillar: 'reliability' })).toBe(true);
    expect(matchesFilter(row, { status: 'done' })).toBe(false);
    expect(matchesFilter(row, { owner: '@DANA' })).toBe(false);
  });
  it('matches title text ignoring case, together with the other filters', () => {
    expect(matchesFilter(row, { q: 'LATEN' })).toBe(true);
    expect(matchesFilter(row, { q: ' cut ' })).toBe(true);
    expect(matchesFilter(row, { q: 'checkout' })).toBe(false);
    expect(matchesFilter(row, { q: 'cut', status: 'done' })).toBe(false);
    expect(matchesFilter({ status: 'active' }, { q: 'cut' })).toBe(false);
  });
});

describe('compareRows', () => {
  const other = { ...row, title: 'Add xero', quarter: '2026-Q10', status: 'done' };
  it('sorts text columns numerically aware and falls back to the title', () => {
    expect(compareRows(row, other, { key: 'title', direction: 'asc' })).toBeGreaterThan(0);
    expect(compareRows(row, other, { key: 'title', direction: 'desc' })).toBeLessThan(0);
    expect(
      compareRows(row, { ...row, title: 'Z' }, { key: 'owner', direction: 'asc' }),
    ).toBeLessThan(0);
  });
  it('sorts status by the given display order', () => {
    expect(
      compareRows(row, other, { key: 'status', direction: 'asc' }, ['active', 'done']),
    ).toBeLessThan(0);
    expect(compareRows(row, other, { key: 'status', direction: 'asc' })).toBeLessThan(0); // alphabetical
    expect(
      compareRows({ ...row, status: 'odd' }, row, { key: 'status', direction: 'asc' }, ['active']),
    ).toBeGreaterThan(0);
  });
});

describe('countText and distinctValues', () => {
  it('says how many are shown', () => {
    expect(countText(3, 18)).toBe('3 of 18 initiatives');
    expect(countText(1, 1)).toBe('1 of 1 initiative');
  });
  it('deduplicates and sorts', () => {
    expect(distinctValues(['2027-Q1', '2026-Q4', '2027-Q1'])).toEqual(['2026-Q4', '2027-Q1']);
  });
});
