import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configSchema } from '../../linter/config/schema.ts';
import {
  disagreementByQuestion,
  disagreementLevel,
} from '../../linter/core/vision-disagreement.ts';
import { splitAnswers } from '../../linter/vision/vision-sections.ts';
import { repoRoot } from '../setup/site-dir.ts';

const q = (id: string, answers: Record<string, string>, text = '') => ({
  id,
  text,
  answers: new Map(Object.entries(answers)),
});

describe('disagreementByQuestion', () => {
  it('scores a question whose answers share words lower than one whose answers share none', () => {
    const result = disagreementByQuestion([
      q('same', { a: 'partner payments processing', b: 'partner payments processing later' }),
      q('apart', { a: 'enterprise rollups branches', b: 'owner operated contractors' }),
      q('other', { a: 'calm dispatcher evenings', b: 'trust schedule right' }),
    ]);
    const [same, apart] = result.questions;
    expect(same!.score).toBeLessThan(apart!.score!);
    expect(apart!.score).toBe(1); // no more in common than answers to different questions
    expect(same!.level).toBe('Low');
    expect(apart!.rank).toBeLessThan(same!.rank!);
    expect(result.baseline).toBeGreaterThanOrEqual(0);
  });

  it('leaves out the words of the question itself', () => {
    const echo = disagreementByQuestion([
      q('customer', { a: 'customer customer alpha', b: 'customer beta' }, 'Who is our customer?'),
      q('other', { a: 'gamma', b: 'delta' }),
    ]);
    expect(echo.questions[0]!.overlap).toBe(0);
  });

  it('has no score with fewer than two answers, and no baseline with one question', () => {
    const one = disagreementByQuestion([q('only', { a: 'x y', b: 'x z' })]);
    expect(one.baseline).toBeNull();
    expect(one.questions[0]).toMatchObject({ score: null, level: null, rank: null });
    const lone = disagreementByQuestion([q('lone', { a: 'x' }), q('pair', { a: 'x y', b: 'x z' })]);
    expect(lone.questions[0]).toMatchObject({ score: null, rank: null, pairs: 0 });
  });

  it('labels scores High from two thirds, Medium from a half', () => {
    expect(disagreementLevel(0.7)).toBe('High');
    expect(disagreementLevel(0.6)).toBe('Medium');
    expect(disagreementLevel(0.4)).toBe('Low');
  });

  // Validation on the sample: the plain overlap read "Low" on all six questions (5–8 %).
  it('separates the six questions of the sample handbook', () => {
    const questions = configSchema.parse({}).vision.questions;
    const dir = join(repoRoot, 'content', 'vision');
    const leaders = readdirSync(dir)
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => ({
        id: name,
        answers: splitAnswers(
          readFileSync(join(dir, name), 'utf8').replace(/^---[\s\S]*?\n---\n/, ''),
          questions,
        ),
      }));
    const result = disagreementByQuestion(
      questions.map((question) => ({
        id: question.id,
        text: question.text,
        answers: new Map(
          leaders.flatMap((l) =>
            l.answers.has(question.id)
              ? [[l.id, l.answers.get(question.id)!] as [string, string]]
              : [],
          ),
        ),
      })),
    );
    const percents = result.questions.map((entry) => Math.round((entry.score ?? 0) * 100));
    console.log(
      `disagreement on the sample: ${result.questions.map((e, i) => `${e.question} ${percents[i]}% ${e.level}`).join(', ')}`,
    );
    expect(new Set(percents).size).toBe(questions.length);
    expect(new Set(result.questions.map((entry) => entry.level)).size).toBeGreaterThanOrEqual(3);
    expect(Math.max(...percents) - Math.min(...percents)).toBeGreaterThanOrEqual(20);
  });
});
