/** A fixed set of lint results shared by the formatter tests, deliberately out of order. */
import type { FileResult, LintMessage } from '../../linter/engine/types.ts';

const docs = 'https://handbook.example.com/reference/rules/';

function message(
  fields: Partial<LintMessage> & Pick<LintMessage, 'ruleId' | 'line' | 'column' | 'message'>,
): LintMessage {
  return {
    messageId: 'sample',
    severity: 'error',
    url: `${docs}${fields.ruleId}/`,
    source: 'handbook',
    ...fields,
  };
}

export const sampleResults: FileResult[] = [
  {
    file: 'content/pillars/growth.mdx',
    messages: [
      message({
        ruleId: 'pillar-orphan',
        messageId: 'orphan',
        severity: 'warning',
        message: 'Unexpected pillar `growth` without initiatives, expected at least one',
        line: 1,
        column: 1,
        endLine: 6,
        endColumn: 4,
      }),
    ],
  },
  { file: 'content/docs/index.mdx', messages: [] },
  {
    file: 'content/initiatives/checkout v2.mdx',
    messages: [
      message({
        ruleId: 'stale-review',
        messageId: 'stale',
        severity: 'warning',
        message: 'Unexpected review date `2025-01-02`, expected one within 180 days',
        line: 5,
        column: 11,
        endLine: 5,
        endColumn: 21,
      }),
      message({
        ruleId: 'brief-why',
        messageId: 'placeholder',
        message: 'Unexpected placeholder `TBD` in the Why section, expected prose',
        line: 12,
        column: 1,
        endLine: 12,
        endColumn: 4,
        hint: 'Say why this matters now: the customer problem, the evidence, the cost of waiting.',
      }),
      message({
        ruleId: 'brief-pillar',
        messageId: 'unknown',
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
      }),
      message({
        ruleId: 'brief-depends-on',
        messageId: 'missing',
        message: 'Unexpected dependency `a,b: c` with 100% | pipes, expected an initiative id',
        line: 5,
        column: 9,
        hint: 'Line one\r\nline two',
      }),
    ],
  },
];

export const sampleRules = [
  {
    id: 'brief-depends-on',
    description: 'Dependencies exist and have no cycle',
    url: `${docs}brief-depends-on/`,
    defaultSeverity: 'error',
  },
  {
    id: 'brief-pillar',
    description: 'The pillar exists and is active',
    url: `${docs}brief-pillar/`,
    defaultSeverity: 'error',
  },
  {
    id: 'brief-why',
    description: 'A real Why section',
    url: `${docs}brief-why/`,
    defaultSeverity: 'error',
  },
  {
    id: 'pillar-orphan',
    description: 'Active pillars have initiatives',
    url: `${docs}pillar-orphan/`,
    defaultSeverity: 'warning',
  },
  {
    id: 'unique-id',
    description: 'Ids are unique',
    url: `${docs}unique-id/`,
    defaultSeverity: 'error',
  },
] as const;
