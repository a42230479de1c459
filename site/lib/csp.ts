/**
 * The site's Content-Security-Policy, for Astro's `security.csp` in `astro.config.mjs`.
 *
 * Astro writes it as a `<meta http-equiv="content-security-policy">` tag at the top of every built
 * page (not in `astro dev`) and adds the hashes of the scripts and styles it bundles or inlines.
 * It does not hash `<script is:inline>` blocks: Starlight ships a few (the theme provider that
 * avoids a flash of the wrong theme, the theme pickers, the search shortcut, the sidebar state,
 * synced tabs). They are fixed text inside Starlight's own components, so their hashes are
 * computed here from those files, and follow Starlight when it is upgraded. Content can never add
 * a script: bodies are sanitized and docs use only allowlisted components.
 *
 * What the policy allows, and why:
 * - `script-src 'self'` + hashes: no inline script, no `eval`, no WebAssembly in the page. Pagefind
 *   (1.6) compiles its WebAssembly in a worker loaded from `/pagefind/pagefind-worker.js`, which
 *   `default-src 'self'` allows and which a `<meta>` policy does not govern. Only if that worker
 *   fails does Pagefind fall back to the page, where the policy stops it; a host that sends the
 *   policy as a header (which the worker then gets too) must add `'wasm-unsafe-eval'`.
 * - `script-src-attr 'none'`: no inline event handlers (`onerror=`), whatever else changes.
 * - `style-src 'self'` + hashes for `<style>` elements; `style-src-attr 'unsafe-inline'` because
 *   Starlight and Expressive Code write `style="--sl-icon-size: …"`, `style="--depth: …"` and token
 *   colours as attributes, which no hash can allow. A style attribute runs no script; our own
 *   components write none.
 * - `default-src 'self'` (fetches, fonts, workers, frames), `img-src 'self' data:` (inline SVG
 *   icons in CSS), `object-src 'none'`, `base-uri 'self'`, `form-action 'self'`.
 * - `frame-ancestors` (clickjacking) is ignored in a `<meta>` policy: it must be sent as an HTTP
 *   header by the host serving the site.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** `<script is:inline …>body</script>` in an Astro component; the body is emitted verbatim. */
const INLINE_SCRIPT = /<script\b[^>]*\bis:inline\b[^>]*>([\s\S]*?)<\/script>/g;

/** CSP source of a SHA-256 hash of `text`, without quotes: `sha256-…`. */
export function sha256Source(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** The bodies of every `<script is:inline>` in the `.astro` files below `dir`. */
export function inlineScriptsIn(dir: string): string[] {
  const files = (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.astro')).sort();
  return files.flatMap((file) => [...readFileSync(join(dir, file), 'utf8').matchAll(INLINE_SCRIPT)].map((match) => match[1] ?? ''));
}

/**
 * Folder of the installed Starlight's compiled components, found the way Node looks up packages
 * from the project `root` (its `exports` offer no `require` entry to resolve).
 */
export function starlightDir(root: string): string {
  const lookup = createRequire(join(root, 'package.json')).resolve.paths('@astrojs/starlight') ?? [];
  const found = lookup.map((dir) => join(dir, '@astrojs', 'starlight')).find((dir) => existsSync(join(dir, 'package.json')));
  if (!found) throw new Error(`Unexpected missing package \`@astrojs/starlight\`, expected it installed below ${root}`);
  return join(found, 'dist');
}

/** Directives other than `script-src`/`style-src`, which Astro composes itself. */
export const directives = [
  "default-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** The `security.csp` setting for the site whose root folder is `root`. */
export function contentSecurityPolicy(root: string) {
  return {
    algorithm: 'SHA-256' as const,
    directives: [...directives],
    // No default resources: Astro then writes `script-src 'self'` + hashes itself. Listing 'self'
    // here as well makes Astro warn at every build that it does not reach `script-src-attr`,
    // which is the point of that directive.
    scriptDirective: {
      resources: [{ resource: "'none'", kind: 'attribute' as const }],
      hashes: [...new Set(inlineScriptsIn(starlightDir(root)).map(sha256Source))],
    },
    styleDirective: {
      resources: [{ resource: "'unsafe-inline'", kind: 'attribute' as const }],
    },
  };
}

/** The policy tag exactly as Astro renders it (its value holds no `"`). */
const CSP_META = /<meta http-equiv="content-security-policy" content="[^"]*">/;
/** The document's opening up to and including `<meta charset>`, which must stay first. */
const HEAD_START = /^\s*<!DOCTYPE html>\s*<html\b[^>]*>\s*<head>\s*<meta charset="utf-8"\s*\/?>/i;

/**
 * Moves Astro's policy tag to right after `<meta charset>`. A `<meta>` policy applies only to
 * what the browser parses after it, and Astro writes it after Starlight's head entries: the
 * `<title>`, description and Open Graph tags (raw HTML in Starlight) and the theme script. Up
 * front, a title that broke out of its element would meet the policy too. Pages without the tag
 * (`astro dev`) or with an unexpected head are returned unchanged.
 */
export function policyFirst(html: string): string {
  const start = HEAD_START.exec(html);
  const meta = CSP_META.exec(html);
  const headEnd = html.indexOf('</head>');
  if (!start || !meta || headEnd === -1 || meta.index > headEnd) return html;
  const at = start[0].length;
  if (meta.index === at) return html;
  const without = html.slice(0, meta.index) + html.slice(meta.index + meta[0].length);
  return without.slice(0, at) + meta[0] + without.slice(at);
}
