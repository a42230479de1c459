/** The site's small helpers: stored diagnostic answers, inline code runs, stale vision answers, the palette, docs table regions. */
import { describe, expect, it } from 'vitest';
import type { Element, Root } from 'hast';
import { parseStoredAnswers, serializeAnswers } from '../../site/lib/derive/diagnostic-storage.ts';
import { statements } from '../../site/lib/derive/diagnostic.ts';
import { inlineCodeRuns } from '../../site/lib/derive/inline-code.ts';
import { toneClass, toneOf } from '../../site/lib/status-palette.ts';
import { rehypeTableRegion, tableLabel } from '../../site/lib/rehype-table-region.ts';

describe('diagnostic storage', () => {
  const [first, second] = statements;
  it('round-trips answers on the scale and drops the rest', () => {
    const stored = serializeAnswers({ [first!.id]: 4, [second!.id]: 9, unknown: 3 });
    expect(parseStoredAnswers(stored)).toEqual({ [first!.id]: 4 });
  });
  it('reads anything malformed as no answers', () => {
    for (const text of [
      null,
      '',
      'not json',
      '[1,2]',
      'null',
      '{"x":"4"}',
      `{"${first!.id}":"4"}`,
      `{"${first!.id}":2.5}`,
    ])
      expect(parseStoredAnswers(text)).toEqual({});
  });
});

describe('inlineCodeRuns', () => {
  it('splits backticked spans into code runs', () => {
    expect(inlineCodeRuns('A brief’s `pillar` names a `status: active` pillar')).toEqual([
      { text: 'A brief’s ', code: false },
      { text: 'pillar', code: true },
      { text: ' names a ', code: false },
      { text: 'status: active', code: true },
      { text: ' pillar', code: false },
    ]);
  });
  it('keeps an unpaired backtick and plain text as they are', () => {
    expect(inlineCodeRuns('one ` two')).toEqual([{ text: 'one ` two', code: false }]);
    expect(inlineCodeRuns('')).toEqual([]);
  });
});

describe('status palette', () => {
  it('gives every status one tone, the same wherever it is drawn', () => {
    expect(toneOf('active')).toBe('active');
    expect(toneOf('done')).toBe('done');
    expect(toneOf('deprioritized')).toBe('warn');
    expect(toneOf('retired')).toBe('warn');
    expect(toneOf('something-new')).toBe('done');
    expect(toneClass('proposed')).toBe('hb-tone--proposed');
  });
});

describe('rehypeTableRegion', () => {
  const cell = (tagName: string, text: string): Element => ({
    type: 'element',
    tagName,
    properties: {},
    children: [{ type: 'text', value: text }],
  });
  const table: Element = {
    type: 'element',
    tagName: 'table',
    properties: {},
    children: [
      {
        type: 'element',
        tagName: 'thead',
        properties: {},
        children: [
          {
            type: 'element',
            tagName: 'tr',
            properties: {},
            children: [cell('th', 'Ritual'), cell('th', 'Cadence')],
          },
        ],
      },
    ],
  };
  it('wraps each table in a labelled, focusable region named by its headings', () => {
    const tree: Root = {
      type: 'root',
      children: [
        { type: 'element', tagName: 'div', properties: {}, children: [structuredClone(table)] },
      ],
    };
    rehypeTableRegion()(tree);
    const region = (tree.children[0] as Element).children[0] as Element;
    expect(region).toMatchObject({
      tagName: 'div',
      properties: {
        role: 'region',
        tabIndex: 0,
        ariaLabel: 'Table: Ritual, Cadence',
        className: ['hb-table-scroll'],
      },
    });
    expect((region.children[0] as Element).tagName).toBe('table');
  });
  it('names a table without headings "Table"', () => {
    expect(tableLabel({ type: 'element', tagName: 'table', properties: {}, children: [] })).toBe(
      'Table',
    );
  });
});
