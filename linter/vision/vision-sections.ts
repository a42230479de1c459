/**
 * Vision answers for the site, split by the linter's own question matching
 * (`linter/vision/questions.ts`), so the vision page and the `vision-complete` rule always
 * agree on what counts as an answer. Answers come back as plain text, so they render as text.
 */
import type { VisionQuestion } from '../config/schema.ts';
import { parseMdx } from '../engine/parse.ts';
import { splitAnswers as answersByQuestion } from './questions.ts';

export { normaliseHeading } from '../engine/sections.ts';
export { matchQuestion } from './questions.ts';

/**
 * The answer to each question, keyed by question id, as plain text with blank lines between
 * blocks. A question answered twice keeps its first answer; an unanswered or empty one is absent.
 */
export function splitAnswers(
  markdownBody: string,
  questions: readonly VisionQuestion[],
): Map<string, string> {
  const tree = parseMdx(markdownBody);
  const answers = new Map<string, string>();
  if (!tree) return answers;
  for (const [id, answer] of answersByQuestion(tree, questions)) {
    if (answer.text.trim() !== '') answers.set(id, answer.text);
  }
  return answers;
}

/** An answer's paragraphs: blank lines separate them; line breaks inside one become spaces. */
export function toParagraphs(text: string): string[] {
  return text
    .split(/\n[ \t]*\n/)
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .filter((paragraph) => paragraph !== '');
}
