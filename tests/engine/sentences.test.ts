/** What reads as a sentence and what as a pointer (`engine/sentences.ts`), on real shapes. */
import { describe, expect, it } from 'vitest';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Paragraph } from 'mdast';
import { isLabel, isPointer, isSentence } from '../../linter/engine/sentences.ts';

const paragraph = (markdown: string): Paragraph => fromMarkdown(markdown).children[0] as Paragraph;

describe('isSentence', () => {
  it.each([
    'Users currently have to write a custom controller to resize a volume.',
    'The existing API offers no way to report progress to operators.',
    'We lose one cart in five at the payment step every single day.',
    'Newcomers often confuse the two error types in their first week!',
    'Nightly imports drop jobs that span two days in a row.',
    'Carts abandoned at the payment step cost revenue. Support tickets pile up',
  ])('a sentence: %s', (text) => expect(isSentence(text)).toBe(true));

  it.each([
    'Faster',
    'Cheaper onboarding.',
    'Improving the reliability of checkout across all of our regions.',
    'Lower operating cost for the platform team and its on-call rota.',
    'Reduced operational costs across all of our regions.',
    'Users currently have to write a custom controller to resize a volume',
  ])('not a sentence: %s', (text) => expect(isSentence(text)).toBe(false));
});

describe('isPointer', () => {
  it.each([
    'See the RFC.',
    'See:',
    'See [RFC 1234](https://example.com) for details.',
    'Refer to the design doc for the motivation.',
    'Motivation: see the RFC.',
    'https://example.com/rfc/1234',
    '[RFC 1234](https://example.com), [the design](https://example.com/d).',
  ])('a pointer: %s', (text) => expect(isPointer(paragraph(text))).toBe(true));

  it.each([
    'More than half of our carts are abandoned at the payment step.',
    'Checkout is slow, see the [dashboard](https://example.com) for a week of numbers.',
    'See the numbers: checkout p95 is four seconds and one cart in five is abandoned at the payment step.',
    'TBD',
    'Checkout is slow.',
  ])('not a pointer: %s', (text) => expect(isPointer(paragraph(text))).toBe(false));
});

describe('isLabel', () => {
  it.each(['Reasons:', 'Why we need this:', 'Motivation :'])('a label: %s', (text) =>
    expect(isLabel(text)).toBe(true),
  );
  it.each(['Three reasons, in order of cost:', 'Checkout is slow.', 'TBD'])(
    'not a label: %s',
    (text) => expect(isLabel(text)).toBe(false),
  );
});
