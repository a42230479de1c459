import { describe, expect, it } from 'vitest';
import { formatJson } from '../../linter/formatters/json.ts';
import { sampleResults } from './sample-results.ts';

describe('formatJson', () => {
  const parsed = JSON.parse(formatJson(sampleResults)) as {
    file: string;
    messages: Record<string, unknown>[];
  }[];

  it('lists every linted file, clean ones included, in path order', () => {
    expect(parsed.map((r) => [r.file, r.messages.length])).toEqual([
      ['content/docs/index.mdx', 0],
      ['content/initiatives/checkout v2.mdx', 4],
      ['content/pillars/growth.mdx', 1],
    ]);
  });

  it('writes the spec fields in a fixed order and omits absent optional fields', () => {
    const [dependsOn, pillar] = parsed[1]?.messages ?? [];
    expect(Object.keys(dependsOn ?? {})).toEqual([
      'ruleId',
      'messageId',
      'severity',
      'message',
      'line',
      'column',
      'hint',
      'url',
    ]);
    expect(pillar).toEqual({
      ruleId: 'brief-pillar',
      messageId: 'unknown',
      severity: 'error',
      message: 'Unexpected pillar `growht`, expected an active pillar, did you mean `growth`?',
      line: 5,
      column: 9,
      endLine: 5,
      endColumn: 15,
      expected: ['growth', 'platform-reliability'],
      related: [
        {
          file: 'content/pillars/growth.mdx',
          place: { start: { line: 2, column: 8 }, end: { line: 2, column: 14 } },
          message: 'pillar `growth` is defined here',
        },
      ],
      url: 'https://handbook.example.com/reference/rules/brief-pillar/',
    });
    expect(parsed[1]?.messages[0]).not.toHaveProperty('source');
  });

  it('is one line of JSON ending in a newline, and an empty array for no files', () => {
    expect(formatJson(sampleResults).trimEnd()).not.toContain('\n');
    expect(formatJson([])).toBe('[]\n');
  });
});
