/**
 * ESLint-style rule tester: tables of valid and invalid cases per rule. Each case is a small
 * handbook (content-relative path → source); the rule runs through the real engine, alone,
 * and the tester compares message ids and exact positions. Cases marked `engine` are written to a
 * temporary folder and linted by `lintHandbook` with every rule (for what only a whole run
 * reports: discovery problems, suppressions); the tester keeps the messages of the rule under test.
 * Every table must hold valid and invalid cases, and an invalid case for each message id the rule
 * declares, so a message nobody tests cannot be added.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { configSchema } from '../../linter/config/schema.ts';
import type { HandbookConfigInput } from '../../linter/config/schema.ts';
import type { ResolvedConfig } from '../../linter/config/types.ts';
import { collectFacts } from '../../linter/engine/facts.ts';
import { lintHandbook } from '../../linter/engine/lint-handbook.ts';
import { createMessage, ruleUrl, severityOf } from '../../linter/engine/messages.ts';
import { parseContentFile } from '../../linter/engine/parse.ts';
import { applySuppressions } from '../../linter/engine/suppressions.ts';
import type { LintMessage, Rule } from '../../linter/engine/types.ts';

/** A handbook: content-relative path (e.g. `initiatives/x.mdx`) → file source (bytes for binary files). */
export type Files = Record<string, string | Uint8Array>;

export interface ExpectedMessage {
  messageId: string;
  /** Content-relative path of the file the message is on; default: the case's `file`. */
  file?: string;
  line: number;
  column: number;
  severity?: 'error' | 'warning';
}

export interface Case {
  name: string;
  /** The file under test (content-relative); its messages are checked. */
  file?: string;
  /** Source of `file`; merged into `files`. */
  code?: string | Uint8Array;
  /** Other files of the handbook. */
  files?: Files;
  config?: HandbookConfigInput;
  /** "Today", default 2026-11-24. */
  now?: string;
  /** Lint the case as a whole run on disk (`lintHandbook`, every rule), keeping this rule's messages. */
  engine?: boolean;
  /** With `engine`: makes what a source cannot describe (links, FIFOs, folders) under `<root>/content`. */
  prepare?: (content: string) => void;
}

export interface InvalidCase extends Case {
  errors: ExpectedMessage[];
}

export function makeConfig(input: HandbookConfigInput = {}, now = '2026-11-24'): ResolvedConfig {
  return { ...configSchema.parse(input), now: new Date(`${now}T00:00:00Z`) };
}

/** Runs `rule` alone over a handbook given as sources; returns messages by content path. */
export function runRule(
  rule: Rule,
  files: Files,
  config: ResolvedConfig,
): Map<string, LintMessage[]> {
  const severity = severityOf(rule, config) ?? rule.defaultSeverity;
  const url = ruleUrl(rule.id, config);
  const byFile = new Map<string, LintMessage[]>();
  const facts = [];
  const pathOf = new Map<string, string>();
  for (const [contentPath, source] of Object.entries(files)) {
    const path = `content/${contentPath}`;
    pathOf.set(path, contentPath);
    const parsed = parseContentFile(path, contentPath, source);
    const messages: LintMessage[] = [];
    rule.checkFile?.(
      parsed,
      (message, options) => messages.push(createMessage(rule.id, severity, url, message, options)),
      config,
    );
    byFile.set(contentPath, messages);
    facts.push(collectFacts(parsed).facts);
  }
  rule.checkHandbook?.(
    { files: facts },
    (path, message, options) => {
      const contentPath = pathOf.get(path) ?? path;
      const list = byFile.get(contentPath) ?? [];
      list.push(createMessage(rule.id, severity, url, message, options));
      byFile.set(contentPath, list);
    },
    config,
  );
  for (const fact of facts) {
    const contentPath = pathOf.get(fact.path) ?? fact.path;
    byFile.set(
      contentPath,
      applySuppressions(byFile.get(contentPath) ?? [], fact.suppressions).kept,
    );
  }
  return byFile;
}

const temporary: string[] = [];

/** Writes the case to a temporary handbook and lints it as `handbook lint` does; messages by content path. */
async function runEngine(
  rule: Rule,
  files: Files,
  config: ResolvedConfig,
  prepare: Case['prepare'],
): Promise<Map<string, LintMessage[]>> {
  const root = mkdtempSync(join(tmpdir(), 'handbook-rule-'));
  temporary.push(root);
  const content = join(root, 'content');
  mkdirSync(content, { recursive: true });
  for (const [path, source] of Object.entries(files)) {
    mkdirSync(dirname(join(content, path)), { recursive: true });
    writeFileSync(join(content, path), source);
  }
  prepare?.(content);
  const results = await lintHandbook({ root, config, cache: false });
  const byFile = new Map<string, LintMessage[]>();
  for (const result of results) {
    const messages = result.messages.filter((m) => m.ruleId === rule.id);
    if (messages.length > 0 || result.file.slice('content/'.length) in files)
      byFile.set(result.file.slice('content/'.length), messages);
  }
  return byFile;
}

