import { briefWhy } from '../../linter/rules/brief-why.ts';
import { brief, pillar, ruleTester } from './rule-tester.ts';

const reason =
  'Checkout is the slowest step of the purchase flow and abandoned carts cost us revenue every day.';
const criteria = '## Success criteria\n\n- p95 latency under 900 ms by 2026-12-31\n';
/** A brief whose body is `body`; the frontmatter takes lines 1–9, so the body starts on line 11. */
const withBody = (body: string): string => brief({}, body);

/*
 * Borderline shapes, each with the verdict a careful reviewer gives (the shapes are those of real
 * proposals and RFCs converted into briefs). A reviewer accepts reasons written as bulleted
 * sentences and rejects labels and pointers, whatever the markup.
 */
const sentenceList = [
  '## Why',
  '',
  '- Users currently have to write a custom controller to resize a volume, and most of them get it wrong.',
  '- The existing API offers no way to report progress, so operators poll the node by hand.',
  '- Three large users have asked for this feature in the last two releases.',
  '',
].join('\n');
const fragmentList =
  '## Why\n\n- Faster\n- Cheaper\n- Simpler onboarding for new teams\n- Better developer experience across the board\n';
const linkList =
  '## Why\n\nSee:\n\n- [RFC 1234](https://example.com/rfc/1234)\n- [The design doc](https://example.com/design)\n- [Issue #42](https://example.com/issues/42)\n- [Forum thread](https://example.com/forum/7)\n';
const longSentence =
  '## Why\n\nDispatchers rebuild the board by hand every morning because the nightly import drops jobs that span two days, which pushes every first appointment late and costs us two hours of technician time a day.\n';

