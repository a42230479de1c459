/** `handbook lint --fix` and `--fix-dry-run` through run(argv, io) on a copy of a fixture handbook. */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { run } from '../../linter/cli/run.ts';
import { copyFixture, memoryIo, removeCopies } from './helpers.ts';

afterEach(removeCopies);

const BRIEF = 'content/initiatives/2026-q3/invite-links.mdx';
const OTHER = 'content/initiatives/2026-q3/cut-checkout-latency.mdx';

/** A copy with a misspelt pillar and status in one brief, and an unused suppression in another. */
function brokenCopy(): { root: string; brief: string; other: string; otherBefore: string } {
  const root = copyFixture('authoring-handbook');
  const brief = readFileSync(join(root, BRIEF), 'utf8')
    .replace('pillar: team-growth', 'pillar: team-grwth')
    .replace('status: proposed', 'status: propsed');
  writeFileSync(join(root, BRIEF), brief);
  const otherBefore = readFileSync(join(root, OTHER), 'utf8');
  const other = otherBefore.replace(
    '## Why\n',
    '## Why\n\n{/* handbook-disable-next-line brief-why */}\n',
  );
  expect(other).toContain('handbook-disable-next-line');
  writeFileSync(join(root, OTHER), other);
  return { root, brief, other, otherBefore };
}

const read = (root: string, path: string) => readFileSync(join(root, path), 'utf8');

describe('handbook lint --fix', () => {
  it('fixes the files, lists what it changed, reports what is left, and changes nothing the second time', async () => {
    const { root, brief, otherBefore } = brokenCopy();
    const first = memoryIo(root);
    expect(await run(['lint', '--fix'], first)).toBe(0);
    expect(read(root, BRIEF)).toBe(
      brief
        .replace('pillar: team-grwth', 'pillar: team-growth')
        .replace('status: propsed', 'status: proposed'),
    );
    // The comment goes with its line and one of the blank lines around it: the file is as before.
    expect(read(root, OTHER)).toBe(otherBefore);
    expect(first.err).toContain(
      `handbook: fixed ${BRIEF}:6:9 brief-pillar: Replace \`team-grwth\` with \`team-growth\``,
    );
    expect(first.err).toContain('handbook: fixed 3 problems in 2 files');
    expect(first.out).toBe('✔ No problems in 6 files\n');
    // No temporary file is left behind by the atomic writes.
    expect(readdirSync(join(root, 'content/initiatives/2026-q3')).sort()).toEqual([
      'cut-checkout-latency.mdx',
      'invite-links.mdx',
    ]);

    const after = [read(root, BRIEF), read(root, OTHER)];
    const second = memoryIo(root);
    expect(await run(['lint', '--fix'], second)).toBe(0);
    expect(second.err).toBe('handbook: nothing to fix\n');
    expect([read(root, BRIEF), read(root, OTHER)]).toEqual(after);
  });

  it('fixes only the paths given, keeps stdout for a json report, and exits 1 when errors are left', async () => {
    const { root, other } = brokenCopy();
    writeFileSync(
      join(root, 'content/initiatives/no-why.mdx'),
      read(root, BRIEF)
        .replace(/## Why[\s\S]*?(?=## Success)/, '')
        .replace('pillar: team-grwth', 'pillar: team-growth'),
    );
    const io = memoryIo(root);
    expect(
      await run(['lint', '--fix', '--format', 'json', BRIEF, 'content/initiatives/no-why.mdx'], io),
    ).toBe(1);
    expect(read(root, OTHER)).toBe(other);
    const report = JSON.parse(io.out) as {
      file: string;
      messages: { ruleId: string; messageId: string }[];
    }[];
    expect(
      report
        .find((entry) => entry.file === 'content/initiatives/no-why.mdx')
        ?.messages.map((m) => `${m.ruleId}/${m.messageId}`),
    ).toEqual(['brief-why/empty']);
    expect(read(root, 'content/initiatives/no-why.mdx')).toContain(
      '---\n\n## Why\n\n## Success criteria',
    );
  });

  it('--fix-dry-run prints the diff and writes nothing', async () => {
    const { root, brief, other } = brokenCopy();
    const io = memoryIo(root);
    expect(await run(['lint', '--fix-dry-run'], io)).toBe(0);
    expect(read(root, BRIEF)).toBe(brief);
    expect(read(root, OTHER)).toBe(other);
    expect(io.out).toContain(`--- a/${BRIEF}\n+++ b/${BRIEF}\n`);
    expect(io.out).toContain(
      '-status: propsed\n-pillar: team-grwth\n+status: proposed\n+pillar: team-growth\n',
    );
    expect(io.out).toContain('-{/* handbook-disable-next-line brief-why */}\n');
    expect(io.err).toBe('handbook: would fix 3 problems in 2 files (dry run, nothing written)\n');
  });

  it.each([
    [['--fix', '--fix-dry-run'], '`--fix` and `--fix-dry-run` do not go together'],
    [['--fix', '--watch'], '`--fix` does not apply with `--watch`'],
    [['--fix-dry-run', '-o', 'report.txt'], '`--output-file` does not apply with `--fix-dry-run`'],
  ])('refuses %j with a usage error', async (flags, message) => {
    const { root, brief } = brokenCopy();
    const io = memoryIo(root);
    expect(await run(['lint', ...flags], io)).toBe(2);
    expect(io.err).toContain(message);
    expect(read(root, BRIEF)).toBe(brief);
  });
});
