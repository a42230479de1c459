import { visionComplete } from '../../linter/rules/vision-complete.ts';
import { ruleTester } from './rule-tester.ts';

const file = 'vision/alex-kim.mdx';
// Five frontmatter lines and a blank line: the body starts on line 7.
const answers = (body: string): string =>
  `---\nrespondent: Alex Kim\nrole: CEO\ndate: 2026-10-12\n---\n\n${body}`;

const complete = `## Who is our ideal customer?

Owner-operated contractors with 15 to 60 technicians.

## Why would someone choose our product over the competition?

The schedule gets better every week.

## What feeling or impact is our product intended to create?

Calm.

## Where do we see ourselves in three years?

The default dispatch system.

## Where do we see ourselves in five years?

The operating system of a trade business.

## Where do we see ourselves in ten years?

Autonomous dispatch.
`;

const gapFile = 'vision/gaps/enterprise-or-owner.mdx';
// The question is on line 3, its value at column 11.
const gap = (question: string): string =>
  `---\ntitle: Enterprise or owner-operated\nquestion: ${question}\nowner: "@alex"\nstatus: open\nopened: 2026-10-15\n---\n\nWhat differs.\n`;

const twoQuestions = {
  vision: {
    questions: [
      { id: 'customer', text: 'Who is our ideal customer?' },
      { id: 'why-us', text: 'Why us?', aliases: ['What makes us different'] },
    ],
  },
};

ruleTester(visionComplete, {
  valid: [
    { name: 'every question answered', file, code: answers(complete) },
    { name: 'a gap about a configured question', file: gapFile, code: gap('customer') },
    {
      name: 'a gap about a question configured in handbook.config',
      file: gapFile,
      code: gap('why-us'),
      config: twoQuestions,
    },
    {
      name: 'an alias answers the question',
      file,
      code: answers(
        '## Who is our ideal customer?\n\nOwners.\n\n## What makes us different\n\nData.\n',
      ),
      config: twoQuestions,
    },
    {
      name: 'case, punctuation and spacing differences',
      file,
      code: answers('# WHO IS OUR IDEAL CUSTOMER\n\nOwners.\n\n### why  us !\n\nData.\n'),
      config: twoQuestions,
    },
    {
      name: 'level-2 sub-headings inside a level-1 answer are not unknown',
      file,
      code: answers(
        '# Who is our ideal customer?\n\nOwners.\n\n## Segments\n\nHVAC.\n\n# Why us?\n\nData.\n',
      ),
      config: twoQuestions,
    },
    {
      name: 'other collections are not checked',
      file: 'initiatives/x.mdx',
      code: '---\ntitle: X\n---\n\nNo questions here.\n',
    },
    { name: 'a body that does not parse is left to mdx-parse', file, code: answers('<div>\n') },
  ],
  invalid: [
    {
      name: 'a gap about a misspelled question',
      file: gapFile,
      code: gap('custmer'),
      errors: [{ messageId: 'unknown-question', line: 3, column: 11 }],
    },
    {
      name: 'a gap about a question no longer configured',
      file: gapFile,
      code: gap('horizon-10'),
      config: twoQuestions,
      errors: [{ messageId: 'unknown-question', line: 3, column: 11 }],
    },
    {
      name: 'a missing question',
      file,
      code: answers('## Who is our ideal customer?\n\nOwners.\n'),
      config: twoQuestions,
      errors: [{ messageId: 'missing-answer', line: 1, column: 1 }],
    },
    {
      name: 'every default question missing',
      file,
      code: answers('Nothing yet.\n'),
      errors: Array.from({ length: 6 }, () => ({
        messageId: 'missing-answer',
        line: 1,
        column: 1,
      })),
    },
    {
      name: 'an empty answer',
      file,
      code: answers('## Who is our ideal customer?\n\n## Why us?\n\nData.\n'),
      config: twoQuestions,
      errors: [{ messageId: 'empty-answer', line: 7, column: 1 }],
    },
    {
      name: 'a comment or a placeholder is no answer',
      file,
      code: answers('## Who is our ideal customer?\n\n{/* later */}\n\n## Why us?\n\nTBD.\n'),
      config: twoQuestions,
      errors: [
        { messageId: 'empty-answer', line: 7, column: 1 },
        { messageId: 'empty-answer', line: 11, column: 1 },
      ],
    },
    {
      name: 'a question answered twice',
      file,
      code: answers(
        '## Who is our ideal customer?\n\nOwners.\n\n## Why us?\n\nData.\n\n## What makes us different?\n\nTrust.\n',
      ),
      config: twoQuestions,
      errors: [{ messageId: 'duplicate-answer', line: 15, column: 1 }],
    },
    {
      name: 'a mistyped question: unknown heading (warning) and the missing answer',
      file,
      code: answers('## Who is our ideal costumer?\n\nOwners.\n\n## Why us?\n\nData.\n'),
      config: twoQuestions,
      errors: [
        { messageId: 'missing-answer', line: 1, column: 1 },
        { messageId: 'unknown-heading', line: 7, column: 1, severity: 'warning' },
      ],
    },
    {
      name: 'an extra level-2 section',
      file,
      code: answers(`${complete}\n## Notes\n\nMore.\n`),
      errors: [{ messageId: 'unknown-heading', line: 31, column: 1, severity: 'warning' }],
    },
  ],
});
