/**
 * Suppression comments through the real engine: the four safety rules cannot be silenced (the
 * comment is an error at its own position, whatever the config says), and `.md` files take the
 * HTML-comment form. The exploit each case closes: unsafe or unparsable content linting clean.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lintHandbook } from '../../linter/engine/lint-handbook.ts';
import { applySuppressions } from '../../linter/engine/suppressions.ts';
import { createMessage } from '../../linter/engine/messages.ts';
import type { HandbookConfigInput } from '../../linter/config/schema.ts';
import { makeConfig } from '../rules/rule-tester.ts';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

const fm = '---\ntitle: Page\ndescription: A page.\n---\n\n';

/** Lints a handbook of docs pages; returns `rule/messageId line:column severity` per message. */
async function lint(
  files: Record<string, string>,
  config: HandbookConfigInput = {},
): Promise<string[]> {
  const root = mkdtempSync(join(tmpdir(), 'handbook-suppressions-'));
  roots.push(root);
  for (const [path, source] of Object.entries(files)) {
    mkdirSync(dirname(join(root, 'content', path)), { recursive: true });
    writeFileSync(join(root, 'content', path), source);
  }
  const results = await lintHandbook({
    root,
    config: makeConfig(config),
    cache: false,
    workers: 0,
  });
  return results.flatMap((result) =>
    result.messages.map((m) => `${m.ruleId}/${m.messageId} ${m.line}:${m.column} ${m.severity}`),
  );
}

describe('unsuppressible rules', () => {
  it('an MDX comment naming `mdx-safe` is an error at the comment and `{process.exit()}` is still reported', async () => {
    const messages = await lint({
      'docs/a.mdx': `${fm}{/* handbook-disable-next-line mdx-safe */}\n{process.exit()}\n`,
    });
    expect(messages).toEqual([
      'unused-suppression/unsuppressible 6:1 error',
      'mdx-safe/expression 7:1 error',
    ]);
  });

  it('a YAML comment naming `frontmatter-schema` is an error and the bad title is still reported', async () => {
    const messages = await lint({
      'docs/a.mdx':
        '---\n# handbook-disable-next-line frontmatter-schema\ntitle: [1, 2]\ndescription: A page.\n---\n\nText.\n',
    });
    expect(messages).toEqual([
      'unused-suppression/unsuppressible 2:1 error',
      'frontmatter-schema/invalid-value 3:8 error',
    ]);
  });

  it('names `frontmatter-yaml` and `mdx-parse`: the problems stay', async () => {
    const messages = await lint({
      'docs/a.mdx':
        '---\n# handbook-disable-next-line frontmatter-yaml\ntitle: A\ntitle: B\ndescription: A page.\n---\n\n{/* handbook-disable-next-line mdx-parse */}\n<Note>\n',
    });
    // A body that does not parse has no comments to read: `mdx-parse` is reported all the same.
    expect(messages).toEqual([
      'unused-suppression/unsuppressible 2:1 error',
      'frontmatter-yaml/duplicate-key 4:1 error',
      'mdx-parse/syntax 9:1 error',
    ]);
  });

  it('stays an error with `unused-suppression` set to `off` or `warn`', async () => {
    const source = `${fm}{/* handbook-disable-next-line mdx-safe */}\n{process.exit()}\n`;
    for (const setting of ['off', 'warn'] as const) {
      expect(
        await lint({ 'docs/a.mdx': source }, { rules: { 'unused-suppression': setting } }),
      ).toEqual(['unused-suppression/unsuppressible 6:1 error', 'mdx-safe/expression 7:1 error']);
    }
  });

  it('one comment naming a safety rule and another rule: the other rule is silenced, the safety rule is not', async () => {
    const messages = await lint({
      'docs/a.mdx': `${fm}{/* handbook-disable-next-line mdx-safe, link-resolves */}\n[x](/missing/) {process.exit()}\n`,
    });
    expect(messages).toEqual([
      'unused-suppression/unsuppressible 6:1 error',
      'mdx-safe/expression 7:16 error',
    ]);
  });

  it('the error about the comment cannot be suppressed either', async () => {
    const messages = await lint({
      'docs/a.mdx': `${fm}{/* handbook-disable-next-line unused-suppression */}\n{/* handbook-disable-next-line mdx-safe */}\n{process.exit()}\n`,
    });
    expect(messages).toContain('unused-suppression/unsuppressible 7:1 error');
    expect(messages).toContain('mdx-safe/expression 8:1 error');
  });

  it('a suppression list built by hand (or read from a cache) cannot drop a safety message', () => {
    const message = createMessage('mdx-safe', 'error', 'https://x/', 'Unexpected expression', {
      messageId: 'expression',
      place: { start: { line: 3, column: 1 } },
    });
    const { kept, unused } = applySuppressions(
      [message],
      [{ targetLine: 3, rules: ['mdx-safe'], place: { start: { line: 2, column: 1 } } }],
    );
    expect(kept).toEqual([message]);
    expect(unused).toEqual([]);
  });
});

describe('suppressions in `.md` files: `<!-- handbook-disable-next-line RULE -->`', () => {
  it('a block HTML comment silences the next line', async () => {
    expect(
      await lint({
        'docs/a.md': `${fm}<!-- handbook-disable-next-line link-resolves -->\n[x](/missing/)\n`,
      }),
    ).toEqual([]);
  });

  it('a comment at the end of a paragraph line silences the next line', async () => {
    expect(
      await lint({
        'docs/a.md': `${fm}Text <!-- handbook-disable-next-line link-resolves -->\n[x](/missing/)\n`,
      }),
    ).toEqual([]);
  });

  it('without the comment the link is reported (the case above is not vacuous)', async () => {
    expect(await lint({ 'docs/a.md': `${fm}[x](/missing/)\n` })).toEqual([
      'link-resolves/unknown-route 6:1 error',
    ]);
  });

  it('an HTML comment that silences nothing is unused, one naming `mdx-parse` is an error', async () => {
    expect(
      await lint({
        'docs/a.md': `${fm}<!-- handbook-disable-next-line link-resolves -->\nText.\n\n<!-- handbook-disable-next-line mdx-parse -->\nMore.\n`,
      }),
    ).toEqual([
      'unused-suppression/unused 6:1 warning',
      'unused-suppression/unsuppressible 9:1 error',
    ]);
  });

  it('other HTML and other comments are not suppressions', async () => {
    expect(
      await lint({
        'docs/a.md': `${fm}<!-- handbook-disable-next-line-x link-resolves -->\n[x](/missing/)\n\n<div>handbook-disable-next-line link-resolves</div>\n`,
      }),
    ).toEqual(['link-resolves/unknown-route 7:1 error']);
  });

  it('the MDX form is plain text in `.md` and silences nothing', async () => {
    expect(
      await lint({
        'docs/a.md': `${fm}{/* handbook-disable-next-line link-resolves */}\n[x](/missing/)\n`,
      }),
    ).toEqual(['link-resolves/unknown-route 7:1 error']);
  });
});
