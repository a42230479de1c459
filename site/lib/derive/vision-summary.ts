/**
 * The vision page's summary matrix: the questions ranked by disagreement (most first), each with
 * the gist of every leader's answer and its open gaps, so the page answers "where do we differ?"
 * before any detail. Pure data over `buildVisionView` and `disagreementByQuestion`.
 */
import type { GapView, QuestionView } from './vision.ts';
import type { Disagreement } from '../../../linter/core/vision-disagreement.ts';

export interface SummaryRow {
  question: QuestionView;
  disagreement: Disagreement | undefined;
  /** One gist per leader, in the view's leader order; null when unanswered. */
  gists: (string | null)[];
  openGaps: GapView[];
}

/** The first sentence of `text`, cut at a word boundary to at most `max` characters. */
export function gist(text: string, max = 110): string {
  const trimmed = text.trim();
  const sentence = /^.+?[.!?](?=\s|$)/.exec(trimmed)?.[0] ?? trimmed;
  if (sentence.length <= max) return sentence;
  const cut = sentence.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, '')}…`;
}

/** Rows ranked by disagreement (unscored questions last, in configured order). */
export function summaryRows(questions: readonly QuestionView[], scores: readonly Disagreement[]): SummaryRow[] {
  const byId = new Map(scores.map((score) => [score.question, score]));
  const rows = questions.map((question, index) => ({
    index,
    row: {
      question,
      disagreement: byId.get(question.question.id),
      gists: question.answers.map((answer) => (answer.answered ? gist(answer.paragraphs[0] ?? '', 80) : null)),
      openGaps: question.openGaps,
    },
  }));
  const rank = (entry: (typeof rows)[number]) => entry.row.disagreement?.rank ?? Number.POSITIVE_INFINITY;
  return rows.sort((a, b) => rank(a) - rank(b) || a.index - b.index).map((entry) => entry.row);
}
