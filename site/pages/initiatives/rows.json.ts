/** `/initiatives/rows.json`: every row of the initiatives index, for its script (see lib/derive/initiative-rows.ts). */
import type { APIRoute } from 'astro';
import { loadInitiativesIndex } from '../../lib/initiatives-index.ts';
import { rowsPayload } from '../../lib/derive/initiative-rows.ts';

export const GET: APIRoute = async () => {
  const { rows, pillarTitles } = await loadInitiativesIndex();
  return new Response(JSON.stringify(rowsPayload(rows, pillarTitles)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
