/**
 * Everything `/vision/` shows, computed once from the leaders' answers and the gaps: the view per
 * question, the disagreement scores, the ranked summary rows and the page's counts. The HTML page
 * and its Markdown twin (`/vision.md`) both render this, so they rank and count alike.
 */
import { disagreementByQuestion, type DisagreementResult } from '../../../linter/core/vision-disagreement.ts';
import { buildVisionView, type GapEntry, type VisionEntry, type VisionOptions, type VisionView } from './vision.ts';
import { summaryRows, type SummaryRow } from './vision-summary.ts';

export interface VisionPage {
  view: VisionView;
  scores: DisagreementResult;
  /** Questions ranked by disagreement (most first). */
  rows: SummaryRow[];
  leaders: { id: string; name: string; role: string }[];
  /** Open gaps, on configured questions and on others. */
  openGapCount: number;
  /** Answers missing across all questions. */
  unanswered: number;
}

export function visionPage(leaders: readonly VisionEntry[], gaps: readonly GapEntry[], options: VisionOptions): VisionPage {
  const view = buildVisionView(leaders, gaps, options);
  const scores = disagreementByQuestion(
    view.questions.map((q) => ({
      id: q.question.id,
      text: q.question.text,
      answers: new Map(q.answers.filter((a) => a.answered).map((a) => [a.respondentId, a.paragraphs.join('\n')])),
    })),
  );
  return {
    view,
    scores,
    rows: summaryRows(view.questions, scores.questions),
    leaders: (view.questions[0]?.answers ?? []).map((a) => ({ id: a.respondentId, name: a.respondent, role: a.role })),
    openGapCount: view.questions.reduce((sum, q) => sum + q.openGaps.length, 0) + view.strayGaps.filter((g) => g.status === 'open').length,
    unanswered: view.questions.reduce((sum, q) => sum + q.unanswered, 0),
  };
}
