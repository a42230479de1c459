import { describe, expect, it } from 'vitest';
import { allowedProtocols, browserClean, checkUrl, isSafeUrl } from '../../linter/schema/urls.ts';

describe('checkUrl: relative, or a protocol of the sanitizer allowlist', () => {
  it.each([
    ['https://example.com', true],
    ['HTTPS://EXAMPLE.COM', true],
    ['http://localhost:4321/', true],
    ['mailto:a@b.c', true],
    ['./other.mdx', true],
    ['../guides/', true],
    ['/roadmap/', true],
    ['#why', true],
    ['?q=1', true],
    ['', true],
    ['./javascript:x', true],
    ['javascript:alert(1)', false],
    [' \t\u0001JaVaScRiPt:alert(1)', false],
    ['java\tscript:alert(1)', false],
    ['java\nscript:alert(1)', false],
    ['VBScript:x', false],
    ['data:text/html,<script>', false],
    ['file:///etc/passwd', false],
    ['ms-msdt:/id PCWDiagnostic', false],
    ['C:\\Windows\\system32', false],
    ['http:', false],
  ])('%j → %s', (url, safe) => {
    expect(isSafeUrl(url)).toBe(safe);
  });

  it('names the refused protocol, or none when the URL does not parse', () => {
    expect(checkUrl(' FILE:///x')).toEqual({ safe: false, protocol: 'file:' });
    expect(checkUrl('http://[::1')).toEqual({ safe: false, protocol: undefined });
  });

  it('takes the lists from the sanitizer: links allow mailto:, resources only http(s)', () => {
    expect(allowedProtocols('href')).toEqual(
      expect.arrayContaining(['http:', 'https:', 'mailto:']),
    );
    expect(allowedProtocols('src')).toEqual(['http:', 'https:']);
    expect(isSafeUrl('mailto:a@b.c', 'src')).toBe(false);
  });

  it('cleans as browsers do: C0 and space at the ends, tabs and newlines anywhere', () => {
    expect(browserClean('\u0000 ja\tva\nscr\rip\u0001t:x \u001f')).toBe('javascrip\u0001t:x');
  });

  // Its time is in the bench (`bench/pathological.ts`); here only the answers.
  it('answers on a huge URL', () => {
    expect(isSafeUrl(' '.repeat(5_000_000))).toBe(true);
    expect(isSafeUrl('a'.repeat(5_000_000))).toBe(true);
    expect(isSafeUrl(`javascript:${'a'.repeat(5_000_000)}`)).toBe(false);
  });
});
