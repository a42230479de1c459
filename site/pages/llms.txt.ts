/** `/llms.txt` (llmstxt.org): the handbook's index for assistants (site/lib/markdown/llms-txt.ts). */
import type { APIRoute } from 'astro';
import { loadTwins, markdownResponse } from '../lib/markdown-twins.ts';

export const GET: APIRoute = async () =>
  markdownResponse((await loadTwins()).llmsTxt(), 'text/plain');
