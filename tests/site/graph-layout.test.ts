import { describe, expect, it } from 'vitest';
import { buildDependencyGraph, type GraphBrief } from '../../linter/core/graph.ts';
import {
  countCrossings,
  defaultLayoutOptions,
  edgePath,
  layoutGraph,
  orderLayers,
  wrapLabel,
} from '../../site/lib/derive/graph-layout.ts';

const b = (id: string, dependsOn: string[] = []): GraphBrief => ({
  id,
  title: id,
  status: 'active',
  dependsOn,
});

describe('countCrossings', () => {
  it('counts crossing segments between adjacent layers', () => {
    expect(
      countCrossings(
        [
          ['a', 'b'],
          ['c', 'd'],
        ],
        [
          ['a', 'd'],
          ['b', 'c'],
        ],
      ),
    ).toBe(1);
    expect(
      countCrossings(
        [
          ['a', 'b'],
          ['c', 'd'],
        ],
        [
          ['a', 'c'],
          ['b', 'd'],
        ],
      ),
    ).toBe(0);
  });
});

describe('orderLayers', () => {
  it('removes avoidable crossings', () => {
    const order = orderLayers(
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
      [
        ['a', 'd'],
        ['b', 'c'],
      ],
      4,
    );
    expect(
      countCrossings(order, [
        ['a', 'd'],
        ['b', 'c'],
      ]),
    ).toBe(0);
  });

  it('keeps the order on ties', () => {
    expect(
      orderLayers(
        [['a', 'b'], ['c']],
        [
          ['a', 'c'],
          ['b', 'c'],
        ],
        4,
      ),
    ).toEqual([['a', 'b'], ['c']]);
  });
});

describe('layoutGraph', () => {
  const graph = buildDependencyGraph([
    b('a'),
    b('b', ['a']),
    b('c', ['b']),
    b('d', ['a', 'c']),
    b('x'),
    b('y', ['x']),
  ]);
  const layout = layoutGraph(graph);
  const { nodeWidth, nodeHeight, padding } = defaultLayoutOptions;

  it('places every node inside the drawing, layers left to right', () => {
    expect(layout.nodes).toHaveLength(6);
    expect(layout.layers).toBe(4);
    for (const node of layout.nodes) {
      expect(node.x).toBeGreaterThanOrEqual(padding);
      expect(node.y).toBeGreaterThanOrEqual(padding);
      expect(node.x + nodeWidth).toBeLessThanOrEqual(layout.width);
      expect(node.y + nodeHeight).toBeLessThanOrEqual(layout.height);
    }
    const x = (id: string): number => layout.nodes.find((n) => n.brief.id === id)?.x ?? -1;
    expect(x('a')).toBeLessThan(x('b'));
    expect(x('b')).toBeLessThan(x('c'));
    expect(x('c')).toBeLessThan(x('d'));
  });

  it('does not overlap nodes of one layer', () => {
    const byLayer = Map.groupBy(layout.nodes, (n) => n.layer);
    for (const nodes of byLayer.values()) {
      const ys = nodes.map((n) => n.y).sort((p, q) => p - q);
      for (let i = 1; i < ys.length; i += 1)
        expect((ys[i] as number) - (ys[i - 1] as number)).toBeGreaterThanOrEqual(nodeHeight);
    }
  });

  it('routes long edges through one waypoint per skipped layer', () => {
    const long = layout.edges.find((e) => e.from === 'a' && e.to === 'd');
    expect(long?.points).toHaveLength(2 + 2 * 2);
    expect(layout.edges.find((e) => e.from === 'a' && e.to === 'b')?.points).toHaveLength(2);
  });

  it('draws an empty graph as nothing', () => {
    const empty = layoutGraph(buildDependencyGraph([]));
    expect(empty).toMatchObject({ nodes: [], edges: [], width: 0, height: 0, layers: 0 });
  });

  it('lays out a cycle without hanging', () => {
    const cyclic = layoutGraph(buildDependencyGraph([b('a', ['b']), b('b', ['a']), b('c', ['b'])]));
    expect(cyclic.nodes).toHaveLength(3);
    expect(cyclic.edges.filter((e) => e.cyclic)).toHaveLength(2);
    for (const edge of cyclic.edges) expect(edge.points.length).toBeGreaterThanOrEqual(2);
  });
});

describe('edgePath', () => {
  it('draws lines across a layer and curves between layers', () => {
    expect(
      edgePath([
        { x: 0, y: 0 },
        { x: 10, y: 0 },
      ]),
    ).toBe('M0,0 L10,0');
    expect(
      edgePath([
        { x: 0, y: 0 },
        { x: 10, y: 20 },
      ]),
    ).toBe('M0,0 C5,0 5,20 10,20');
    expect(edgePath([])).toBe('');
  });
});

describe('wrapLabel', () => {
  it('wraps at spaces within the width', () => {
    expect(wrapLabel('Cut checkout latency in half', 12, 3)).toEqual([
      'Cut checkout',
      'latency in',
      'half',
    ]);
  });

  it('keeps short labels on one line and handles empty text', () => {
    expect(wrapLabel('Short', 12, 3)).toEqual(['Short']);
    expect(wrapLabel('   ', 12, 3)).toEqual([]);
  });

  it('cuts words longer than a line', () => {
    expect(wrapLabel('abcdefghijklmno', 6, 3)).toEqual(['abcdef', 'ghijkl', 'mno']);
  });

  it('ends with an ellipsis when lines run out', () => {
    expect(wrapLabel('one two three four five six', 7, 2)).toEqual(['one two', 'three…']);
    expect(wrapLabel('aaaaaaa bbbbbbb ccccccc', 7, 2)).toEqual(['aaaaaaa', 'bbbbbb…']);
  });
});