function run(
  rule: Rule,
  testCase: Case,
  files: Files,
): Map<string, LintMessage[]> | Promise<Map<string, LintMessage[]>> {
  const config = makeConfig(testCase.config, testCase.now);
  return testCase.engine
    ? runEngine(rule, files, config, testCase.prepare)
    : runRule(rule, files, config);
}

function filesOf(testCase: Case): { file: string; files: Files } {
  const file = testCase.file ?? 'initiatives/example.mdx';
  const files: Files = { ...testCase.files };
  if (testCase.code !== undefined) files[file] = testCase.code;
  return { file, files };
}

/** Declares a describe block with one test per case. */
export function ruleTester(rule: Rule, cases: { valid: Case[]; invalid: InvalidCase[] }): void {
  describe(rule.id, () => {
    afterAll(() => {
      for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
    });

    it('has complete metadata', () => {
      expect(rule.description.length).toBeGreaterThan(0);
      expect(rule.url).toMatch(/^https:\/\//);
      expect(Object.keys(rule.messages).length).toBeGreaterThan(0);
    });

    it('has valid and invalid cases, and an invalid case for every message id it declares', () => {
      expect(cases.valid.length).toBeGreaterThan(0);
      expect(cases.invalid.length).toBeGreaterThan(0);
      const exercised = new Set(
        cases.invalid.flatMap((testCase) => testCase.errors.map((error) => error.messageId)),
      );
      expect(Object.keys(rule.messages).filter((id) => !exercised.has(id))).toEqual([]);
      // And no case expects an id the rule does not declare.
      expect([...exercised].filter((id) => !(id in rule.messages))).toEqual([]);
    });

    for (const testCase of cases.valid) {
      it(
        `valid: ${testCase.name}`,
        async () => {
          const { files } = filesOf(testCase);
          const byFile = await run(rule, testCase, files);
          const all = [...byFile.entries()].flatMap(([file, messages]) =>
            messages.map((m) => `${file}:${m.line}:${m.column} ${m.messageId} ${m.message}`),
          );
          expect(all).toEqual([]);
        },
        testCase.engine ? 30_000 : undefined,
      );
    }

    for (const testCase of cases.invalid) {
      it(
        `invalid: ${testCase.name}`,
        async () => {
          const { file, files } = filesOf(testCase);
          const byFile = await run(rule, testCase, files);
          const actual = [...byFile.entries()]
            .flatMap(([path, messages]) => messages.map((m) => ({ m, path })))
            .map(({ m, path }) => {
              expect(m.ruleId).toBe(rule.id);
              expect(m.source).toBe('handbook');
              expect(m.url).toMatch(/^https?:\/\//);
              expect(m.message.length).toBeGreaterThan(0);
              expect(Object.keys(rule.messages)).toContain(m.messageId);
              return {
                messageId: m.messageId,
                file: path,
                line: m.line,
                column: m.column,
                severity: m.severity,
              };
            })
            .sort((a, b) =>
              a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column,
            );
          const expected = testCase.errors
            .map((e) => ({
              messageId: e.messageId,
              file: e.file ?? file,
              line: e.line,
              column: e.column,
              severity: e.severity ?? (rule.defaultSeverity as 'error' | 'warning'),
            }))
            .sort((a, b) =>
              a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column,
            );
          expect(actual).toEqual(expected);
        },
        testCase.engine ? 30_000 : undefined,
      );
    }
  });
}

/** Builds a brief's source from frontmatter fields and a body. */
export function brief(fields: Record<string, string> = {}, body = defaultBriefBody): string {
  const merged: Record<string, string> = {
    title: 'Cut checkout latency in half',
    owner: '"@dana"',
    quarter: '2026-Q4',
    status: 'active',
    pillar: 'platform-reliability',
    kind: 'feature',
    reviewed: '2026-10-01',
    ...fields,
  };
  const yaml = Object.entries(merged)
    .filter(([, value]) => value !== '')
    .map(([key, value]) => `${key}: ${value}`)
    .join('\n');
  return `---\n${yaml}\n---\n\n${body}`;
}

export const defaultBriefBody = `## Why

Checkout is the slowest step of the purchase flow and abandoned carts cost us revenue every day.

## Success criteria

- p95 checkout latency under 900 ms by 2026-12-31
- Cart abandonment down 10% quarter over quarter
`;

/** A valid active pillar with the given id. */
export function pillar(status = 'active'): string {
  return `---\ntitle: Platform reliability\nowner: "@sam"\nsummary: Keep the platform fast.\ndrives: Reliable teams stay.\nindicators:\n  - { name: p95 latency, target: "900 ms" }\nstatus: ${status}\n---\n\nBody.\n`;
}
