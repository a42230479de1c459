import { describe, expect, it } from 'vitest';
import { configSchema } from '../../linter/config/schema.ts';
import {
  buildVisionView,
  isDueCheckIn,
  type GapEntry,
  type VisionEntry,
} from '../../site/lib/derive/vision.ts';

const questions = configSchema.parse({}).vision.questions;
const now = new Date('2026-11-24T00:00:00Z');
const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

const leader = (id: string, respondent: string, date: string, body: string): VisionEntry => ({
  id,
  data: { respondent, role: 'Leader', date: day(date) },
  body,
});

const gap = (
  id: string,
  question: string,
  status: 'open' | 'closed',
  opened: string,
  closed?: string,
): GapEntry => ({
  id,
  data: {
    title: id,
    question,
    owner: '@alex',
    status,
    opened: day(opened),
    closed: closed === undefined ? undefined : day(closed),
  },
  body: 'What differs.\n\nHow to close it.',
});

describe('isDueCheckIn', () => {
  it('is due only after more than the cadence', () => {
    expect(isDueCheckIn(day('2026-05-28'), now, 180)).toBe(false); // exactly 180 days
    expect(isDueCheckIn(day('2026-05-27'), now, 180)).toBe(true);
    expect(isDueCheckIn(day('2026-12-01'), now, 180)).toBe(false); // future date
  });
});

describe('buildVisionView', () => {
  const leaders = [
    leader(
      'sam',
      'Sam Lee',
      '2026-03-01',
      '## Who is our ideal customer?\nSmall trade businesses.\n## Why us?\nSpeed.',
    ),
    leader(
      'alex',
      'Alex Kim',
      '2026-10-12',
      '## Who is our ideal customer?\nSmall trade businesses with fleets.',
    ),
  ];
  const gaps = [
    gap('fleet-size', 'customer', 'open', '2026-10-15'),
    gap('old', 'customer', 'closed', '2026-01-01', '2026-02-01'),
    gap('stray', 'pricing', 'open', '2026-10-01'),
  ];
  const view = buildVisionView(leaders, gaps, { questions, checkInDays: 180, now });

  it('has one view per configured question, in order', () => {
    expect(view.questions.map((q) => q.question.id)).toEqual(questions.map((q) => q.id));
  });

  it('lists every leader for every question, sorted by name, with unanswered ones marked', () => {
    for (const q of view.questions)
      expect(q.answers.map((a) => a.respondent)).toEqual(['Alex Kim', 'Sam Lee']);
    const differentiation = view.questions.find((q) => q.question.id === 'differentiation');
    expect(differentiation?.answers.map((a) => a.answered)).toEqual([false, true]);
    expect(differentiation?.unanswered).toBe(1);
    expect(differentiation?.agreement.score).toBeNull();
    const horizon = view.questions.find((q) => q.question.id === 'horizon-10');
    expect(horizon?.unanswered).toBe(2);
  });

  it('flags answers due a check-in', () => {
    const customer = view.questions[0];
    expect(customer?.answers.map((a) => a.dueCheckIn)).toEqual([false, true]);
    expect(view.dueCheckIn).toEqual(['Sam Lee']);
  });

  it('scores agreement over answered leaders', () => {
    const customer = view.questions[0];
    expect(customer?.agreement.answers).toBe(2);
    expect(customer?.agreement.score).toBeCloseTo(3 / 4); // {small, trade, business} vs the same + fleet;
    expect(customer?.agreement.level).toBe('High');
  });

  it('sorts gaps by question and status and reports gaps on unknown questions', () => {
    const customer = view.questions[0];
    expect(customer?.openGaps.map((g) => g.id)).toEqual(['fleet-size']);
    expect(customer?.closedGaps.map((g) => g.id)).toEqual(['old']);
    expect(customer?.openGaps[0]?.paragraphs).toEqual(['What differs.', 'How to close it.']);
    expect(view.strayGaps.map((g) => g.id)).toEqual(['stray']);
  });

  it('handles no leaders and no gaps', () => {
    const empty = buildVisionView([], [], { questions, checkInDays: 180, now });
    expect(empty.questions).toHaveLength(questions.length);
    expect(empty.questions[0]?.answers).toEqual([]);
    expect(empty.questions[0]?.agreement.level).toBeNull();
  });
});
