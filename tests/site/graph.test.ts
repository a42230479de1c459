import { describe, expect, it } from 'vitest';
import type { InitiativeStatus } from '../../linter/schema/initiative.ts';
import {
  assignLayers,
  buildDependencyGraph,
  dependencyChains,
  type GraphBrief,
} from '../../linter/core/graph.ts';

const b = (
  id: string,
  dependsOn: string[] = [],
  status: InitiativeStatus = 'active',
): GraphBrief => ({
  id,
  title: `Brief ${id}`,
  status,
  dependsOn,
});

describe('buildDependencyGraph', () => {
  it('keeps only briefs in a dependency, with edges from prerequisite to dependant', () => {
    const graph = buildDependencyGraph([
      b('api'),
      b('ui', ['api']),
      b('alone'),
      b('ghost', ['missing']),
    ]);
    expect(graph.nodes.map((n) => n.id)).toEqual(['api', 'ui']);
    expect(graph.edges).toEqual([{ from: 'api', to: 'ui', cyclic: false }]);
    expect(graph.missing).toEqual([{ from: 'missing', to: 'ghost' }]);
    expect(graph.cycles).toEqual([]);
  });

  it('counts a repeated dependency once', () => {
    expect(buildDependencyGraph([b('a'), b('b', ['a', 'a'])]).edges).toHaveLength(1);
  });

  it('marks cycle edges and reports the cycle', () => {
    const graph = buildDependencyGraph([
      b('a', ['c']),
      b('b', ['a']),
      b('c', ['b']),
      b('d', ['c']),
    ]);
    expect(graph.cycles).toEqual([['a', 'b', 'c']]);
    expect(graph.edges.filter((e) => e.cyclic).map((e) => `${e.from}>${e.to}`)).toEqual([
      'c>a',
      'a>b',
      'b>c',
    ]);
    expect(graph.edges.find((e) => e.to === 'd')?.cyclic).toBe(false);
  });

  it('reports a self-dependency as a cycle', () => {
    const graph = buildDependencyGraph([b('a', ['a'])]);
    expect(graph.cycles).toEqual([['a']]);
    expect(graph.edges[0]?.cyclic).toBe(true);
  });
});

describe('assignLayers', () => {
  it('puts each brief one layer after its deepest prerequisite', () => {
    const graph = buildDependencyGraph([
      b('a'),
      b('b', ['a']),
      b('c', ['a', 'b']),
      b('d', ['c']),
      b('e', ['a']),
    ]);
    const layers = assignLayers(
      graph.nodes.map((n) => n.id),
      graph.edges,
    );
    expect(Object.fromEntries(layers)).toEqual({ a: 0, b: 1, c: 2, d: 3, e: 1 });
  });

  it('terminates on a cycle, ignoring its edges', () => {
    const graph = buildDependencyGraph([b('a', ['b']), b('b', ['a']), b('c', ['b'])]);
    const layers = assignLayers(
      graph.nodes.map((n) => n.id),
      graph.edges,
    );
    expect(Object.fromEntries(layers)).toEqual({ a: 0, b: 0, c: 1 });
  });
});

describe('dependencyChains', () => {
  it('lists every maximal chain in landing order', () => {
    const graph = buildDependencyGraph([
      b('a'),
      b('b', ['a']),
      b('c', ['b']),
      b('d', ['a']),
      b('x'),
      b('y', ['x']),
    ]);
    expect(dependencyChains(graph).chains).toEqual([
      ['a', 'b', 'c'],
      ['a', 'd'],
      ['x', 'y'],
    ]);
  });

  it('caps the number of chains', () => {
    // a diamond lattice: 2^10 paths
    const briefs: GraphBrief[] = [b('s0')];
    for (let i = 1; i <= 10; i += 1) {
      briefs.push(
        b(`l${i}`, [`s${i - 1}`]),
        b(`r${i}`, [`s${i - 1}`]),
        b(`s${i}`, [`l${i}`, `r${i}`]),
      );
    }
    const { chains, truncated } = dependencyChains(buildDependencyGraph(briefs), 25);
    expect(chains).toHaveLength(25);
    expect(truncated).toBe(true);
  });

  it('terminates on a cycle', () => {
    const graph = buildDependencyGraph([
      b('a', ['c']),
      b('b', ['a']),
      b('c', ['b']),
      b('d', ['c']),
    ]);
    expect(dependencyChains(graph).chains).toEqual([['c', 'd']]);
  });

  it('is empty for an empty graph', () => {
    expect(dependencyChains(buildDependencyGraph([])).chains).toEqual([]);
  });
});
