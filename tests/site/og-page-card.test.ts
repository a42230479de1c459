/**
 * A page's card in its head (site/lib/og/page-card.ts) and the brief's reason as its description
 * (why-sentence.ts): what is added, what is replaced, and that nothing appears twice.
 */
import { describe, expect, it } from 'vitest';
import { applyCard, cardAlt, cardRoute, type PageCard } from '../../site/lib/og/page-card.ts';
import { firstSentence, htmlText, whySentence } from '../../site/lib/og/why-sentence.ts';

const brief: PageCard = {
  collection: 'initiatives',
  id: 'checkout-latency',
  text: {
    kind: 'Initiative',
    title: 'Checkout latency',
    status: 'active',
    statusLabel: 'Active',
    facts: ['Platform reliability', '@platform', '2026-Q3'],
  },
  description: 'Checkout is slow.',
};

/** The head Starlight writes for a page (the parts that matter here). */
const starlightHead = () => [
  { tag: 'title', content: 'Checkout latency | Strategy Handbook' },
  { tag: 'meta', attrs: { property: 'og:title', content: 'Checkout latency' } },
  { tag: 'meta', attrs: { property: 'og:description', content: 'Active feature for 2026-Q3.' } },
  { tag: 'meta', attrs: { name: 'twitter:card', content: 'summary_large_image' } },
];

const meta = (head: { attrs?: Record<string, unknown> | undefined }[]) =>
  Object.fromEntries(
    head.flatMap((e) => (e.attrs?.['property'] ? [[e.attrs['property'], e.attrs['content']]] : [])),
  );

describe('the card in the head', () => {
  it('asks the build for the card and links it, absolute under the site URL', () => {
    const asked: [string, string][] = [];
    const head = starlightHead();
    applyCard(
      head,
      brief,
      { siteTitle: 'Crewline', site: new URL('https://handbook.example'), base: '/handbook/' },
      { request: (path, svg) => void asked.push([path, svg]) },
    );
    expect(asked.map(([path]) => path)).toEqual(['og/initiatives/checkout-latency.png']);
    expect(asked[0]?.[1]).toContain('>Crewline · Initiative<');
    expect(meta(head)).toEqual({
      'og:title': 'Checkout latency',
      'og:description': 'Checkout is slow.',
      'og:image': 'https://handbook.example/handbook/og/initiatives/checkout-latency.png',
      'og:image:type': 'image/png',
      'og:image:width': '1200',
      'og:image:height': '630',
      'og:image:alt':
        'Initiative “Checkout latency”: Active, Platform reliability, @platform, 2026-Q3',
    });
    const properties = head.map(
      (e) => (e as { attrs?: Record<string, unknown> }).attrs?.['property'] ?? e.tag,
    );
    expect(properties.length).toBe(new Set(properties).size);
  });

  it('links a root-relative image without a site URL, and none outside a build', () => {
    const head = starlightHead();
    applyCard(head, brief, { siteTitle: 'S', site: undefined, base: '/' }, { request: () => {} });
    expect(meta(head)['og:image']).toBe('/og/initiatives/checkout-latency.png');
    const dev = starlightHead();
    applyCard(dev, brief, { siteTitle: 'S', site: undefined, base: '/' }, undefined);
    expect(meta(dev)['og:image']).toBeUndefined();
    expect(meta(dev)['og:description']).toBe('Checkout is slow.');
  });

  it('keeps Starlight’s description when the page gives none, and refuses odd ids', () => {
    const head = starlightHead();
    const { description: _, ...pillar } = { ...brief, collection: 'pillars' as const };
    applyCard(head, pillar, { siteTitle: 'S', site: undefined, base: '/' }, { request: () => {} });
    expect(meta(head)['og:description']).toBe('Active feature for 2026-Q3.');
    expect(meta(head)['og:image']).toBe('/og/pillars/checkout-latency.png');
    expect(cardRoute('pillars', '../etc')).toBeUndefined();
    expect(cardRoute('pillars', '.hidden')).toBeUndefined();
    expect(cardRoute('initiatives', 'café-rollout')).toBe('/og/initiatives/café-rollout.png');
    expect(cardAlt({ ...brief.text, title: 'a\u0000\nb' })).toContain('“a b”');
  });
});

describe('the brief’s reason', () => {
  const html =
    '<h2 id="why">Why</h2>\n<p>Dispatchers spend <strong>two hours</strong> a day &#x26; more, e.g. on placing jobs. Most decisions follow rules.</p>\n<h2 id="scope">Scope</h2><p>Other.</p>';
  const headings = [
    { depth: 2, slug: 'why', text: 'Why' },
    { depth: 2, slug: 'scope', text: 'Scope' },
  ];

  it('is the first sentence of the Why section, as plain text', () => {
    expect(whySentence(html, headings)).toBe(
      'Dispatchers spend two hours a day & more, e.g. on placing jobs.',
    );
  });

  it('is found under the other Why headings, from a list, and absent without a section', () => {
    expect(
      whySentence('<h2 id="why-now">Why now</h2><ul><li>Churn is up.</li></ul>', [
        { depth: 2, slug: 'why-now', text: 'Why now' },
      ]),
    ).toBe('Churn is up.');
    expect(whySentence(html, [{ depth: 2, slug: 'scope', text: 'Scope' }])).toBeUndefined();
    expect(
      whySentence('<h2 id="why">Why</h2>', [{ depth: 2, slug: 'why', text: 'Why' }]),
    ).toBeUndefined();
  });

  it('is cut at a word when it is long, and decodes references', () => {
    const long = firstSentence(`${'word '.repeat(100)}end.`);
    expect(long.length).toBeLessThanOrEqual(240);
    expect(long).toMatch(/word…$/);
    expect(htmlText('&lt;b&gt; &quot;x&quot; &#39;y&#39; &#x1F600; &bogus; &#0;')).toBe(
      '<b> "x" \'y\' 😀 &bogus; ',
    );
  });
});
