import { describe, expect, it } from 'vitest';
import { dependentsMap, dependencyEdges, resolveBriefs } from '../../linter/core/dependencies.ts';
import { brief } from './fixtures.ts';

const briefs = [
  brief('api', {}),
  brief('checkout', { dependsOn: ['api', 'design'] }),
  brief('design', {}),
  brief('mobile', { dependsOn: ['api', 'api', 'missing'] }),
  brief('self', { dependsOn: ['self'] }),
];

describe('dependencyEdges', () => {
  it('lists each dependsOn edge once', () => {
    expect(dependencyEdges(briefs)).toEqual([
      { from: 'checkout', to: 'api' },
      { from: 'checkout', to: 'design' },
      { from: 'mobile', to: 'api' },
      { from: 'mobile', to: 'missing' },
      { from: 'self', to: 'self' },
    ]);
  });
  it('is empty without dependencies', () => {
    expect(dependencyEdges([brief('a')])).toEqual([]);
  });
});

describe('dependentsMap', () => {
  it('reverses dependsOn: the briefs waiting on each brief, sorted, duplicates and self-loops dropped', () => {
    const map = dependentsMap(briefs);
    expect(map.get('api')).toEqual(['checkout', 'mobile']);
    expect(map.get('design')).toEqual(['checkout']);
    expect(map.get('checkout')).toEqual([]);
    expect(map.get('self')).toEqual([]);
    expect(map.has('missing')).toBe(false);
  });
});

describe('resolveBriefs', () => {
  it('resolves known ids and keeps unknown ones without a brief', () => {
    const byId = new Map(briefs.map((b) => [b.id, b]));
    const links = resolveBriefs(['api', 'missing'], byId);
    expect(links[0]?.brief?.id).toBe('api');
    expect(links[1]).toEqual({ id: 'missing', brief: undefined });
  });
});
