/**
 * The vision page's data: for every configured question, each leader's answer side by side with
 * its check-in state, an agreement score, and the open and closed alignment gaps.
 */
import type { VisionQuestion } from '../../../linter/config/schema.ts';
import type { Gap, VisionAnswer } from '../../../linter/schema/vision.ts';
import { daysBetween } from '../../../linter/core/dates.ts';
import { reviewDueOf } from '../../../linter/core/staleness.ts';
import { agreement, type Agreement } from '../../../linter/core/vision-agreement.ts';
import { splitAnswers, toParagraphs } from '../../../linter/vision/vision-sections.ts';

/** One leader's vision file: its id (file name), frontmatter and raw MDX body. */
export interface VisionEntry {
  id: string;
  data: VisionAnswer;
  body: string;
}

/** One gap file: its id, frontmatter and raw MDX body. */
export interface GapEntry {
  id: string;
  data: Gap;
  body?: string | undefined;
}

export interface LeaderAnswer {
  /** The leader's file id. */
  respondentId: string;
  respondent: string;
  role: string;
  /** When the leader gave their answers. */
  date: Date;
  /** Whole days between `date` and now. */
  ageDays: number;
  /** Older than the check-in cadence. */
  dueCheckIn: boolean;
  /** The answer as plain-text paragraphs; empty when the leader has not answered. */
  paragraphs: string[];
  /** False when the leader has no answer to this question yet. */
  answered: boolean;
}

export interface GapView {
  id: string;
  title: string;
  /** The id of the question it concerns. */
  question: string;
  owner: string;
  status: Gap['status'];
  opened: Date;
  closed: Date | undefined;
  /** The gap's body as plain-text paragraphs. */
  paragraphs: string[];
}

export interface QuestionView {
  question: VisionQuestion;
  /** Every leader, in respondent order, whether or not they answered. */
  answers: LeaderAnswer[];
  /** Over the answered leaders only. */
  agreement: Agreement;
  /** Leaders who have not answered. */
  unanswered: number;
  openGaps: GapView[];
  closedGaps: GapView[];
}

export interface VisionView {
  questions: QuestionView[];
  checkInDays: number;
  /** Leaders whose answers are due a check-in. */
  dueCheckIn: string[];
  /** Gaps naming a question that is not configured. */
  strayGaps: GapView[];
}

export interface VisionOptions {
  questions: readonly VisionQuestion[];
  /** Answers older than this many days are due a check-in. */
  checkInDays: number;
  /** "Today"; injected so tests are deterministic. */
  now: Date;
}

/** Whole days from `date` to `now` (negative for a future date). */
export function ageInDays(date: Date, now: Date): number {
  return daysBetween(date, now);
}

/**
 * True when an answer given on `date` is past `checkInDays` at `now`: the core's decision
 * (`core/staleness.ts`), the one `stale-review` and `/health/` make too.
 */
export function isDueCheckIn(date: Date, now: Date, checkInDays: number): boolean {
  return reviewDueOf('vision', { date }, now, { reviewDays: checkInDays, checkInDays })?.state === 'stale';
}

function gapView(gap: GapEntry): GapView {
  return {
    id: gap.id,
    title: gap.data.title,
    question: gap.data.question,
    owner: gap.data.owner,
    status: gap.data.status,
    opened: gap.data.opened,
    closed: gap.data.closed,
    paragraphs: toParagraphs(gap.body ?? ''),
  };
}

const byOpened = (a: GapView, b: GapView): number =>
  a.opened.getTime() - b.opened.getTime() || a.id.localeCompare(b.id);

/** Builds the vision page: one view per configured question, in configured order. */
export function buildVisionView(
  leaders: readonly VisionEntry[],
  gaps: readonly GapEntry[],
  options: VisionOptions,
): VisionView {
  const { questions, checkInDays, now } = options;
  const sorted = [...leaders].sort(
    (a, b) => a.data.respondent.localeCompare(b.data.respondent) || a.id.localeCompare(b.id),
  );
  const split = sorted.map((leader) => ({ leader, answers: splitAnswers(leader.body, questions) }));
  const gapViews = gaps.map(gapView).sort(byOpened);
  const known = new Set(questions.map((question) => question.id));

  const views = questions.map((question): QuestionView => {
    const answers = split.map(({ leader, answers: byQuestion }): LeaderAnswer => {
      const text = byQuestion.get(question.id);
      const paragraphs = text === undefined ? [] : toParagraphs(text);
      return {
        respondentId: leader.id,
        respondent: leader.data.respondent,
        role: leader.data.role,
        date: leader.data.date,
        ageDays: ageInDays(leader.data.date, now),
        dueCheckIn: isDueCheckIn(leader.data.date, now, checkInDays),
        paragraphs,
        answered: paragraphs.length > 0,
      };
    });
    const answered = answers.filter((answer) => answer.answered);
    const forQuestion = gapViews.filter((gap) => gap.question === question.id);
    return {
      question,
      answers,
      agreement: agreement(
        answered.map((answer) => answer.paragraphs.join('\n')),
        question.text,
      ),
      unanswered: answers.length - answered.length,
      openGaps: forQuestion.filter((gap) => gap.status === 'open'),
      closedGaps: forQuestion.filter((gap) => gap.status === 'closed'),
    };
  });

  return {
    questions: views,
    checkInDays,
    dueCheckIn: sorted
      .filter((leader) => isDueCheckIn(leader.data.date, now, checkInDays))
      .map((leader) => leader.data.respondent),
    strayGaps: gapViews.filter((gap) => !known.has(gap.question)),
  };
}
