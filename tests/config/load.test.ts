import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findConfigFile, loadConfig } from '../../linter/config/load.ts';
import { UsageError } from '../../linter/errors.ts';

const now = new Date('2026-11-24T00:00:00Z');
const roots: string[] = [];

/** A temporary handbook root holding the given files. */
function root(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'handbook-config-'));
  roots.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

async function loadError(files: Record<string, string>): Promise<UsageError> {
  const error: unknown = await loadConfig(root(files), { now }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UsageError);
  const usage = error as UsageError;
  expect(usage.message).not.toContain('\n');
  return usage;
}

afterEach(() => {
  for (const dir of roots.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('loadConfig', () => {
  it('returns the defaults and the injected date when there is no config file', async () => {
    const config = await loadConfig(root({}), { now });
    expect(config.now).toBe(now);
    expect(config.rules).toEqual({});
    expect(config.pillars).toEqual({ min: 2, max: 4 });
    expect(config.review.cadenceDays).toBe(180);
  });

  it('loads and validates a JSON config', async () => {
    const config = await loadConfig(
      root({
        'handbook.config.json':
          '\uFEFF{ "rules": { "brief-why": "warn" }, "pillars": { "max": 5 } }',
      }),
      { now },
    );
    expect(config.rules).toEqual({ 'brief-why': 'warn' });
    expect(config.pillars).toEqual({ min: 2, max: 5 });
  });

  it('loads the default export of a TypeScript config, types stripped', async () => {
    const dir = root({
      'handbook.config.ts': [
        "import type { HandbookConfigInput } from '../linter/config/schema.ts';",
        "const config: HandbookConfigInput = { rules: { 'stale-review': 'off' } };",
        'export default config;',
      ].join('\n'),
    });
    const config = await loadConfig(dir, { now });
    expect(config.rules).toEqual({ 'stale-review': 'off' });
  });

  it('loads an .mjs config and prefers .ts over .json', async () => {
    const dir = root({
      'handbook.config.mjs': "export default { rules: { 'unique-id': 'warn' } };",
      'handbook.config.json': '{ "rules": { "unique-id": "off" } }',
    });
    expect(findConfigFile(dir)).toBe(join(dir, 'handbook.config.mjs'));
    expect((await loadConfig(dir, { now })).rules).toEqual({ 'unique-id': 'warn' });
  });

  it('reports a bad severity with the file, the path and the allowed values', async () => {
    const error = await loadError({
      'handbook.config.json': '{ "rules": { "brief-why": "warning" } }',
    });
    expect(error.message).toBe(
      'handbook.config.json: rules.brief-why: expected one of off, warn, error, got string `"warning"`',
    );
  });

  it('suggests the closest rule id for an unknown rule', async () => {
    const error = await loadError({ 'handbook.config.json': '{ "rules": { "brief-wy": "off" } }' });
    expect(error.message).toBe(
      'Unknown rule `brief-wy` in handbook.config.json, did you mean `brief-why`?',
    );
  });

  it('names an unknown rule without a suggestion when nothing is close', async () => {
    const error = await loadError({
      'handbook.config.json': '{ "rules": { "no-semicolons": "off" } }',
    });
    expect(error.message).toBe('Unknown rule `no-semicolons` in handbook.config.json');
  });

  it('suggests the closest key for a misspelled nested key', async () => {
    const error = await loadError({ 'handbook.config.json': '{ "review": { "cadenceDay": 90 } }' });
    expect(error.message).toBe(
      'Unknown key `review.cadenceDay` in handbook.config.json, did you mean `cadenceDays`?',
    );
  });

  it('reports wrong types and refinement messages with their path', async () => {
    const wrongType = await loadError({
      'handbook.config.json': '{ "pillars": { "min": "two" } }',
    });
    expect(wrongType.message).toBe(
      'handbook.config.json: pillars.min: expected number, got string `"two"`',
    );
    const refined = await loadError({
      'handbook.config.json': '{ "pillars": { "min": 4, "max": 3 } }',
    });
    expect(refined.message).toBe(
      'handbook.config.json: pillars: `pillars.min` must not exceed `pillars.max`',
    );
    const arrayItem = await loadError({
      'handbook.config.json': '{ "vision": { "questions": [{ "text": "Why?" }] } }',
    });
    expect(arrayItem.message).toBe(
      'handbook.config.json: vision.questions[0].id: missing, expected string',
    );
  });

  it('says what type a value has, so a quoted number does not read as a number', async () => {
    const quoted = await loadError({ 'handbook.config.json': '{ "pillars": { "max": "40" } }' });
    expect(quoted.message).toBe(
      'handbook.config.json: pillars.max: expected number, got string `"40"`',
    );
    const module = await loadError({
      'handbook.config.mjs': "export default { review: { cadenceDays: '90' } };",
    });
    expect(module.message).toBe(
      'handbook.config.mjs: review.cadenceDays: expected number, got string `"90"`',
    );
    const blank = await loadError({ 'handbook.config.json': '{ "pillars": { "max": "" } }' });
    expect(blank.message).toBe(
      'handbook.config.json: pillars.max: expected number, got string `""`',
    );
    const long = await loadError({
      'handbook.config.json': `{ "pillars": { "max": "${'9'.repeat(200)}\\n" } }`,
    });
    expect(long.message).toBe(
      `handbook.config.json: pillars.max: expected number, got string \`"${'9'.repeat(58)}…\``,
    );
    const number = await loadError({ 'handbook.config.json': '{ "rules": { "brief-why": 40 } }' });
    expect(number.message).toBe(
      'handbook.config.json: rules.brief-why: expected one of off, warn, error, got number `40`',
    );
  });

  it('reports malformed JSON with line and column', async () => {
    const error = await loadError({
      'handbook.config.json': '{\n  "rules": {}\n  "pillars": {}\n}',
    });
    expect(error.message).toMatch(/^handbook\.config\.json:3:3: invalid JSON: /);
  });

  it('reports a config module that throws or has no default export', async () => {
    const throwing = await loadError({ 'handbook.config.mjs': "throw new Error('boom');" });
    expect(throwing.message).toBe('handbook.config.mjs: could not load: boom');
    const noDefault = await loadError({ 'handbook.config.js': 'export const rules = {};' });
    expect(noDefault.message).toBe(
      'handbook.config.js: expected a default export with the configuration object',
    );
  });

  it('validates the default export of a module config too', async () => {
    const error = await loadError({
      'handbook.config.mjs': "export default { rules: { 'mdx-safe': true } };",
    });
    expect(error.message).toBe(
      'handbook.config.mjs: rules.mdx-safe: expected one of off, warn, error, got boolean `true`',
    );
  });
});
