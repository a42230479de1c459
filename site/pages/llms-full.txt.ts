/** `/llms-full.txt`: `/llms.txt` followed by every Markdown twin, in one file (memoised twins). */
import type { APIRoute } from 'astro';
import { loadTwins, markdownResponse } from '../lib/markdown-twins.ts';

export const GET: APIRoute = async () =>
  markdownResponse((await loadTwins()).llmsFullTxt(), 'text/plain');
