/** site/lib/csp.ts: the hashes of Starlight's inline scripts, the policy setting, the policy moved first in the head. */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  inlineScriptsIn,
  policyFirst,
  sha256Source,
  starlightDir,
} from '../../site/lib/csp.ts';
import { repoRoot } from '../setup/site-dir.ts';

const META = `<meta http-equiv="content-security-policy" content="script-src 'self';">`;

describe('sha256Source', () => {
  it('is the base64 SHA-256 of the exact text', () => {
    expect(sha256Source('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
    expect(sha256Source('alert(1)')).not.toBe(sha256Source('alert(1) '));
  });
});

describe('inlineScriptsIn', () => {
  const dir = mkdtempSync(join(tmpdir(), 'handbook-csp-unit-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, 'nested'));
  writeFileSync(
    join(dir, 'A.astro'),
    '<script is:inline>\n\ta();\n</script>\n<script>bundled()</script>',
  );
  writeFileSync(
    join(dir, 'nested', 'B.astro'),
    '<script is:inline aria-hidden="true">b()</script>',
  );
  writeFileSync(join(dir, 'C.ts'), '"<script is:inline>not a component</script>"');

  it('takes the verbatim body of every is:inline script in .astro files, and nothing bundled', () => {
    expect(inlineScriptsIn(dir).sort()).toEqual(['\n\ta();\n', 'b()']);
  });

  it("finds Starlight's theme provider script in the installed package", () => {
    const scripts = inlineScriptsIn(starlightDir(repoRoot));
    expect(scripts.some((script) => script.includes('window.StarlightThemeProvider'))).toBe(true);
  });
});

describe('contentSecurityPolicy', () => {
  const policy = contentSecurityPolicy(repoRoot);

  it('allows scripts from the site and by the hashes of Starlight inline scripts, and no handler attributes', () => {
    // 'self' is Astro's default for script-src when no default resource is listed (csp-pages checks the result).
    expect(policy.scriptDirective.resources).toEqual([{ resource: "'none'", kind: 'attribute' }]);
    expect(policy.scriptDirective.hashes.length).toBeGreaterThan(0);
    for (const hash of policy.scriptDirective.hashes)
      expect(hash).toMatch(/^sha256-[A-Za-z0-9+/]+=*$/);
  });

  it('never allows unsafe-inline, unsafe-hashes, unsafe-eval or wasm-unsafe-eval for scripts', () => {
    const sources = JSON.stringify(policy.scriptDirective);
    expect(sources).not.toMatch(/unsafe-inline|unsafe-hashes|unsafe-eval/);
  });

  it('sets object-src, base-uri and form-action', () => {
    expect(policy.directives).toEqual(
      expect.arrayContaining(["object-src 'none'", "base-uri 'self'", "form-action 'self'"]),
    );
  });
});

describe('policyFirst', () => {
  const head = (inside: string) =>
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"/>${inside}</head><body><p>x</p></body></html>`;

  it('moves the policy right after <meta charset>', () => {
    const html = head(`<title>T</title><script>theme()</script>${META}<style>a{}</style>`);
    expect(policyFirst(html)).toBe(
      head(`${META}<title>T</title><script>theme()</script><style>a{}</style>`),
    );
  });

  it('leaves a page whose policy is already first unchanged', () => {
    const html = head(`${META}<title>T</title>`);
    expect(policyFirst(html)).toBe(html);
  });

  it('leaves pages without a policy (astro dev) or without the expected head unchanged', () => {
    const noPolicy = head('<title>T</title>');
    expect(policyFirst(noPolicy)).toBe(noPolicy);
    const noCharset = `<!DOCTYPE html><html><head><title>T</title>${META}</head></html>`;
    expect(policyFirst(noCharset)).toBe(noCharset);
  });

  it('never moves policy-looking text from the body into the head', () => {
    const html = head('<title>T</title>').replace('<p>x</p>', `<p>x</p>${META}`);
    expect(policyFirst(html)).toBe(html);
  });
});
