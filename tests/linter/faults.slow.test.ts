/**
 * The sample handbook lints clean, and a handbook holding any one fault of the spec is
 * reported by that rule, at the right file and line.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { configSchema } from '../../linter/config/schema.ts';
import { lintHandbook } from '../../linter/engine/lint-handbook.ts';
import { faults } from '../support/faults.ts';

const repo = resolve(import.meta.dirname, '../..');
const config = { ...configSchema.parse({}), now: new Date('2026-11-24T00:00:00Z') };
const temporary: string[] = [];

async function copyOfSample(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'handbook-fault-'));
  temporary.push(root);
  await cp(join(repo, 'content'), join(root, 'content'), { recursive: true });
  return root;
}

afterAll(async () => {
  await Promise.all(temporary.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('the sample handbook', () => {
  it('lints with zero errors', async () => {
    const results = await lintHandbook({ root: repo, config, cache: false });
    const errors = results.flatMap((r) =>
      r.messages
        .filter((m) => m.severity === 'error')
        .map((m) => `${r.file}:${m.line}:${m.column} ${m.ruleId} ${m.message}`),
    );
    expect(errors).toEqual([]);
  });
});

describe('one fault of the spec at a time', () => {
  for (const fault of faults) {
    it(`${fault.rule}: ${fault.mistake}`, async () => {
      const root = await copyOfSample();
      const expected = await fault.apply(root);
      const results = await lintHandbook({ root, config, cache: false });
      const found = results
        .filter((r) => r.file === expected.file)
        .flatMap((r) => r.messages)
        .filter((m) => m.ruleId === fault.rule);
      expect(found.map((m) => ({ line: m.line, severity: m.severity }))).toContainEqual({
        line: expected.line,
        severity: fault.severity,
      });
    });
  }
});
