/** How the site publishes a body's links (`engine/content-links.ts`), shared with `link-resolves`. */
import { describe, expect, it } from 'vitest';
import { siteUrlOf } from '../../linter/engine/content-links.ts';

const from = 'initiatives/2026-q4/a.mdx';

describe('siteUrlOf', () => {
  it('turns file links into page URLs under the base, keeping the fragment', () => {
    expect(siteUrlOf('../../pillars/growth.mdx', from, '/handbook/')).toBe(
      '/handbook/pillars/growth/',
    );
    expect(siteUrlOf('../2026-q3/tap-to-pay-pilot.mdx#why', from, '/handbook/')).toBe(
      '/handbook/initiatives/tap-to-pay-pilot/#why',
    );
    expect(siteUrlOf('./b.mdx', from, '/')).toBe('/initiatives/b/');
    expect(siteUrlOf('../../docs/strategy/index.mdx', from, '/h/')).toBe('/h/strategy/');
    expect(siteUrlOf('/pillars/growth.mdx', from, '/h/')).toBe('/h/pillars/growth/');
    expect(siteUrlOf('../../notes/draft.md', from, '/h/')).toBe('../../notes/draft.md');
  });

  it('prefixes root-relative links and leaves relative, in-page and external links alone', () => {
    expect(siteUrlOf('/roadmap/?q=1#x', from, '/handbook/')).toBe('/handbook/roadmap/?q=1#x');
    expect(siteUrlOf('/images/a.png', from, '/handbook/')).toBe('/handbook/images/a.png');
    for (const url of [
      '../roadmap/',
      '#why',
      'https://example.org/x',
      '//cdn.example.org/x',
      'mailto:a@b.c',
    ])
      expect(siteUrlOf(url, from, '/handbook/')).toBe(url);
  });
});
