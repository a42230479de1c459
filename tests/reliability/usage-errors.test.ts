/**
 * Configuration and usage errors exit 2 with exactly one line on stderr, no stack trace and
 * nothing on stdout: an unknown rule id, a bad severity, malformed JSON, a config module that
 * throws (or exports nothing), an unknown flag, a flag without its value, a missing root.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../linter/cli/run.ts';
import { memoryIo } from '../cli/helpers.ts';
import { faultBrief } from '../support/faults.ts';

const temporary: string[] = [];
afterAll(() => Promise.all(temporary.map((dir) => rm(dir, { recursive: true, force: true }))));

/** A small handbook with `files` (root-relative) added. */
async function handbook(files: Record<string, string> = {}): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'handbook-usage-'));
  temporary.push(root);
  await mkdir(join(root, 'content', 'initiatives'), { recursive: true });
  await writeFile(
    join(root, 'content', 'initiatives', 'a.mdx'),
    faultBrief('platform-reliability'),
  );
  for (const [name, text] of Object.entries(files)) await writeFile(join(root, name), text);
  return root;
}

/** Runs the CLI in `cwd` and checks the one-line, exit-2 contract; returns the line. */
async function expectUsageError(argv: string[], cwd: string): Promise<string> {
  const io = memoryIo(cwd);
  const code = await run(argv, io);
  expect(code, io.err).toBe(2);
  expect(io.out).toBe('');
  expect(io.err.endsWith('\n')).toBe(true);
  expect(io.err.trimEnd().split('\n'), io.err).toHaveLength(1);
  expect(io.err).toMatch(/^handbook: /);
  expect(io.err).not.toMatch(/\bat .+:\d+:\d+|Error:|node:internal/);
  return io.err.trim();
}

describe('configuration errors: exit 2, one line, no stack trace', () => {
  it('an unknown rule id names the rule, with a suggestion', async () => {
    const root = await handbook({
      'handbook.config.json': JSON.stringify({ rules: { 'brief-whyy': 'off' } }),
    });
    expect(await expectUsageError(['lint'], root)).toMatch(/brief-whyy.*brief-why/);
  });

  it('a bad severity names the rule and the allowed values', async () => {
    const root = await handbook({
      'handbook.config.json': JSON.stringify({ rules: { 'brief-why': 'fatal' } }),
    });
    expect(await expectUsageError(['lint'], root)).toMatch(/brief-why.*fatal|fatal.*brief-why/);
  });

  it('malformed JSON names the file, line and column', async () => {
    const root = await handbook({
      'handbook.config.json': '{\n  "rules": { "brief-why": "off", }\n',
    });
    expect(await expectUsageError(['lint'], root)).toMatch(/handbook\.config\.json:\d+:\d+/);
  });

  it('an empty or binary config JSON', async () => {
    for (const text of ['', '\u0000\u0001\u00ff', 'null', '[]', '"rules"']) {
      const root = await handbook({ 'handbook.config.json': text });
      expect(await expectUsageError(['lint'], root)).toMatch(/handbook\.config\.json/);
    }
  });

  it('a config module that throws', async () => {
    const root = await handbook({
      'handbook.config.ts':
        'throw new Error("boom\\nsecond line of the message");\nexport default {};\n',
    });
    const line = await expectUsageError(['lint'], root);
    expect(line).toMatch(/handbook\.config\.ts.*boom/);
    expect(line).not.toContain('second line');
  });

  it('a config module with a syntax error', async () => {
    const root = await handbook({ 'handbook.config.mjs': 'export default { rules: {\n' });
    expect(await expectUsageError(['lint'], root)).toMatch(/handbook\.config\.mjs/);
  });

  it('a config module without a default export', async () => {
    const root = await handbook({ 'handbook.config.mjs': 'export const rules = {};\n' });
    expect(await expectUsageError(['lint'], root)).toMatch(/handbook\.config\.mjs.*default export/);
  });

  it('a config module that rejects asynchronously (top-level await)', async () => {
    const root = await handbook({
      'handbook.config.mjs': 'await Promise.reject(new Error("later"));\nexport default {};\n',
    });
    expect(await expectUsageError(['lint'], root)).toMatch(/handbook\.config\.mjs.*later/);
  });
});

describe('usage errors: exit 2, one line, no stack trace', () => {
  it('an unknown flag, with a suggestion', async () => {
    const root = await handbook();
    expect(await expectUsageError(['lint', '--formatt', 'json'], root)).toMatch(
      /--formatt.*--format/,
    );
  });

  it('an unknown flag before the command', async () => {
    expect(await expectUsageError(['--nope'], await handbook())).toMatch(/--nope/);
  });

  it('an unknown command', async () => {
    expect(await expectUsageError(['lintt'], await handbook())).toMatch(/lintt.*`lint`/);
  });

  it('--root without its value', async () => {
    expect(await expectUsageError(['lint', '--root'], await handbook())).toMatch(/--root/);
  });

  it('no --root and no content/ in the current folder', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'handbook-usage-empty-'));
    temporary.push(empty);
    expect(await expectUsageError(['lint'], empty)).toMatch(/content\//);
  });

  it('a --root that does not exist, or is a file', async () => {
    const root = await handbook();
    expect(await expectUsageError(['lint', '--root', 'missing'], root)).toMatch(/missing/);
    expect(await expectUsageError(['lint', '--root', 'content/initiatives/a.mdx'], root)).toMatch(
      /a\.mdx/,
    );
  });

  it('a bad --format and --max-warnings value', async () => {
    const root = await handbook();
    expect(await expectUsageError(['lint', '--format', 'xml'], root)).toMatch(/xml/);
    expect(await expectUsageError(['lint', '--max-warnings', '-1'], root)).toMatch(/max-warnings/);
  });

  it('a path outside the root or missing', async () => {
    const root = await handbook();
    expect(await expectUsageError(['lint', '/'], root)).toMatch(/outside/);
    expect(await expectUsageError(['lint', 'content/nope.mdx'], root)).toMatch(/nope\.mdx/);
  });
});
