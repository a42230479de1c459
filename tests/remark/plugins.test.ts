/**
 * The rules as unified plugins on their own: `unified().use(remarkParse).use(briefWhy)` runs the
 * rule on the engine's parse of the file (not remark-parse's tree) and reports a vfile message
 * with `ruleId`, `source`, `note`, `url`, `fatal` and `messageId`; severities follow the
 * `unified-lint-rule` tuple. Also: the preset's suppressions without unified-engine.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import preset, { briefPillar, briefWhy } from '../../linter/remark/preset.ts';
import { toLintMessage } from '../../linter/engine/vfile-messages.ts';
import type { VFileMessage } from '../../linter/engine/vfile-messages.ts';
import { brief } from '../rules/rule-tester.ts';

const noWhy = brief(
  {},
  '## Success criteria\n\n- p95 checkout latency under 900 ms by 2026-12-31\n',
);

function briefFile(value: string, path = '/nowhere/handbook/content/initiatives/x.mdx'): VFile {
  return new VFile({ path, value });
}

/** Parses and runs, as `process` does, without a compiler (a linter compiles nothing). */
async function lint(
  processor: { parse(file: VFile): unknown; run(tree: never, file: VFile): Promise<unknown> },
  file: VFile,
): Promise<void> {
  await processor.run(processor.parse(file) as never, file);
}

describe('a rule as a unified plugin', () => {
  it('reports `brief-why` on a brief without a Why, through remark-parse', async () => {
    const file = briefFile(noWhy);
    await lint(unified().use(remarkParse).use(briefWhy), file);
    expect(file.messages).toHaveLength(1);
    const [message] = file.messages;
    expect(message).toMatchObject({
      ruleId: 'brief-why',
      source: 'handbook',
      messageId: 'missing',
      fatal: true,
      reason: 'Missing `## Why` section, expected the reason for this initiative in prose',
    });
    expect(message?.note).toMatch(/^Add a `## Why` section/);
    expect(message?.url).toMatch(/^https:\/\//);
    expect(message?.line).toBeGreaterThan(0);
  });

  it('takes its severity from the tuple: `warn` is not fatal, `off` reports nothing', async () => {
    const warned = briefFile(noWhy);
    await lint(unified().use(remarkParse).use(briefWhy, ['warn']), warned);
    expect(warned.messages.map((m) => [m.ruleId, m.fatal])).toEqual([['brief-why', false]]);

    const off = briefFile(noWhy);
    await lint(unified().use(remarkParse).use(briefWhy, 'off'), off);
    expect(off.messages).toEqual([]);
  });

  it('refuses an unknown severity with one line naming the rule', () => {
    expect(() =>
      unified()
        .use(remarkParse)
        .use(briefWhy, [5 as never])
        .freeze(),
    ).toThrow(
      'Unexpected severity `5` for `brief-why`, expected `off`, `warn` or `error` (or 0, 1, 2)',
    );
  });

  it('checks the engine’s parse, not the configured parser’s: the frontmatter is not a paragraph', async () => {
    const file = briefFile(brief());
    await lint(unified().use(remarkParse).use(briefWhy), file);
    expect(file.messages).toEqual([]);
  });

  it('leaves a file outside `content/` alone', async () => {
    const file = briefFile(noWhy, '/nowhere/notes/x.mdx');
    await lint(unified().use(remarkParse).use(briefWhy), file);
    expect(file.messages).toEqual([]);
  });

  it('reads back without loss as the engine’s message', async () => {
    const file = briefFile(noWhy);
    await lint(unified().use(remarkParse).use(briefWhy), file);
    expect(toLintMessage(file.messages[0]!)).toMatchObject({
      ruleId: 'brief-why',
      messageId: 'missing',
      severity: 'error',
      source: 'handbook',
      hint: file.messages[0]!.note,
    });
  });

  it('a cross-file rule used without unified-engine has no file set: its per-file part does nothing', async () => {
    const file = briefFile(brief({ pillar: 'nope' }));
    await lint(unified().use(remarkParse).use(briefPillar), file);
    expect(file.messages).toEqual([]);
    expect(file.data.handbook?.facts?.facts.brief?.pillar?.id).toBe('nope');
  });

  it('the preset in a plain pipeline applies suppressions and reports unused ones', async () => {
    const body = [
      '{/* handbook-disable-next-line brief-why */}',
      '## Why',
      '',
      'Too short.',
      '',
      '{/* handbook-disable-next-line brief-experiment */}',
      '## Success criteria',
      '',
      '- p95 checkout latency under 900 ms by 2026-12-31',
      '',
    ].join('\n');
    const file = briefFile(brief({}, body));
    await lint(unified().use(preset), file);
    expect(
      (file.messages as VFileMessage[]).map((m) => `${m.line} ${m.ruleId}/${m.messageId}`),
    ).toEqual(['16 unused-suppression/unused']);
  });

  it('the preset takes severities from the handbook’s config, found upward from the file', async () => {
    const root = mkdtempSync(join(tmpdir(), 'handbook-preset-'));
    try {
      mkdirSync(join(root, 'content/initiatives'), { recursive: true });
      writeFileSync(join(root, 'handbook.config.json'), '{ "rules": { "brief-why": "warn" } }');
      const file = briefFile(noWhy, join(root, 'content/initiatives/x.mdx'));
      await lint(unified().use(preset), file);
      expect(file.messages.map((m) => [m.ruleId, m.fatal, m.file])).toEqual([
        ['brief-why', false, join(root, 'content/initiatives/x.mdx')],
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