ruleTester(briefWhy, {
  valid: [
    { name: 'the default brief', code: brief() },
    {
      name: '"Why now", any level, any case',
      code: withBody(`### WHY NOW?\n\n${reason}\n\n${criteria}`),
    },
    { name: '"Why this matters"', code: withBody(`## Why this matters\n\n${reason}\n`) },
    {
      name: 'a paragraph followed by a list',
      code: withBody(
        `## Why\n\nThree reasons, in order of cost:\n\n- carts abandoned at the payment step\n- support tickets about slow pages\n- partners asking for an SLA\n`,
      ),
    },
    {
      name: 'a long reason with a TODO note is not a placeholder',
      code: withBody(`## Why\n\n${reason} TODO: add the Q3 numbers.\n`),
    },
    { name: 'prose in a blockquote counts', code: withBody(`## Why\n\n> ${reason}\n`) },
    { name: 'pillars are not briefs', file: 'pillars/platform-reliability.mdx', code: pillar() },
    {
      name: 'a body that does not parse is left to mdx-parse',
      code: withBody('## Why\n\n<Aside>\n'),
    },
    // Borderline shapes a reviewer accepts.
    { name: 'borderline, accepted: a list of full sentences', code: withBody(sentenceList) },
    {
      name: 'borderline, accepted: a list of sentences in a numbered, loose list, with a link inside a sentence',
      code: withBody(
        '## Why\n\n1. The [dashboard](https://example.com/d) shows that checkout p95 is four seconds.\n\n2. We lose one cart in five at the payment step, according to last quarter’s funnel.\n',
      ),
    },
    {
      name: 'borderline, accepted: a lead-in paragraph followed by a list of sentences',
      code: withBody(`## Why\n\nTwo problems keep coming back:\n\n${sentenceList.slice(8)}`),
    },
    {
      name: 'borderline, accepted: a quote that gives the reason',
      code: withBody(
        '## Why\n\n> Our largest customer told us they lose an hour a day to the slow board, and they will not renew without a fix.\n',
      ),
    },
    { name: 'borderline, accepted: one long sentence', code: withBody(longSentence) },
    {
      name: 'borderline, accepted: a paragraph followed by "See:" and links',
      code: withBody(`## Why\n\n${reason}\n\n${linkList.slice(8)}`),
    },
    {
      name: 'borderline, accepted: a paragraph with a table of figures',
      code: withBody(
        `## Why\n\n${reason}\n\n| Step | p95 |\n|---|---|\n| Cart | 0.4 s |\n| Payment | 4.1 s |\n`,
      ),
    },
    {
      name: 'a paragraph that starts with "More than" is not a pointer',
      code: withBody('## Why\n\nMore than half of our carts are abandoned at the payment step.\n'),
    },
    {
      name: 'a labelled reason is not a pointer',
      code: withBody(
        '## Why\n\nContext: we lost three deals to checkout latency last quarter, two of them to one competitor.\n',
      ),
    },
  ],
  invalid: [
    {
      name: 'no Why section, reported on the first line after the frontmatter',
      code: withBody(criteria),
      errors: [{ messageId: 'missing', line: 10, column: 1 }],
    },
    {
      name: 'no frontmatter and no Why',
      code: 'Just text.\n',
      errors: [{ messageId: 'missing', line: 1, column: 1 }],
    },
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
    {
      name: 'an empty Why, at the heading',
      code: withBody(`## Why\n\n${criteria}`),
      errors: [{ messageId: 'empty', line: 11, column: 1 }],
    },
    {
      name: 'a Why with only a comment is empty',
      code: withBody(`## Why\n\n{/* write this */}\n\n${criteria}`),
      errors: [{ messageId: 'empty', line: 11, column: 1 }],
    },
    {
      name: 'a list-only Why',
      code: withBody(
        `## Why\n\n- carts abandoned at the payment step\n- support tickets about slow checkout pages\n- partners asking for a latency SLA\n`,
      ),
      errors: [{ messageId: 'no-prose', line: 11, column: 1 }],
    },
    // Borderline shapes a reviewer rejects: they say nothing about why, in sentences.
    {
      name: 'borderline, rejected: a list of fragments',
      code: withBody(fragmentList),
      errors: [{ messageId: 'no-prose', line: 11, column: 1 }],
    },
    {
      name: 'borderline, rejected: long fragments without a verb or sentence punctuation',
      code: withBody(
        '## Why\n\n- Improving the reliability of checkout across all of our regions\n- Lower operating cost for the platform team and its on-call rota.\n',
      ),
      errors: [{ messageId: 'no-prose', line: 11, column: 1 }],
    },
    {
      name: 'borderline, rejected: "See:" followed by four links',
      code: withBody(linkList),
      errors: [{ messageId: 'no-prose', line: 11, column: 1 }],
    },
    {
      name: 'borderline, rejected: "See the RFC"',
      code: withBody('## Why\n\nSee the RFC.\n'),
      errors: [{ messageId: 'no-prose', line: 11, column: 1 }],
    },
    {
      name: 'borderline, rejected: a longer pointer, a labelled pointer and a bare URL',
      code: withBody(
        '## Why\n\nSee the RFC for the full motivation and the alternatives considered.\n\nMotivation: described in the design doc.\n\nhttps://example.com/rfc/1234\n',
      ),
      errors: [{ messageId: 'no-prose', line: 11, column: 1 }],
    },
    {
      name: 'borderline, rejected: a quote that only points elsewhere',
      code: withBody('> See [the proposal](https://example.com/p) for details.\n').replace(
        '> See',
        '## Why\n\n> See',
      ),
      errors: [{ messageId: 'no-prose', line: 11, column: 1 }],
    },
    {
      name: 'borderline, rejected: a table',
      code: withBody(
        '## Why\n\n| Problem | Cost |\n|---|---|\n| Slow checkout pages | Carts abandoned at the payment step every day |\n',
      ),
      errors: [{ messageId: 'no-prose', line: 11, column: 1 }],
    },
    {
      name: 'borderline, rejected: a label, then fragments (however many words)',
      code: withBody(
        '## Why\n\nReasons:\n\n- Faster checkout for every customer\n- Cheaper payment processing for the finance team\n- Simpler onboarding\n',
      ),
      errors: [{ messageId: 'no-prose', line: 11, column: 1 }],
    },
    {
      name: 'borderline, rejected: a lead-in that is only a pointer, then fragments',
      code: withBody('## Why\n\nSee the links below:\n\n- Faster\n- Cheaper\n'),
      errors: [{ messageId: 'no-prose', line: 11, column: 1 }],
    },
    {
      name: 'a code-only Why',
      code: withBody('## Why\n\n```\nsee dashboard\n```\n'),
      errors: [{ messageId: 'no-prose', line: 11, column: 1 }],
    },
    {
      name: 'placeholder TBD, at the placeholder',
      code: withBody(`## Why\n\nTBD\n\n${criteria}`),
      errors: [{ messageId: 'placeholder', line: 13, column: 1 }],
    },
    {
      name: 'placeholder inside a sentence',
      code: withBody('## Why\n\nReason: to be defined later.\n'),
      errors: [{ messageId: 'placeholder', line: 13, column: 9 }],
    },
    {
      name: 'N/A',
      code: withBody('## Why now\n\nN/A\n'),
      errors: [{ messageId: 'placeholder', line: 13, column: 1 }],
    },
    {
      name: 'lorem ipsum, however long',
      code: withBody(
        '## Why\n\nWe need this because\nlorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore.\n',
      ),
      errors: [{ messageId: 'placeholder', line: 14, column: 1 }],
    },
    {
      name: 'too short, at the heading',
      code: withBody('## Why\n\nCheckout is slow.\n'),
      errors: [{ messageId: 'too-short', line: 11, column: 1 }],
    },
    {
      name: 'CRLF keeps positions',
      code: withBody('## Why\n\nCheckout is slow.\n').replace(/\n/g, '\r\n'),
      errors: [{ messageId: 'too-short', line: 11, column: 1 }],
    },
  ],
});
