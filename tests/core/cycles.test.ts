/** Dependency cycles, found once (core/cycles.ts) for lint, /health/ and strategy.json. */
import { describe, expect, it } from 'vitest';
import { dependencyCycles, findCycles, stronglyConnected } from '../../linter/core/cycles.ts';

describe('findCycles', () => {
  it('finds separate cycles', () => {
    const edges = [
      { from: 'a', to: 'b' },
      { from: 'b', to: 'a' },
      { from: 'x', to: 'y' },
      { from: 'y', to: 'z' },
      { from: 'z', to: 'x' },
      { from: 'b', to: 'x' },
    ];
    expect(findCycles(['a', 'b', 'x', 'y', 'z'], edges)).toEqual([
      ['a', 'b'],
      ['x', 'y', 'z'],
    ]);
  });

  it('handles a long chain without overflowing the stack', () => {
    const ids = Array.from({ length: 20_000 }, (_, i) => `n${i}`);
    const edges = ids.slice(1).map((id, i) => ({ from: ids[i] as string, to: id }));
    expect(findCycles(ids, edges)).toEqual([]);
    expect(findCycles(ids, [...edges, { from: 'n19999', to: 'n0' }])[0]).toHaveLength(20_000);
  });
});

describe('stronglyConnected', () => {
  it('puts every node in exactly one component, in reverse topological order', () => {
    // 0 → 1 ⇄ 2 → 3
    const components = stronglyConnected([[1], [2], [1, 3], []]);
    expect(components.map((c) => [...c].sort())).toEqual([[3], [1, 2], [0]]);
  });
});

describe('dependencyCycles', () => {
  it('counts a self-dependency as a cycle of one and ignores unknown ids', () => {
    const briefs = [
      { id: 'a', dependsOn: ['a', 'ghost'] },
      { id: 'b', dependsOn: ['c'] },
      { id: 'c', dependsOn: ['b'] },
      { id: 'd', dependsOn: ['b'] },
    ];
    expect(dependencyCycles(briefs)).toEqual([['a'], ['b', 'c']]);
  });
});
