/**
 * The leadership diagnostic: a short self-check placing a team on the focus/autonomy grid.
 * Each axis has a few statements answered from 1 (strongly disagree) to 5 (strongly agree); an
 * axis is high when the mean of its answers is 3 or more. The page renders the statements from
 * here and its inline script bundles this module, so the page and the tests share one scoring.
 * No DOM and no Astro: it runs in the browser and under vitest alike.
 */

export type Axis = 'focus' | 'autonomy';

export interface Statement {
  /** Stable id, used as the form field name. */
  id: string;
  axis: Axis;
  text: string;
}

export type QuadrantId = 'low-everything' | 'tech-busywork' | 'order-takers' | 'impact-galore';

export interface Quadrant {
  id: QuadrantId;
  name: string;
  focus: 'low' | 'high';
  autonomy: 'low' | 'high';
  /** What it looks like, in one sentence. */
  summary: string;
  /** The next move, in one sentence. */
  move: string;
}

/** The lowest and highest answer on the scale. */
export const SCALE_MIN = 1;
export const SCALE_MAX = 5;
/** A mean at or above this puts an axis in its high half. */
export const HIGH_THRESHOLD = 3;

/** The 1–5 answer labels, lowest first. */
export const scaleLabels = ['Strongly disagree', 'Disagree', 'Neither', 'Agree', 'Strongly agree'] as const;

export const statements: readonly Statement[] = [
  { id: 'focus-priorities', axis: 'focus', text: 'Everyone on the team can name our top priorities for this quarter.' },
  { id: 'focus-north-star', axis: 'focus', text: 'We can explain how our current work moves the North Star.' },
  { id: 'focus-say-no', axis: 'focus', text: 'We regularly say no to work that does not serve a pillar.' },
  { id: 'focus-measure', axis: 'focus', text: 'We know which measure would tell us our work succeeded.' },
  { id: 'autonomy-how', axis: 'autonomy', text: 'The team decides how to solve the problems it is given.' },
  { id: 'autonomy-change', axis: 'autonomy', text: 'We can change our plan when we learn something, without waiting for approval.' },
  { id: 'autonomy-context', axis: 'autonomy', text: 'We have the context to make product trade-offs ourselves.' },
  { id: 'autonomy-ship', axis: 'autonomy', text: 'We can ship and measure a change without handing it to another team.' },
];

export const quadrants: readonly Quadrant[] = [
  {
    id: 'order-takers',
    name: 'Glorified managers and order-takers',
    focus: 'high',
    autonomy: 'low',
    summary: 'The direction is clear, but decisions flow down as tasks and the people closest to the problem wait for instructions.',
    move: 'Keep the focus, hand over the how: leaders own the outcome and the indicator, teams write the briefs and own the solution.',
  },
  {
    id: 'impact-galore',
    name: 'Impact galore',
    focus: 'high',
    autonomy: 'high',
    summary: 'Teams know what matters and are trusted to find the way there.',
    move: 'Stay here: keep reviews current, revisit the vision twice a year, and watch for a new leader or a crisis pulling you back.',
  },
  {
    id: 'low-everything',
    name: 'Low everything',
    focus: 'low',
    autonomy: 'low',
    summary: 'Without clear priorities or room to decide, work is reactive and progress hard to see.',
    move: 'Focus before autonomy: give the team one pillar, one or two indicators and a short list of briefs.',
  },
  {
    id: 'tech-busywork',
    name: 'Tech busywork',
    focus: 'low',
    autonomy: 'high',
    summary: 'Teams are free to act, but without shared priorities effort scatters into work that does not add up.',
    move: 'Keep the autonomy, add focus: ask each brief to name the indicator it moves, and drop whatever cannot.',
  },
];

/** Answers by statement id; a missing id is unanswered. */
export type Answers = Readonly<Record<string, number | undefined>>;

export interface AxisScore {
  /** Mean of the answered statements, or null when none is answered. */
  mean: number | null;
  answered: number;
  total: number;
  /** The mean is at or above the threshold; null when unanswered. */
  high: boolean | null;
}

export interface DiagnosticResult {
  focus: AxisScore;
  autonomy: AxisScore;
  /** The quadrant, once every statement is answered; null before. */
  quadrant: Quadrant | null;
  /** Statements not yet answered, in form order. */
  missing: Statement[];
}

/** True when `value` is a whole number on the 1–5 scale. */
export function isScaleValue(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= SCALE_MIN && value <= SCALE_MAX;
}

/** Scores one axis: the mean of its valid answers (out-of-scale values count as unanswered). */
export function scoreAxis(axis: Axis, answers: Answers, items: readonly Statement[] = statements): AxisScore {
  const onAxis = items.filter((statement) => statement.axis === axis);
  const values = onAxis.map((statement) => answers[statement.id]).filter(isScaleValue);
  const mean = values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0) / values.length;
  return { mean, answered: values.length, total: onAxis.length, high: mean === null ? null : mean >= HIGH_THRESHOLD };
}

/** The quadrant for a pair of axis levels. */
export function quadrantFor(focusHigh: boolean, autonomyHigh: boolean): Quadrant {
  const focus = focusHigh ? 'high' : 'low';
  const autonomy = autonomyHigh ? 'high' : 'low';
  return quadrants.find((q) => q.focus === focus && q.autonomy === autonomy) as Quadrant;
}

/** Scores the whole self-check; the quadrant is given only when every statement is answered. */
export function scoreDiagnostic(answers: Answers, items: readonly Statement[] = statements): DiagnosticResult {
  const focus = scoreAxis('focus', answers, items);
  const autonomy = scoreAxis('autonomy', answers, items);
  const missing = items.filter((statement) => !isScaleValue(answers[statement.id]));
  const quadrant =
    missing.length === 0 && focus.high !== null && autonomy.high !== null ? quadrantFor(focus.high, autonomy.high) : null;
  return { focus, autonomy, quadrant, missing };
}

/** One sentence describing a result, for the page's live region. */
export function describeResult(result: DiagnosticResult): string {
  if (result.quadrant === null) {
    const count = result.missing.length;
    return `Answer every statement to see your quadrant: ${count} ${count === 1 ? 'statement is' : 'statements are'} unanswered.`;
  }
  const format = (score: AxisScore): string => (score.mean ?? 0).toFixed(1);
  return `${result.quadrant.name}: focus ${format(result.focus)} (${result.focus.high ? 'high' : 'low'}), autonomy ${format(result.autonomy)} (${result.autonomy.high ? 'high' : 'low'}) out of 5. ${result.quadrant.move}`;
}
