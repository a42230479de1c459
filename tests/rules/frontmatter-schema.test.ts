import { frontmatterSchema } from '../../linter/rules/frontmatter-schema.ts';
import { describe, expect, it } from 'vitest';
import { parseContentFile } from '../../linter/engine/parse.ts';
import { brief, makeConfig, pillar, ruleTester } from './rule-tester.ts';

const northStar = (current = 'current: { value: 1240, asOf: 2026-10-31 }'): string =>
  `---\ntitle: Weekly active teams\nmetric: Teams using two capabilities a week\n${current}\ntarget: { value: 2000, by: 2027-06-30 }\nowner: "@alex"\nreviewed: 2026-10-01\n---\n\nNarrative.\n`;
const gap = (extra = ''): string =>
  `---\ntitle: Enterprise vs self-serve\nquestion: customer\nowner: "@alex"\nstatus: closed\nopened: 2026-10-15\n${extra}---\n\nWhat differs.\n`;
const docPage = (...lines: string[]): string => `---\n${lines.join('\n')}\n---\n\nText.\n`;
const withIndicators = (yaml: string): string =>
  pillar().replace('indicators:\n  - { name: p95 latency, target: "900 ms" }', yaml);

ruleTester(frontmatterSchema, {
  valid: [
    { name: 'a complete brief', code: brief() },
    {
      name: 'a tech-debt brief with risk and impact',
      code: brief({ kind: 'tech-debt', risk: 'high', impact: 'Outages cost ~40k USD per hour.' }),
    },
    {
      name: 'a deprioritized brief with a reason',
      code: brief({ status: 'deprioritized', reason: 'Superseded by the Q4 plan.' }),
    },
    {
      name: 'quoted dates are dates too',
      code: brief({ reviewed: '"2026-10-01"', dependsOn: '[payments-api-v2]' }),
    },
    { name: 'a pillar', file: 'pillars/platform-reliability.mdx', code: pillar() },
    { name: 'the north star', file: 'strategy/north-star.mdx', code: northStar() },
    {
      name: 'a closed gap with its date',
      file: 'vision/gaps/customer.mdx',
      code: gap('closed: 2026-11-20\n'),
    },
    {
      name: 'a vision answer',
      file: 'vision/alex.mdx',
      code: '---\nrespondent: Alex Kim\nrole: CEO\ndate: 2026-10-12\n---\n\n## Who is our ideal customer?\n\nTeams.\n',
    },
    {
      name: 'docs keep Starlight keys',
      file: 'docs/guides/write-a-brief.mdx',
      code: '---\ntitle: Write a brief\nsidebar: { order: 1 }\n---\n\nText.\n',
    },
    {
      name: 'docs: a splash page with plain-text hero, badge, banner and safe links',
      file: 'docs/index.mdx',
      code: docPage(
        'title: Welcome & hello',
        'template: splash',
        'hero:',
        '  tagline: Strategy, in one place.',
        '  actions:',
        '    - { text: Start, link: ./guides/, icon: right-arrow }',
        '    - { text: Mail us, link: "mailto:a@b.c", variant: minimal }',
        'sidebar: { badge: { text: New, variant: tip } }',
        'banner: { content: Planning opens Monday. }',
        'editUrl: https://github.com/acme/handbook/edit/main/content/docs/index.mdx',
        'prev: { link: /roadmap/, label: Roadmap }',
        'next: Next page',
        'head: []',
      ),
    },
    { name: 'BOM and CRLF', code: `\uFEFF${brief().replace(/\n/g, '\r\n')}` },
    { name: 'broken YAML is left to frontmatter-yaml', code: '---\ntitle: [a\n---\n' },
  ],
  invalid: [
    {
      name: 'no frontmatter',
      code: '## Why\n\nBecause.\n',
      errors: [{ messageId: 'missing-frontmatter', line: 1, column: 1 }],
    },
    {
      name: 'an empty frontmatter block',
      code: '---\n---\n\nText.\n',
      errors: [{ messageId: 'empty-frontmatter', line: 1, column: 1 }],
    },
    {
      name: 'a list as frontmatter',
      code: '---\n- title\n---\n',
      errors: [{ messageId: 'not-a-mapping', line: 1, column: 1 }],
    },
    {
      name: 'a file outside every collection',
      file: 'notes/x.mdx',
      code: '---\ntitle: Notes\n---\n',
      errors: [{ messageId: 'unknown-collection', line: 1, column: 1 }],
    },
    {
      name: 'a second file in strategy/',
      file: 'strategy/mission.mdx',
      code: '---\ntitle: Mission\n---\n',
      errors: [{ messageId: 'unknown-collection', line: 1, column: 1 }],
    },
    {
      name: 'misspelled keys, at the key, with did-you-mean',
      code: brief({ depends_on: '[payments-api-v2]', Owner: '"@dana"' }),
      errors: [
        { messageId: 'unknown-key', line: 9, column: 1 },
        { messageId: 'unknown-key', line: 10, column: 1 },
      ],
    },
    {
      name: 'an unknown enum value, at the value',
      code: brief({ status: 'actve' }),
      errors: [{ messageId: 'invalid-enum', line: 5, column: 9 }],
    },
    {
      name: 'a missing required key, at the block start',
      code: brief({ owner: '' }),
      errors: [{ messageId: 'missing-key', line: 1, column: 1 }],
    },
    {
      name: 'wrong formats, each at its value',
      code: brief({ owner: 'dana', quarter: '2026-Q5', reviewed: '2026-13-01' }),
      errors: [
        { messageId: 'invalid-value', line: 3, column: 8 },
        { messageId: 'invalid-value', line: 4, column: 10 },
        { messageId: 'invalid-value', line: 8, column: 11 },
      ],
    },
    {
      name: 'an empty title',
      code: brief({ title: '""' }),
      errors: [{ messageId: 'invalid-value', line: 2, column: 8 }],
    },
    {
      name: 'a bad id inside dependsOn',
      code: brief({ dependsOn: '[ok-id, Bad_Id]' }),
      errors: [{ messageId: 'invalid-value', line: 9, column: 20 }],
    },
    {
      name: 'tech-debt without risk and impact',
      code: brief({ kind: 'tech-debt' }),
      errors: [
        { messageId: 'missing-key', line: 1, column: 1 },
        { messageId: 'missing-key', line: 1, column: 1 },
      ],
    },
    {
      name: 'tech-debt with an unknown risk',
      code: brief({ kind: 'tech-debt', risk: 'huge', impact: 'Costly.' }),
      errors: [{ messageId: 'invalid-enum', line: 9, column: 7 }],
    },
    {
      name: 'deprioritized without a reason',
      code: brief({ status: 'deprioritized' }),
      errors: [{ messageId: 'missing-key', line: 1, column: 1 }],
    },
    {
      name: 'a gap closed without its date',
      file: 'vision/gaps/customer.mdx',
      code: gap(),
      errors: [{ messageId: 'missing-key', line: 1, column: 1 }],
    },
    {
      name: 'a gap closed before it opened',
      file: 'vision/gaps/customer.mdx',
      code: gap('closed: 2026-01-02\n'),
      errors: [{ messageId: 'invalid-value', line: 7, column: 9 }],
    },
    {
      name: 'a pillar with empty indicators',
      file: 'pillars/growth.mdx',
      code: withIndicators('indicators: []'),
      errors: [{ messageId: 'invalid-value', line: 6, column: 13 }],
    },
    {
      name: 'a pillar with no indicators value',
      file: 'pillars/growth.mdx',
      code: withIndicators('indicators:'),
      errors: [{ messageId: 'invalid-value', line: 6, column: 12 }],
    },
    {
      name: 'nested paths: a missing indicator target falls back to its item; a nested unknown key',
      file: 'pillars/growth.mdx',
      code: withIndicators(
        'indicators:\n  - { name: p95 latency }\n  - { name: errors, target: 1, tgt: 2 }',
      ),
      errors: [
        { messageId: 'missing-key', line: 7, column: 5 },
        { messageId: 'unknown-key', line: 8, column: 32 },
      ],
    },
    {
      name: 'north star: wrong nested value and a misspelled nested key',
      file: 'strategy/north-star.mdx',
      code: northStar('current:\n  value: many\n  asof: 2026-10-31'),
      errors: [
        { messageId: 'missing-key', line: 5, column: 3 },
        { messageId: 'invalid-value', line: 5, column: 10 },
        { messageId: 'unknown-key', line: 6, column: 3 },
      ],
    },
    {
      name: 'docs: head entries are refused (at the key)',
      file: 'docs/x.mdx',
      code: docPage('title: X', 'head:', '  - { tag: script, content: "alert(1)" }'),
      errors: [{ messageId: 'unsafe-value', line: 3, column: 1 }],
    },
    {
      name: 'docs: HTML in hero title and tagline, raw hero image and icon, action attrs, a file: link',
      file: 'docs/x.mdx',
      code: docPage(
        'title: X',
        'hero:',
        '  title: "<img src=x onerror=alert(1)>"',
        '  tagline: "<b>bold</b>"',
        '  image: { html: "<svg onload=alert(1)>" }',
        '  actions:',
        '    - text: Go',
        '      link: "file:///etc/passwd"',
        '      icon: "<svg onload=alert(1)></svg>"',
        '      attrs: { onclick: "alert(1)" }',
      ),
      errors: [
        { messageId: 'unsafe-value', line: 4, column: 10 },
        { messageId: 'unsafe-value', line: 5, column: 12 },
        { messageId: 'unsafe-value', line: 6, column: 12 },
        { messageId: 'unsafe-value', line: 9, column: 13 },
        { messageId: 'unsafe-value', line: 10, column: 13 },
        { messageId: 'unsafe-value', line: 11, column: 7 },
      ],
    },
    {
      name: 'docs: the page title shown by a hero without its own title',
      file: 'docs/x.mdx',
      code: docPage('title: "<script>alert(1)</script>"', 'hero: { tagline: Hi }'),
      errors: [{ messageId: 'unsafe-value', line: 2, column: 8 }],
    },
    {
      name: 'docs: HTML in a banner and badges, a badge class, sidebar attrs',
      file: 'docs/x.mdx',
      code: docPage(
        'title: X',
        'banner: { content: "<script>alert(1)</script>" }',
        'sidebar:',
        '  badge: "<i>new</i>"',
        '  attrs: { onclick: "alert(1)" }',
      ),
      errors: [
        { messageId: 'unsafe-value', line: 3, column: 20 },
        { messageId: 'unsafe-value', line: 5, column: 10 },
        { messageId: 'unsafe-value', line: 6, column: 3 },
      ],
    },
    {
      name: 'docs: a badge object with HTML text and a class',
      file: 'docs/x.mdx',
      code: docPage('title: X', 'sidebar: { badge: { text: "<b>x</b>", class: evil } }'),
      errors: [
        { messageId: 'unsafe-value', line: 3, column: 27 },
        { messageId: 'unsafe-value', line: 3, column: 39 },
      ],
    },
    {
      name: 'docs: editUrl, prev and next links outside the allowlist',
      file: 'docs/x.mdx',
      code: docPage(
        'title: X',
        'editUrl: "javascript:alert(1)//x"',
        'prev: { link: "ms-msdt:/id" }',
        'next: { link: " \\tjavascript:alert(1)" }',
      ),
      errors: [
        { messageId: 'unsafe-value', line: 3, column: 10 },
        { messageId: 'unsafe-value', line: 4, column: 15 },
        { messageId: 'unsafe-value', line: 5, column: 15 },
      ],
    },
    {
      name: 'docs: a misspelled key',
      file: 'docs/x.mdx',
      code: docPage('title: X', 'sidbar: { order: 1 }'),
      errors: [{ messageId: 'unknown-key', line: 3, column: 1 }],
    },
    {
      name: 'docs: a slug that would move the page',
      file: 'docs/x.mdx',
      code: docPage('title: X', 'slug: guides/how-to-write-a-brief'),
      errors: [{ messageId: 'unknown-key', line: 3, column: 1 }],
    },
    {
      name: 'docs: a Starlight value of the wrong type',
      file: 'docs/x.mdx',
      code: docPage('title: X', 'template: wide'),
      errors: [{ messageId: 'invalid-enum', line: 3, column: 11 }],
    },
    {
      name: 'docs need a title',
      file: 'docs/guides/x.mdx',
      code: '---\ndescription: A page.\n---\n',
      errors: [{ messageId: 'missing-key', line: 1, column: 1 }],
    },
    {
      name: 'BOM and CRLF keep positions',
      code: `\uFEFF${brief({ status: 'actve', stauts: 'active' }).replace(/\n/g, '\r\n')}`,
      errors: [
        { messageId: 'invalid-enum', line: 5, column: 9 },
        { messageId: 'unknown-key', line: 9, column: 1 },
      ],
    },
  ],
});

describe('frontmatter-schema on unreadable files', () => {
  it('leaves a binary file to mdx-parse', () => {
    const file = parseContentFile(
      'content/initiatives/x.mdx',
      'initiatives/x.mdx',
      new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0xff]),
    );
    const reported: string[] = [];
    frontmatterSchema.checkFile?.(
      file,
      (_message, options) => reported.push(options.messageId),
      makeConfig(),
    );
    expect(reported).toEqual([]);
  });
});
