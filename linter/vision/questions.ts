/**
 * Vision answers split by question: which heading answers which configured question, and the
 * answer's plain text. Shared by the `vision-complete` rule and the site's vision page, so both
 * agree on what counts as an answer. A heading matches a question when its text equals the
 * question's text or an alias, ignoring case, punctuation and spacing.
 */
import { distance } from 'fastest-levenshtein';
import type { Heading, Root, RootContent } from 'mdast';
import { plainText } from '../engine/plain-text.ts';
import { normaliseHeading } from '../engine/sections.ts';

export { plainText };

/** What matching needs of a question; the config's `VisionQuestion` fits. */
export interface QuestionLike {
  id: string;
  text: string;
  aliases?: readonly string[] | undefined;
}

/** One answer: the heading that asks the question and the plain text below it. */
export interface Answer {
  heading: Heading;
  /** The answer as plain text (trimmed; blocks separated by newlines; comments left out). */
  text: string;
}

/** A heading that answers a question, in document order (duplicates included). */
export interface AnswerSection<Q extends QuestionLike = QuestionLike> extends Answer {
  question: Q;
}

/** The question a heading answers, or undefined. */
export function matchQuestion<Q extends QuestionLike>(
  headingText: string,
  questions: readonly Q[],
): Q | undefined {
  return questionIndex(questions).get(normaliseHeading(headingText));
}

/** Every heading of the body that answers a question, with its answer, in document order. */
export function answerSections<Q extends QuestionLike>(
  tree: Root,
  questions: readonly Q[],
): AnswerSection<Q>[] {
  const index = questionIndex(questions);
  const children = tree.children;
  const matches = children.map((node) =>
    node.type === 'heading' ? index.get(normaliseHeading(plainText(node))) : undefined,
  );
  const sections: AnswerSection<Q>[] = [];
  children.forEach((node, start) => {
    const question = matches[start];
    if (node.type !== 'heading' || !question) return;
    // The answer runs to the next heading of the same or a higher level, or the next question.
    const content: RootContent[] = [];
    for (let i = start + 1; i < children.length; i++) {
      const next = children[i];
      if (!next || (next.type === 'heading' && (next.depth <= node.depth || matches[i]))) break;
      content.push(next);
    }
    sections.push({ question, heading: node, text: blocksText(content) });
  });
  return sections;
}

/** The answer to each question, by question id; the first heading wins when one repeats. */
export function splitAnswers<Q extends QuestionLike>(
  tree: Root,
  questions: readonly Q[],
): Map<string, Answer> {
  const answers = new Map<string, Answer>();
  for (const { question, heading, text } of answerSections(tree, questions)) {
    if (!answers.has(question.id)) answers.set(question.id, { heading, text });
  }
  return answers;
}

/**
 * The question text or alias closest to a heading that matches none ("did you mean"), or
 * undefined when nothing is close. Compares normalised texts.
 */
export function suggestQuestion<Q extends QuestionLike>(
  headingText: string,
  questions: readonly Q[],
): { question: Q; text: string } | undefined {
  const wanted = normaliseHeading(headingText);
  if (wanted === '') return undefined;
  let best: { question: Q; text: string; distance: number } | undefined;
  for (const question of questions) {
    for (const text of [question.text, ...(question.aliases ?? [])]) {
      const candidate = normaliseHeading(text);
      const limit = Math.max(2, Math.floor(Math.max(candidate.length, wanted.length) * 0.34));
      // The distance is at least the length difference: skip before the quadratic comparison.
      if (Math.abs(candidate.length - wanted.length) > limit) continue;
      const d = distance(wanted, candidate);
      if (d <= limit && (!best || d < best.distance)) best = { question, text, distance: d };
    }
  }
  return best && { question: best.question, text: best.text };
}

/** Normalised question text and aliases → question; the first question wins a clash. */
function questionIndex<Q extends QuestionLike>(questions: readonly Q[]): Map<string, Q> {
  const index = new Map<string, Q>();
  for (const question of questions) {
    for (const text of [question.text, ...(question.aliases ?? [])]) {
      const key = normaliseHeading(text);
      if (key !== '' && !index.has(key)) index.set(key, question);
    }
  }
  return index;
}

function blocksText(blocks: readonly RootContent[]): string {
  return blocks
    .map((block) => plainText(block).trim())
    .filter((text) => text !== '')
    .join('\n\n');
}
