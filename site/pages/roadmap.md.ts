/** `/roadmap.md`: the Markdown twin of its HTML view (site/lib/markdown-twins.ts). */
import type { APIRoute } from 'astro';
import { loadTwins, markdownResponse } from '../lib/markdown-twins.ts';

export const GET: APIRoute = async () => markdownResponse((await loadTwins()).view('roadmap'));
