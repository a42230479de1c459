/**
 * The rules run unchanged under remark: on a copy of the sample handbook with planted faults (a
 * misspelt pillar and a dependency cycle for the completers, a brief without a Why, an unused
 * suppression), unified-engine with a `.remarkrc.mjs` that uses the `strategy-handbook/remark`
 * preset reports exactly what `handbook lint --format json` reports: file, line, column, rule,
 * message id, severity, message and hint. The real `remark` CLI then prints the same counts.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { remark } from 'remark';
import { engine } from 'unified-engine';
import type { VFile } from 'vfile';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JsonFileResult } from '../../linter/formatters/json.ts';

const repo = resolve(import.meta.dirname, '../..');
const node = join(repo, 'node_modules/.bin/node');
let root: string;

function edit(path: string, change: (text: string) => string): void {
  const absolute = join(root, 'content', path);
  writeFileSync(absolute, change(readFileSync(absolute, 'utf8')));
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'handbook-remark-'));
  cpSync(join(repo, 'content'), join(root, 'content'), { recursive: true });
  edit('initiatives/2026-q4/dispatcher-certification.mdx', (text) =>
    text.replace('pillar: dispatch-intelligence', 'pillar: dispatch-inteligence'),
  );
  edit('initiatives/2026-q3/offline-sync-rewrite.mdx', (text) =>
    text.replace('reviewed: 2026-10-08', 'dependsOn: [offline-job-forms]\nreviewed: 2026-10-08'),
  );
  edit('initiatives/2027-q1/payments-reconciliation.mdx', (text) =>
    text.replace(/^## Why\n/m, '{/* handbook-disable-next-line pillar-orphan */}\n## Rationale\n'),
  );
  writeFileSync(
    join(root, '.remarkrc.mjs'),
    `import handbook from ${JSON.stringify(pathToFileURL(join(repo, 'linter/remark/preset.ts')).href)};\nexport default handbook;\n`,
  );
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Row {
  file: string;
  line: number;
  column: number;
  ruleId: string;
  messageId: string;
  severity: string;
  message: string;
  hint: string | undefined;
}
const order = (a: Row, b: Row) =>
  a.file.localeCompare(b.file) ||
  a.line - b.line ||
  a.column - b.column ||
  a.message.localeCompare(b.message);

function lintRows(): Row[] {
  const result = spawnSync(
    node,
    [join(repo, 'linter/bin.ts'), 'lint', '--root', root, '--format', 'json', '--no-cache'],
    { encoding: 'utf8' },
  );
  expect(result.stderr).toBe('');
  expect(result.status).toBe(1);
  const report = JSON.parse(result.stdout) as JsonFileResult[];
  return report
    .flatMap(({ file, messages }) =>
      messages.map((m) => ({
        file,
        line: m.line,
        column: m.column,
        ruleId: m.ruleId,
        messageId: m.messageId,
        severity: m.severity,
        message: m.message,
        hint: m.hint,
      })),
    )
    .sort(order);
}

async function engineFiles(): Promise<VFile[]> {
  return new Promise((resolvePromise, reject) => {
    engine(
      {
        processor: remark,
        cwd: root,
        files: ['content'],
        extensions: ['md', 'mdx'],
        rcName: '.remarkrc',
        packageField: 'remarkConfig',
        detectConfig: true,
        out: false,
        output: false,
        color: false,
        streamError: new PassThrough(),
      },
      (error, _code, context) => (error ? reject(error) : resolvePromise(context?.files ?? [])),
    );
  });
}

describe('the preset under unified-engine', () => {
  it('reports what `handbook lint` reports, cross-file rules included', async () => {
    const expected = lintRows();
    // The planted faults are there, so the comparison covers the completers and suppressions.
    expect(new Set(expected.map((row) => `${row.ruleId}/${row.messageId}`))).toEqual(
      new Set([
        'brief-pillar/unknown',
        'brief-depends-on/cycle',
        'brief-why/missing',
        'unused-suppression/unused',
        'stale-review/stale',
        'stale-review/stale-answers',
      ]),
    );
    const files = await engineFiles();
    const actual = files
      .flatMap((file) =>
        file.messages.map((m) => ({
          file: file.path,
          line: m.line ?? 0,
          column: m.column ?? 0,
          ruleId: m.ruleId ?? '',
          messageId: (m as { messageId?: string }).messageId ?? '',
          severity: m.fatal ? 'error' : 'warning',
          message: m.reason,
          hint: m.note,
        })),
      )
      .sort(order);
    expect(actual).toEqual(expected);
  }, 120_000);

  it('the real `remark` CLI prints the same number of errors and warnings', () => {
    const expected = lintRows();
    const errors = expected.filter((row) => row.severity === 'error').length;
    const warnings = expected.length - errors;
    const result = spawnSync(
      node,
      [join(repo, 'node_modules/remark-cli/cli.js'), 'content', '--ext', 'md,mdx', '--no-color'],
      { cwd: root, encoding: 'utf8' },
    );
    expect(result.status).toBe(1);
    // vfile-reporter's summary, e.g. `7 messages (✖ 4 errors, ⚠ 3 warnings)`, without colour codes.
    const summary = result.stderr.replace(/\u001b\[\d+m/g, '');
    expect(summary).toContain(`✖ ${errors} error${errors === 1 ? '' : 's'}`);
    expect(summary).toContain(`⚠ ${warnings} warning${warnings === 1 ? '' : 's'}`);
    expect(summary).toMatch(
      /error +Unknown pillar `dispatch-inteligence`.* brief-pillar +handbook/,
    );
    // Related places print as the message's cause.
    expect(summary).toMatch(
      /\[cause\]:\n +\d+:\d+-\d+:\d+ +info +`offline-sync-rewrite` depends on/,
    );
  }, 120_000);
});
