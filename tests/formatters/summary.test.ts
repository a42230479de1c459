import { describe, expect, it } from 'vitest';
import {
  countProblems,
  displayPath,
  problemSummary,
  sortResults,
} from '../../linter/formatters/summary.ts';
import { sampleResults } from './sample-results.ts';

describe('sortResults', () => {
  it('orders files by path and messages by line, column and rule id, without mutating the input', () => {
    const before = JSON.stringify(sampleResults);
    const sorted = sortResults(sampleResults);
    expect(sorted.map((r) => r.file)).toEqual([
      'content/docs/index.mdx',
      'content/initiatives/checkout v2.mdx',
      'content/pillars/growth.mdx',
    ]);
    expect(sorted[1]?.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)).toEqual([
      '5:9 brief-depends-on',
      '5:9 brief-pillar',
      '5:11 stale-review',
      '12:1 brief-why',
    ]);
    expect(JSON.stringify(sampleResults)).toBe(before);
  });
});

describe('counts', () => {
  it('counts errors and warnings and words the summary with plurals', () => {
    const counts = countProblems(sampleResults);
    expect(counts).toEqual({ errors: 3, warnings: 2 });
    expect(problemSummary(counts)).toBe('✖ 5 problems (3 errors, 2 warnings)');
    expect(problemSummary({ errors: 1, warnings: 0 })).toBe('✖ 1 problem (1 error, 0 warnings)');
    expect(problemSummary({ errors: 0, warnings: 0 })).toBeUndefined();
  });

  it('prefixes display paths only when the root is not the cwd', () => {
    expect(displayPath('', 'content/a.mdx')).toBe('content/a.mdx');
    expect(displayPath('.', 'content/a.mdx')).toBe('content/a.mdx');
    expect(displayPath('handbooks/acme', 'content/a.mdx')).toBe('handbooks/acme/content/a.mdx');
    expect(displayPath('../acme/', 'content/a.mdx')).toBe('../acme/content/a.mdx');
  });
});
