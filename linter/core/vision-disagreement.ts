/**
 * Where leaders disagree most: a disagreement score per vision question that is comparable
 * across questions. Prose answers by different people share few words whatever they think (the
 * plain overlap read "Low" on every question of the sample), so each question's overlap is set
 * against a baseline from the same handbook: how many words two leaders' answers to *different*
 * questions share, which is what a common vocabulary alone gives.
 *
 *   overlap(q)   = mean Jaccard overlap of content words, over pairs of leaders who answered q
 *   baseline     = mean Jaccard overlap over pairs (leader A on q, leader B on r), A ≠ B, q ≠ r
 *   disagreement = baseline / overlap(q), at most 1
 *
 * 100 % means the answers have no more in common than answers to unrelated questions; 50 % means
 * they share twice as much. Content words and question-word removal are `vision-agreement.ts`'s.
 */
import { contentWords, jaccard } from './vision-agreement.ts';

export type DisagreementLevel = 'High' | 'Medium' | 'Low';

/** At or above: High (answers share less than 1.5× the baseline). */
export const HIGH_DISAGREEMENT = 2 / 3;
/** At or above (below High): Medium (less than 2× the baseline); below: Low. */
export const MEDIUM_DISAGREEMENT = 1 / 2;

export interface QuestionAnswers {
  id: string;
  /** The question's text; its own words are not counted as agreement. */
  text: string;
  /** Answer text per leader id; leaders without an answer are absent. */
  answers: ReadonlyMap<string, string>;
}

export interface Disagreement {
  question: string;
  /** 0–1; null with fewer than two answers or no baseline. */
  score: number | null;
  level: DisagreementLevel | null;
  /** 1 = most disagreement; null when there is no score. */
  rank: number | null;
  /** Mean pairwise overlap of this question's answers. */
  overlap: number | null;
  /** Pairs of leaders compared. */
  pairs: number;
}

export interface DisagreementResult {
  /** In the order of the questions given. */
  questions: Disagreement[];
  /** The cross-question overlap the scores are relative to; null without two leaders and two questions. */
  baseline: number | null;
}

/** The label of a score. */
export function disagreementLevel(score: number): DisagreementLevel {
  if (score >= HIGH_DISAGREEMENT) return 'High';
  if (score >= MEDIUM_DISAGREEMENT) return 'Medium';
  return 'Low';
}

const mean = (values: readonly number[]): number | null =>
  values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;

/** Scores every question against the handbook's own baseline. */
export function disagreementByQuestion(questions: readonly QuestionAnswers[]): DisagreementResult {
  // Word sets per question and leader, without the question's own words.
  const words = questions.map((question) => {
    const echo = contentWords(question.text);
    return new Map(
      [...question.answers].map(
        ([leader, text]) =>
          [leader, new Set([...contentWords(text)].filter((word) => !echo.has(word)))] as const,
      ),
    );
  });

  const across: number[] = [];
  for (let q = 0; q < words.length; q += 1) {
    for (let r = 0; r < words.length; r += 1) {
      if (q === r) continue;
      for (const [a, wordsA] of words[q] as Map<string, Set<string>>) {
        for (const [b, wordsB] of words[r] as Map<string, Set<string>>)
          if (a !== b) across.push(jaccard(wordsA, wordsB));
      }
    }
  }
  const baseline = mean(across);

  const scored = questions.map((question, index): Disagreement => {
    const sets = [...(words[index] as Map<string, Set<string>>).values()];
    const pairs: number[] = [];
    for (let i = 0; i < sets.length; i += 1)
      for (let j = i + 1; j < sets.length; j += 1)
        pairs.push(jaccard(sets[i] as Set<string>, sets[j] as Set<string>));
    const overlap = mean(pairs);
    if (overlap === null || baseline === null)
      return {
        question: question.id,
        score: null,
        level: null,
        rank: null,
        overlap,
        pairs: pairs.length,
      };
    const score = overlap <= baseline ? 1 : baseline / overlap;
    return {
      question: question.id,
      score,
      level: disagreementLevel(score),
      rank: null,
      overlap,
      pairs: pairs.length,
    };
  });

  const ranked = scored
    .filter((entry) => entry.score !== null)
    .sort(
      (a, b) => (b.score as number) - (a.score as number) || a.question.localeCompare(b.question),
    );
  ranked.forEach((entry, index) => (entry.rank = index + 1));
  return { questions: scored, baseline };
}
