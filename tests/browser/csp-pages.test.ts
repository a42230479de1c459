/**
 * The Content-Security-Policy of every built HTML page, read from the files (no browser): the
 * `<meta>` tag is there, first after the charset, with the strict directives; every inline
 * script and `<style>` on the page is allowed by hash, and no page has an event-handler attribute.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import type { Element, Root } from 'hast';
import { describe, expect, inject, it } from 'vitest';

const siteDir = inject('siteDir');
const htmlFiles = (readdirSync(siteDir, { recursive: true, encoding: 'utf8' }) as string[])
  .filter((f) => f.endsWith('.html'))
  .sort();

/** Every element of the tree, in document order (iterative). */
function elements(root: Root): Element[] {
  const found: Element[] = [];
  const stack = [...root.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type !== 'element') continue;
    found.push(node);
    stack.push(...[...node.children].reverse());
    if (node.tagName === 'template' && node.content)
      stack.push(...[...node.content.children].reverse());
  }
  return found;
}

/** `directive → sources` of a policy string. */
function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

const hashOf = (text: string) =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * Style attributes that Starlight and Expressive Code write (sidebar depth, icon sizes, select
 * widths, the search dialog, token colours, wrapped lines' width and indent): the reason
 * `style-src-attr` allows inline styles.
 * Our own components write none, and a new kind of style attribute fails here.
 */
const THIRD_PARTY_STYLE =
  /^(--depth: \d+;|--sl-icon-size: [\d.]+r?em;|--sl-select-width: [\d.]+em|padding:0|display: none;|(--\d+:#[0-9a-f]{6};?)+|(--ec(MaxLine|Indent):\d+ch;?)+)$/i;

interface PageFacts {
  file: string;
  metas: Element[];
  headOrder: string[];
  policy: Map<string, string[]>;
  scripts: Element[];
  styles: Element[];
  handlers: string[];
  styleAttributes: string[];
}

function factsOf(file: string): PageFacts {
  const tree = fromHtml(readFileSync(join(siteDir, file), 'utf8'));
  const all = elements(tree);
  const metas = all.filter(
    (e) =>
      e.tagName === 'meta' &&
      String(e.properties['httpEquiv'] ?? '').toLowerCase() === 'content-security-policy',
  );
  const head = all.find((e) => e.tagName === 'head');
  const headOrder = (head?.children ?? []).flatMap((c) =>
    c.type === 'element'
      ? [
          c.tagName === 'meta' && c.properties['httpEquiv']
            ? 'meta[http-equiv]'
            : c.tagName === 'meta' && c.properties['charSet']
              ? 'meta[charset]'
              : c.tagName,
        ]
      : [],
  );
  return {
    file,
    metas,
    headOrder,
    policy: parsePolicy(String(metas[0]?.properties['content'] ?? '')),
    scripts: all.filter((e) => e.tagName === 'script'),
    styles: all.filter((e) => e.tagName === 'style'),
    handlers: all.flatMap((e) =>
      Object.keys(e.properties)
        .filter((key) => /^on[a-z]/i.test(key))
        .map((key) => `<${e.tagName} ${key}>`),
    ),
    styleAttributes: all.flatMap((e) =>
      e.properties['style'] === undefined ? [] : [String(e.properties['style'])],
    ),
  };
}

describe('content security policy on every built page', () => {
  const pages = htmlFiles.map(factsOf);

  it('covers the whole site (every HTML file, 404 included)', () => {
    expect(htmlFiles.length).toBeGreaterThan(20);
    expect(htmlFiles).toContain('404.html');
  });

  it('has exactly one policy <meta>, right after <meta charset>, before any title, script or style', () => {
    const wrong = pages.filter(
      (p) =>
        p.metas.length !== 1 ||
        p.headOrder[0] !== 'meta[charset]' ||
        p.headOrder[1] !== 'meta[http-equiv]',
    );
    expect(
      wrong.map(
        (p) =>
          `${p.file}: ${p.metas.length} policies, head starts ${p.headOrder.slice(0, 3).join(', ')}`,
      ),
    ).toEqual([]);
  });

  it('allows scripts only from the site or by hash: no unsafe-inline, unsafe-hashes, eval, WebAssembly or other origins', () => {
    for (const { file, policy } of pages) {
      const scriptSrc = policy.get('script-src') ?? [];
      expect(scriptSrc, file).toContain("'self'");
      for (const source of scriptSrc)
        expect(source, `${file}: script-src ${source}`).toMatch(
          /^('self'|'sha(256|384|512)-[A-Za-z0-9+/]+={0,2}')$/,
        );
      // -elem would replace script-src for <script> elements; -attr must refuse every handler.
      expect(policy.has('script-src-elem'), file).toBe(false);
      expect(policy.get('script-src-attr'), file).toEqual(["'none'"]);
    }
  });

  it('sets default-src, object-src, base-uri and form-action; frame-ancestors is left to HTTP headers', () => {
    for (const { file, policy } of pages) {
      expect(policy.get('default-src'), file).toEqual(["'self'"]);
      expect(policy.get('object-src'), file).toEqual(["'none'"]);
      expect(policy.get('base-uri'), file).toEqual(["'self'"]);
      expect(["'self'", "'none'"], file).toContain(policy.get('form-action')?.join(' '));
      // Browsers ignore frame-ancestors in a <meta> policy; only a response header can set it.
      expect(policy.has('frame-ancestors'), file).toBe(false);
    }
  });

  it('lists the hash of every inline script and loads every other script from the site itself', () => {
    const problems: string[] = [];
    for (const { file, policy, scripts } of pages) {
      const allowed = new Set(policy.get('script-src'));
      for (const script of scripts) {
        const src = script.properties['src'];
        if (src !== undefined) {
          if (!String(src).startsWith('/') || String(src).startsWith('//'))
            problems.push(`${file}: script from ${String(src)}`);
        } else if (!allowed.has(hashOf(toString(script))))
          problems.push(
            `${file}: inline script without its hash: ${toString(script).trim().slice(0, 60)}`,
          );
      }
    }
    expect(problems).toEqual([]);
  });

  it('lists the hash of every inline <style> and keeps style-src-attr for third-party style attributes only', () => {
    const problems: string[] = [];
    for (const { file, policy, styles, styleAttributes } of pages) {
      const allowed = new Set(policy.get('style-src'));
      expect(allowed.has("'unsafe-inline'"), file).toBe(false);
      expect(policy.get('style-src-attr'), file).toEqual(["'unsafe-inline'"]);
      for (const style of styles)
        if (!allowed.has(hashOf(toString(style))))
          problems.push(`${file}: inline <style> without its hash`);
      for (const value of new Set(styleAttributes))
        if (!THIRD_PARTY_STYLE.test(value)) problems.push(`${file}: style="${value}"`);
    }
    expect(problems).toEqual([]);
  });

  it('has no event-handler attributes in any page', () => {
    expect(pages.flatMap((p) => p.handlers.map((h) => `${p.file}: ${h}`))).toEqual([]);
  });
});
