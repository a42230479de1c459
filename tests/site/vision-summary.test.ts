import { describe, expect, it } from 'vitest';
import { gist, summaryRows } from '../../site/lib/derive/vision-summary.ts';
import type { QuestionView } from '../../site/lib/derive/vision.ts';
import type { Disagreement } from '../../linter/core/vision-disagreement.ts';

const view = (id: string, answers: (string | null)[]): QuestionView =>
  ({
    question: { id, text: `${id}?`, aliases: [] },
    answers: answers.map((text, index) => ({
      respondentId: `l${index}`,
      respondent: `L${index}`,
      role: 'r',
      date: new Date(0),
      ageDays: 0,
      dueCheckIn: false,
      paragraphs: text === null ? [] : [text],
      answered: text !== null,
    })),
    agreement: { score: null, level: null, answers: 0, pairs: 0 },
    unanswered: answers.filter((a) => a === null).length,
    openGaps: [],
    closedGaps: [],
  }) as unknown as QuestionView;
const score = (question: string, rank: number | null): Disagreement => ({
  question,
  score: rank === null ? null : 1 / rank,
  level: null,
  rank,
  overlap: null,
  pairs: 1,
});

describe('gist', () => {
  it('keeps the first sentence', () => {
    expect(gist('Calm. The dispatcher finishes the day.')).toBe('Calm.');
    expect(gist('Autonomous dispatch, 80% of jobs by 2029')).toBe(
      'Autonomous dispatch, 80% of jobs by 2029',
    );
  });
  it('cuts a long sentence at a word, with an ellipsis', () => {
    const cut = gist(
      'An owner-operated residential service contractor with 15 to 60 technicians, typically HVAC or plumbing.',
      50,
    );
    expect(cut.length).toBeLessThanOrEqual(50);
    expect(cut).toBe('An owner-operated residential service contractor…');
    expect(cut.endsWith(',…')).toBe(false);
  });
});

describe('summaryRows', () => {
  it('ranks questions by disagreement, unscored last, with one gist per leader', () => {
    const rows = summaryRows(
      [view('a', ['One. Two.', null]), view('b', ['Three.', 'Four.']), view('c', [null, null])],
      [score('a', 2), score('b', 1), score('c', null)],
    );
    expect(rows.map((row) => row.question.question.id)).toEqual(['b', 'a', 'c']);
    expect(rows[1]!.gists).toEqual(['One.', null]);
  });
});
