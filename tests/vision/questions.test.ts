import { describe, expect, it } from 'vitest';
import { defaultVisionQuestions, visionQuestionSchema } from '../../linter/config/schema.ts';
import { parseContentFile } from '../../linter/engine/parse.ts';
import {
  answerSections,
  matchQuestion,
  plainText,
  splitAnswers,
  suggestQuestion,
} from '../../linter/vision/questions.ts';

const questions = defaultVisionQuestions.map((q) => visionQuestionSchema.parse(q));

function tree(body: string) {
  const file = parseContentFile(
    'content/vision/alex.mdx',
    'vision/alex.mdx',
    `---\nrespondent: Alex\nrole: CEO\ndate: 2026-10-12\n---\n\n${body}`,
  );
  if (!file.tree) throw new Error('fixture does not parse');
  return file.tree;
}

describe('matchQuestion', () => {
  it.each([
    ['Who is our ideal customer?', 'customer'],
    ['who is our IDEAL customer', 'customer'],
    ['  Who   is our ideal-customer ?! ', 'customer'],
    ['Why us?', 'differentiation'],
    ['why us', 'differentiation'],
    ['In ten years', 'horizon-10'],
    ['Where do we see ourselves in three years?', 'horizon-3'],
  ])('%j → %s', (heading, id) => {
    expect(matchQuestion(heading, questions)?.id).toBe(id);
  });

  it.each(['Who is our customer?', 'Notes', '', '???'])('%j matches nothing', (heading) => {
    expect(matchQuestion(heading, questions)).toBeUndefined();
  });

  it('accepts questions without aliases', () => {
    expect(matchQuestion('North', [{ id: 'north', text: 'north!' }])?.id).toBe('north');
  });
});

describe('splitAnswers', () => {
  it('maps each question id to its heading and plain text', () => {
    const answers = splitAnswers(
      tree(
        '## Who is our ideal customer?\n\nSmall **contractors**.\n\n- HVAC\n- Plumbing\n\n## Why us?\n\nData {/* a comment */} and trust.\n',
      ),
      questions,
    );
    expect([...answers.keys()]).toEqual(['customer', 'differentiation']);
    expect(answers.get('customer')?.text).toBe('Small contractors.\n\nHVAC\nPlumbing');
    expect(answers.get('customer')?.heading.position?.start.line).toBe(7);
    expect(answers.get('differentiation')?.text).toBe('Data  and trust.');
  });

  it('keeps sub-headings in the answer and stops at the next question', () => {
    const answers = splitAnswers(
      tree(
        '# Who is our ideal customer?\n\nOwners.\n\n### Segments\n\nHVAC.\n\n## In three years\n\nGrowth.\n',
      ),
      questions,
    );
    expect(answers.get('customer')?.text).toBe('Owners.\n\nSegments\n\nHVAC.');
    expect(answers.get('horizon-3')?.text).toBe('Growth.');
  });

  it('leaves an empty answer empty (a comment is not an answer)', () => {
    const answers = splitAnswers(
      tree('## Why us?\n\n{/* TODO */}\n\n## In five years\n'),
      questions,
    );
    expect(answers.get('differentiation')?.text).toBe('');
    expect(answers.get('horizon-5')?.text).toBe('');
  });

  it('takes the first of two headings for one question; answerSections lists both', () => {
    const body = tree(
      '## Why us?\n\nFirst.\n\n## Why would someone choose our product over the competition?\n\nSecond.\n',
    );
    expect(splitAnswers(body, questions).get('differentiation')?.text).toBe('First.');
    expect(answerSections(body, questions).map((s) => [s.question.id, s.text])).toEqual([
      ['differentiation', 'First.'],
      ['differentiation', 'Second.'],
    ]);
  });

  it('ignores headings inside code blocks', () => {
    expect(splitAnswers(tree('```md\n## Why us?\n```\n'), questions).size).toBe(0);
  });
});

describe('suggestQuestion', () => {
  it('suggests the closest question for a typo', () => {
    expect(suggestQuestion('Who is our ideal costumer', questions)?.question.id).toBe('customer');
    expect(suggestQuestion('In tenn years', questions)?.text).toBe('In ten years');
  });

  it('suggests nothing for an unrelated heading or a huge one', () => {
    expect(suggestQuestion('Notes', questions)).toBeUndefined();
    expect(suggestQuestion('x'.repeat(5_000_000), questions)).toBeUndefined();
  });
});

describe('plainText', () => {
  it('keeps image alt text and drops expressions', () => {
    const root = tree('Logo ![Crewline](./logo.png) {1 + 1} end.\n');
    expect(plainText(root).trim()).toBe('Logo Crewline  end.');
  });
});
