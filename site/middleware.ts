/**
 * Astro middleware (also run for every prerendered page at build time): puts the
 * Content-Security-Policy `<meta>` first in the head, so it covers the whole document
 * (see `policyFirst` in lib/csp.ts). Other responses pass through untouched.
 */
import type { MiddlewareHandler } from 'astro';
import { policyFirst } from './lib/csp.ts';

export const onRequest: MiddlewareHandler = async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = policyFirst(await response.text());
  return new Response(html, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
};
