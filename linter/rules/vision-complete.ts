/**
 * `vision-complete`: a vision answer (`content/vision/<respondent>.mdx`) answers every
 * configured question, once, under a heading that matches the question's text or an alias
 * (ignoring case, punctuation and spacing), with text below it. The vision page compares
 * answers side by side, so a missing, empty or misspelled answer leaves a hole in it.
 *
 * A level-2 heading that matches no question is reported as a warning with the closest
 * question ("did you mean"), since it is usually a mistyped question.
 *
 * An alignment gap (`content/vision/gaps/<id>.mdx`) names the question it is about; an id that
 * is no configured question is an error at the value, with "did you mean": the vision page
 * could not show the gap under its question.
 *
 * Options: `vision.questions` (id, text, aliases).
 */
import { fileStart, placeOf } from '../engine/positions.ts';
import { normaliseHeading } from '../engine/sections.ts';
import { didYouMeanHint, joinHints } from '../engine/suggest.ts';
import { defineRule } from '../engine/define-rule.ts';
import { answerSections, matchQuestion, plainText, suggestQuestion } from '../vision/questions.ts';
import { productRuleDocsUrl } from '../config/urls.ts';

/** Answers that only hold a placeholder count as empty. */
const placeholders = new Set(['', 'tbd', 'tba', 'todo', 'na', 'tk', 'wip']);

export const visionComplete = defineRule({
  id: 'vision-complete',
  description: 'A vision answer answers every configured question',
  url: productRuleDocsUrl,
  defaultSeverity: 'error',
  messages: {
    'missing-answer': 'A configured question has no heading in the file',
    'empty-answer': 'A question heading has no answer below it',
    'duplicate-answer': 'A question is answered under two headings',
    'unknown-heading': 'A level-2 heading matches no configured question (warning)',
    'unknown-question': 'A gap names a question that is not configured',
  },
  checkFile(file, report, config) {
    if (file.collection === 'gaps') {
      const question = file.data?.['question'];
      const ids = config.vision.questions.map((q) => q.id);
      if (typeof question !== 'string' || ids.includes(question)) return;
      report(`Unknown question \`${question}\`, expected the id of a configured vision question`, {
        messageId: 'unknown-question',
        place: file.frontmatter?.locate(['question']),
        expected: ids,
        hint: joinHints(
          didYouMeanHint(question, ids),
          `The questions are ${ids.map((id) => `\`${id}\``).join(', ')} (\`vision.questions\` in \`handbook.config\`).`,
        ),
      });
      return;
    }
    if (file.collection !== 'vision' || !file.tree) return;
    const questions = config.vision.questions;
    const seen = new Map<string, ReturnType<typeof placeOf>>();

    for (const { question, heading, text } of answerSections(file.tree, questions)) {
      const place = placeOf(heading);
      const earlier = seen.get(question.id);
      if (seen.has(question.id)) {
        report(
          `Unexpected second answer to \`${question.id}\`, expected one heading per question`,
          {
            messageId: 'duplicate-answer',
            place,
            hint: `Merge this answer into the first one under “${question.text}”, and remove this heading.`,
            related: earlier
              ? [
                  {
                    file: file.path,
                    place: earlier,
                    message: `\`${question.id}\` is first answered here`,
                  },
                ]
              : undefined,
          },
        );
        continue;
      }
      seen.set(question.id, place);
      if (isEmpty(text)) {
        report(`Missing an answer to \`${question.id}\`, expected text below the heading`, {
          messageId: 'empty-answer',
          place,
          hint: `Write your answer to “${question.text}” below the heading; if it is still open, say so in a sentence and why.`,
        });
      }
    }

    const start = file.frontmatter ? { start: file.frontmatter.block.start } : fileStart;
    for (const question of questions) {
      if (seen.has(question.id)) continue;
      report(
        `Missing an answer to \`${question.id}\`, expected a heading “${question.text}” with the answer below it`,
        {
          messageId: 'missing-answer',
          place: start,
          hint: `Add the heading \`## ${question.text}\` and your answer below it${question.aliases.length > 0 ? ` (the heading may also be ${question.aliases.map((a) => `“${a}”`).join(' or ')})` : ''}.`,
        },
      );
    }

    // Level-2 headings that answer nothing, unless they sit inside a level-1 answer.
    let answerDepth = 0;
    for (const node of file.tree.children) {
      if (node.type !== 'heading') continue;
      const title = plainText(node);
      if (matchQuestion(title, questions)) {
        answerDepth = node.depth;
        continue;
      }
      if (node.depth <= answerDepth) answerDepth = 0;
      if (node.depth !== 2 || answerDepth !== 0) continue;
      // A very long heading is no mistyped question: skip the (normalising) search.
      const suggestion = title.length <= 1000 ? suggestQuestion(title, questions) : undefined;
      report(
        `Unexpected heading \`${snippet(title)}\`, expected a vision question${suggestion ? `; did you mean “${suggestion.text}”?` : ''}`,
        {
          messageId: 'unknown-heading',
          place: placeOf(node),
          severity: 'warning',
          hint: `Vision answers have one heading per question: ${questions.map((q) => `“${q.text}”`).join(', ')}. Fix the heading's wording, or use a level-3 heading for a sub-section.`,
        },
      );
    }
  },
});

function isEmpty(text: string): boolean {
  return text.length < 64 ? placeholders.has(normaliseHeading(text)) : false;
}

function snippet(text: string): string {
  const head = text.slice(0, 61).replace(/\s+/g, ' ').trim();
  return head.length > 60 ? `${head.slice(0, 59)}…` : head;
}
