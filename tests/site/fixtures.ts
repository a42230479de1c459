/** Small builders for derivation tests: valid entries with only the fields a test cares about. */
import type { Initiative } from '../../linter/schema/initiative.ts';
import type { Pillar } from '../../linter/schema/pillar.ts';
import type { BriefEntry, PillarEntry } from '../../site/lib/derive/types.ts';

export const day = (text: string): Date => new Date(`${text}T00:00:00Z`);

export function brief(id: string, data: Partial<Initiative> = {}, filePath?: string): BriefEntry {
  return {
    id,
    filePath: filePath ?? `content/initiatives/${id}.mdx`,
    data: {
      title: data.title ?? id,
      owner: '@dana',
      quarter: '2026-Q3',
      status: 'active',
      pillar: 'reliability',
      kind: 'feature',
      dependsOn: [],
      ...data,
    },
  };
}

export function pillar(id: string, data: Partial<Pillar> = {}): PillarEntry {
  return {
    id,
    data: {
      title: data.title ?? id,
      owner: '@sam',
      summary: 'One sentence.',
      drives: 'It moves the metric.',
      indicators: [{ name: 'p95 latency', target: '< 900 ms' }],
      status: 'active',
      ...data,
    },
  };
}
