import { describe, expect, it } from 'vitest';
import { configSchema } from '../../linter/config/schema.ts';
import {
  matchQuestion,
  normaliseHeading,
  splitAnswers,
  toParagraphs,
} from '../../linter/vision/vision-sections.ts';

const questions = configSchema.parse({}).vision.questions;

describe('matchQuestion', () => {
  it('matches the question text ignoring case, punctuation and spacing', () => {
    expect(matchQuestion('Who is our ideal customer?', questions)?.id).toBe('customer');
    expect(matchQuestion('who  is OUR ideal-customer', questions)?.id).toBe('customer');
    expect(matchQuestion('  WHO IS OUR IDEAL CUSTOMER ?!', questions)?.id).toBe('customer');
  });

  it('matches an alias', () => {
    expect(matchQuestion('Why us', questions)?.id).toBe('differentiation');
    expect(matchQuestion('In ten years…', questions)?.id).toBe('horizon-10');
  });

  it('returns undefined for other or empty headings', () => {
    expect(matchQuestion('Who is our customer?', questions)).toBeUndefined();
    expect(matchQuestion('???', questions)).toBeUndefined();
    expect(matchQuestion('', questions)).toBeUndefined();
  });

  it('normalises to letters and digits only', () => {
    expect(normaliseHeading('Where do we see ourselves in 3 years?')).toBe(
      'wheredoweseeourselvesin3years',
    );
  });
});

describe('splitAnswers', () => {
  it('splits a body into one answer per matched heading', () => {
    const body = [
      'Intro text that belongs to no question.',
      '',
      '## Who is our ideal customer?',
      '',
      'Owner-operated trade businesses.',
      '',
      '## Why us?',
      'Dispatch that *learns*.',
      '',
      '## Notes',
      'Not an answer.',
    ].join('\n');
    const answers = splitAnswers(body, questions);
    expect([...answers.keys()]).toEqual(['customer', 'differentiation']);
    expect(answers.get('customer')).toBe('Owner-operated trade businesses.');
    expect(answers.get('differentiation')).toBe('Dispatch that learns.');
  });

  it('keeps sub-headings inside an answer and stops at the next same-level heading', () => {
    const body = '## Who is our ideal customer?\nA\n### Detail\nB\n## In three years\nC\n';
    const answers = splitAnswers(body, questions);
    expect(answers.get('customer')).toBe('A\n\nDetail\n\nB');
    expect(answers.get('horizon-3')).toBe('C');
  });

  it('ignores headings in code fences and MDX comments, and handles CRLF', () => {
    const body =
      '{/* ## Why us? */}\r\n## Who is our ideal customer?\r\n```md\r\n## Why us?\r\n```\r\nSmall fleets.\r\n';
    const answers = splitAnswers(body, questions);
    expect([...answers.keys()]).toEqual(['customer']);
    expect(answers.get('customer')).toContain('Small fleets.');
  });

  it('leaves out empty answers and keeps the first of duplicate headings', () => {
    const body =
      '## Who is our ideal customer?\n\n   \n## Why us?\nFirst\n## Why would someone choose our product over the competition?\nSecond';
    const answers = splitAnswers(body, questions);
    expect(answers.has('customer')).toBe(false);
    expect(answers.get('differentiation')).toBe('First');
  });

  it('returns nothing for an empty body', () => {
    expect(splitAnswers('', questions).size).toBe(0);
  });
});

describe('toParagraphs', () => {
  it('splits plain text into paragraphs and joins the lines of each', () => {
    const answers = splitAnswers(
      '## Why us?\n\n**Bold** and [a link](https://x.test) and `code`.\nSame paragraph.\n\n- one\n- two\n',
      questions,
    );
    expect(toParagraphs(answers.get('differentiation') ?? '')).toEqual([
      'Bold and a link and code. Same paragraph.',
      'one two',
    ]);
  });

  it('keeps snake_case words and drops MDX comments', () => {
    const answers = splitAnswers(
      '## Why us?\n\nUse field_service_id {/* note */} _really_\n',
      questions,
    );
    expect(toParagraphs(answers.get('differentiation') ?? '')).toEqual([
      'Use field_service_id really',
    ]);
  });

  it('returns no paragraphs for blank text', () => {
    expect(toParagraphs('  \n\n ')).toEqual([]);
  });
});
