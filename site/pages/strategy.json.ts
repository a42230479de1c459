/** `/strategy.json`: the whole strategy graph for other tools (see lib/derive/strategy-export.ts). */
import type { APIRoute } from 'astro';
import { loadHandbook } from '../lib/handbook.ts';
import { buildStrategyExport } from '../lib/derive/strategy-export.ts';
import { splitAnswers } from '../../linter/vision/vision-sections.ts';
import { base } from '../lib/url.ts';

export const GET: APIRoute = async () => {
  const handbook = await loadHandbook();
  const questions = handbook.config.vision.questions;
  const answers = new Map(
    handbook.vision.map((v) => [v.id, splitAnswers(v.entry.body ?? '', questions)]),
  );
  const data = buildStrategyExport({ ...handbook, answers, generatedAt: new Date(), base });
  return new Response(JSON.stringify(data, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
