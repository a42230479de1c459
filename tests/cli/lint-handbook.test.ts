/** End to end: the real engine and rules on a small fixture handbook. */
import { afterEach, describe, expect, it } from 'vitest';
import { run } from '../../linter/cli/run.ts';
import { copyFixture, memoryIo, removeCopies } from './helpers.ts';

afterEach(removeCopies);

describe('handbook lint on a fixture handbook', () => {
  it('reports the broken file, exits 1 and lists every linted file in json', async () => {
    const io = memoryIo(copyFixture('cli-handbook'));
    expect(await run(['lint', '--format', 'json'], io)).toBe(1);
    const report = JSON.parse(io.out) as {
      file: string;
      messages: { ruleId: string; severity: string; line: number }[];
    }[];
    expect(report.map((r) => r.file)).toEqual([
      'content/docs/broken-yaml.mdx',
      'content/docs/index.mdx',
      'content/docs/unused-suppression.mdx',
    ]);
    expect(report[0]?.messages).toMatchObject([
      { ruleId: 'frontmatter-yaml', severity: 'error', line: 3 },
    ]);
    expect(report[1]?.messages).toEqual([]);
    expect(report[2]?.messages).toMatchObject([
      { ruleId: 'unused-suppression', severity: 'warning', line: 6 },
    ]);
  });

  it('narrows the report to the paths given: clean file exits 0, warning file obeys --max-warnings and --quiet', async () => {
    const root = copyFixture('cli-handbook');
    const clean = memoryIo(root);
    expect(await run(['lint', 'content/docs/index.mdx'], clean)).toBe(0);
    expect(clean.out).toBe('✔ No problems in 1 file\n');
    expect(await run(['lint', 'content/docs/unused-suppression.mdx'], memoryIo(root))).toBe(0);
    expect(
      await run(
        ['lint', '--max-warnings', '0', 'content/docs/unused-suppression.mdx'],
        memoryIo(root),
      ),
    ).toBe(1);
    expect(
      await run(
        ['lint', '--quiet', '--max-warnings', '0', 'content/docs/unused-suppression.mdx'],
        memoryIo(root),
      ),
    ).toBe(0);
  });

  it('writes SARIF with rule metadata from the rules index', async () => {
    const io = memoryIo(copyFixture('cli-handbook'));
    expect(await run(['lint', '--format', 'sarif'], io)).toBe(1);
    const log = JSON.parse(io.out) as {
      runs: {
        tool: { driver: { rules: { id: string; helpUri?: string }[] } };
        results: { ruleId: string; ruleIndex: number }[];
      }[];
    };
    const run0 = log.runs[0]!;
    const ids = run0.tool.driver.rules.map((rule) => rule.id);
    expect(ids).toContain('frontmatter-yaml');
    expect(ids).toContain('mdx-parse');
    for (const result of run0.results) expect(ids[result.ruleIndex]).toBe(result.ruleId);
  });
});
