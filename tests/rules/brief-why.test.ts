import { briefWhy } from '../../linter/rules/brief-why.ts';
import { brief, pillar, ruleTester } from './rule-tester.ts';

const reason = 'Checkout is the slowest step of the purchase flow and abandoned carts cost us revenue every day.';
const criteria = '## Success criteria\n\n- p95 latency under 900 ms by 2026-12-31\n';
/** A brief whose body is `body`; the frontmatter takes lines 1–9, so the body starts on line 11. */
const withBody = (body: string): string => brief({}, body);

ruleTester(briefWhy, {
  valid: [
    { name: 'the default brief', code: brief() },
    { name: '"Why now", any level, any case', code: withBody(`### WHY NOW?\n\n${reason}\n\n${criteria}`) },
    { name: '"Why this matters"', code: withBody(`## Why this matters\n\n${reason}\n`) },
    { name: 'a paragraph followed by a list', code: withBody(`## Why\n\nThree reasons, in order of cost:\n\n- carts abandoned at the payment step\n- support tickets about slow pages\n- partners asking for an SLA\n`) },
    { name: 'a long reason with a TODO note is not a placeholder', code: withBody(`## Why\n\n${reason} TODO: add the Q3 numbers.\n`) },
    { name: 'prose in a blockquote counts', code: withBody(`## Why\n\n> ${reason}\n`) },
    { name: 'pillars are not briefs', file: 'pillars/platform-reliability.mdx', code: pillar() },
    { name: 'a body that does not parse is left to mdx-parse', code: withBody('## Why\n\n<Aside>\n') },
  ],
  invalid: [
    { name: 'no Why section, reported on the first line after the frontmatter', code: withBody(criteria), errors: [{ messageId: 'missing', line: 10, column: 1 }] },
    { name: 'no frontmatter and no Why', code: 'Just text.\n', errors: [{ messageId: 'missing', line: 1, column: 1 }] },
    {
      name: 'a Why heading inside a code fence does not count',
      code: withBody(`Example of a brief:\n\n\`\`\`md\n## Why\n\n${reason}\n\`\`\`\n\n${criteria}`),
      errors: [{ messageId: 'missing', line: 10, column: 1 }],
    },
    {
      name: 'a Why heading inside an MDX comment does not count',
      code: withBody(`{/*\n## Why\n\n${reason}\n*/}\n\n${criteria}`),
      errors: [{ messageId: 'missing', line: 10, column: 1 }],
    },
    { name: 'an empty Why, at the heading', code: withBody(`## Why\n\n${criteria}`), errors: [{ messageId: 'empty', line: 11, column: 1 }] },
    { name: 'a Why with only a comment is empty', code: withBody(`## Why\n\n{/* write this */}\n\n${criteria}`), errors: [{ messageId: 'empty', line: 11, column: 1 }] },
    { name: 'a list-only Why', code: withBody(`## Why\n\n- carts abandoned at the payment step\n- support tickets about slow checkout pages\n- partners asking for a latency SLA\n`), errors: [{ messageId: 'no-prose', line: 11, column: 1 }] },
    { name: 'a code-only Why', code: withBody('## Why\n\n```\nsee dashboard\n```\n'), errors: [{ messageId: 'no-prose', line: 11, column: 1 }] },
    { name: 'placeholder TBD, at the placeholder', code: withBody(`## Why\n\nTBD\n\n${criteria}`), errors: [{ messageId: 'placeholder', line: 13, column: 1 }] },
    { name: 'placeholder inside a sentence', code: withBody('## Why\n\nReason: to be defined later.\n'), errors: [{ messageId: 'placeholder', line: 13, column: 9 }] },
    { name: 'N/A', code: withBody('## Why now\n\nN/A\n'), errors: [{ messageId: 'placeholder', line: 13, column: 1 }] },
    {
      name: 'lorem ipsum, however long',
      code: withBody('## Why\n\nWe need this because\nlorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore.\n'),
      errors: [{ messageId: 'placeholder', line: 14, column: 1 }],
    },
    { name: 'too short, at the heading', code: withBody('## Why\n\nCheckout is slow.\n'), errors: [{ messageId: 'too-short', line: 11, column: 1 }] },
    { name: 'CRLF keeps positions', code: withBody('## Why\n\nCheckout is slow.\n').replace(/\n/g, '\r\n'), errors: [{ messageId: 'too-short', line: 11, column: 1 }] },
  ],
});
