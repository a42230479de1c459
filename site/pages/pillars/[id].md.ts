/** `/pillars/<id>.md`: a pillar's Markdown twin (site/lib/markdown-twins.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadHandbook } from '../../lib/handbook.ts';
import { loadTwins, markdownResponse } from '../../lib/markdown-twins.ts';

export const getStaticPaths = (async () => {
  const handbook = await loadHandbook();
  return handbook.pillars.map((pillar) => ({ params: { id: pillar.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const markdown = (await loadTwins()).pillar(String(params.id));
  return markdown === undefined ? new Response(null, { status: 404 }) : markdownResponse(markdown);
};
