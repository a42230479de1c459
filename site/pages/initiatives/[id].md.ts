/** `/initiatives/<id>.md`: a brief's Markdown twin (site/lib/markdown-twins.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadHandbook } from '../../lib/handbook.ts';
import { loadTwins, markdownResponse } from '../../lib/markdown-twins.ts';

export const getStaticPaths = (async () => {
  const handbook = await loadHandbook();
  return handbook.initiatives.map((brief) => ({ params: { id: brief.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const markdown = (await loadTwins()).brief(String(params.id));
  return markdown === undefined ? new Response(null, { status: 404 }) : markdownResponse(markdown);
};
