/**
 * Escaping for text that Starlight (or any component) writes as raw HTML. Plain TypeScript, so
 * it is unit-tested without Astro.
 */

/** `text` as HTML character data: `&`, `<` and `>` become references, so no markup survives. */
export function escapeHtmlText(text: string): string {
  return text.replace(/[&<>]/g, (char) => (char === '&' ? '&amp;' : char === '<' ? '&lt;' : '&gt;'));
}
