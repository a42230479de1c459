import { describe, expect, it } from 'vitest';
import {
  describeResult,
  quadrantFor,
  quadrants,
  scoreAxis,
  scoreDiagnostic,
  statements,
  type Answers,
} from '../../site/lib/derive/diagnostic.ts';

const answerAll = (focus: number, autonomy: number): Record<string, number> =>
  Object.fromEntries(statements.map((s) => [s.id, s.axis === 'focus' ? focus : autonomy]));

describe('statements', () => {
  it('has 3 or 4 statements per axis with unique ids', () => {
    for (const axis of ['focus', 'autonomy'] as const) {
      const count = statements.filter((s) => s.axis === axis).length;
      expect(count).toBeGreaterThanOrEqual(3);
      expect(count).toBeLessThanOrEqual(4);
    }
    expect(new Set(statements.map((s) => s.id)).size).toBe(statements.length);
  });
});

describe('scoreDiagnostic', () => {
  it.each([
    [5, 1, 'Glorified managers and order-takers'],
    [5, 5, 'Impact galore'],
    [1, 1, 'Low everything'],
    [1, 5, 'Tech busywork'],
  ])('focus %i, autonomy %i → %s', (focus, autonomy, name) => {
    expect(scoreDiagnostic(answerAll(focus, autonomy)).quadrant?.name).toBe(name);
  });

  it('counts a mean of exactly 3 as high', () => {
    const result = scoreDiagnostic(answerAll(3, 3));
    expect(result.focus).toMatchObject({ mean: 3, high: true });
    expect(result.quadrant?.id).toBe('impact-galore');
  });

  it('counts a mean just below 3 as low', () => {
    const answers: Record<string, number> = answerAll(3, 3);
    answers['focus-priorities'] = 2; // focus mean 2.75
    expect(scoreDiagnostic(answers).quadrant?.id).toBe('tech-busywork');
  });

  it('gives no quadrant until every statement is answered', () => {
    const answers: Answers = { ...answerAll(5, 5), 'autonomy-ship': undefined };
    const result = scoreDiagnostic(answers);
    expect(result.quadrant).toBeNull();
    expect(result.missing.map((s) => s.id)).toEqual(['autonomy-ship']);
    expect(result.autonomy).toMatchObject({ answered: 3, total: 4, mean: 5 });
    expect(describeResult(result)).toBe(
      'Answer every statement to see your quadrant: 1 statement is unanswered.',
    );
  });

  it('treats out-of-scale answers as unanswered', () => {
    const result = scoreDiagnostic({ ...answerAll(5, 5), 'focus-measure': 6, 'focus-say-no': 2.5 });
    expect(result.missing.map((s) => s.id)).toEqual(['focus-say-no', 'focus-measure']);
    expect(result.focus.answered).toBe(2);
  });

  it('scores an empty form as unanswered', () => {
    const result = scoreDiagnostic({});
    expect(result.focus).toEqual({ mean: null, answered: 0, total: 4, high: null });
    expect(result.quadrant).toBeNull();
    expect(scoreAxis('autonomy', {}).high).toBeNull();
  });

  it('describes a result with both scores', () => {
    expect(describeResult(scoreDiagnostic(answerAll(4, 2)))).toMatch(
      /^Glorified managers and order-takers: focus 4\.0 \(high\), autonomy 2\.0 \(low\) out of 5\./,
    );
  });
});

describe('quadrants', () => {
  it('covers each combination once', () => {
    const keys = quadrants.map((q) => `${q.focus}/${q.autonomy}`).sort();
    expect(keys).toEqual(['high/high', 'high/low', 'low/high', 'low/low']);
    expect(quadrantFor(true, false).id).toBe('order-takers');
  });
});
