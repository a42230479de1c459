/**
 * One fault per rule of the spec, each applied to a copy of a valid handbook, with where it
 * must be reported. The fault tests lint each one; the benchmark corpus mixes them in.
 */
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RuleId } from '../../linter/engine/types.ts';

export interface Fault {
  rule: RuleId;
  severity: 'error' | 'warning';
  /** What an author did wrong, for test names. */
  mistake: string;
  /** Applies the fault to the handbook at `root`; returns the root-relative file and line to expect. */
  apply(root: string): Promise<{ file: string; line: number }>;
}

/** The ids of the handbook's active pillars, sorted. */
export async function activePillars(root: string): Promise<string[]> {
  const dir = join(root, 'content', 'pillars');
  const ids: string[] = [];
  for (const name of (await readdir(dir)).sort()) {
    if (/^status:\s*active\s*$/m.test(await readFile(join(dir, name), 'utf8')))
      ids.push(name.replace(/\.mdx?$/, ''));
  }
  return ids;
}

export const WHY =
  'Dispatchers lose the first hour of every day rebuilding the board by hand, and that delay pushes every first appointment late for our customers.';

/** A valid brief; `lines` replaces whole lines by number (1-based), `null` deletes a line. */
export function faultBrief(
  pillar: string,
  lines: Record<number, string | null> = {},
  extra = '',
): string {
  const base = [
    '---', // 1
    'title: Fault fixture brief', // 2
    'owner: "@dana"', // 3
    'quarter: 2026-Q4', // 4
    'status: active', // 5
    `pillar: ${pillar}`, // 6
    'kind: feature', // 7
    'reviewed: 2026-11-01', // 8
    '---', // 9
    '', // 10
    '## Why', // 11
    '', // 12
    WHY, // 13
    '', // 14
    '## Success criteria', // 15
    '', // 16
    '- Median time to first dispatch under 4 minutes by 2027-03-31', // 17
  ];
  const out: string[] = [];
  base.forEach((text, index) => {
    const replacement = lines[index + 1];
    if (replacement === null) return;
    out.push(replacement ?? text);
  });
  return `${out.join('\n')}\n${extra}`;
}

async function writeBrief(
  root: string,
  name: string,
  source: string,
  folder = 'faults',
): Promise<string> {
  const dir = join(root, 'content', 'initiatives', folder);
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, name), source);
  return `content/initiatives/${folder}/${name}`;
}

async function firstPillar(root: string): Promise<string> {
  const [id] = await activePillars(root);
  if (!id) throw new Error('fixture handbook has no active pillar');
  return id;
}

const pillarSource = (title: string) =>
  `---\ntitle: ${title}\nowner: "@sam"\nsummary: A pillar added by a fault.\ndrives: It moves the North Star.\nindicators:\n  - { name: Weekly usage, target: "50%" }\nstatus: active\n---\n\nBody.\n`;

export const faults: Fault[] = [
  {
    rule: 'frontmatter-yaml',
    severity: 'error',
    mistake: 'an unquoted @handle in the frontmatter',
    apply: async (root) => ({
      file: await writeBrief(
        root,
        'yaml.mdx',
        faultBrief(await firstPillar(root), { 3: 'owner: @dana' }),
      ),
      line: 3,
    }),
  },
  {
    rule: 'frontmatter-schema',
    severity: 'error',
    mistake: 'a misspelled status',
    apply: async (root) => ({
      file: await writeBrief(
        root,
        'schema.mdx',
        faultBrief(await firstPillar(root), { 5: 'status: actve' }),
      ),
      line: 5,
    }),
  },
  {
    rule: 'mdx-parse',
    severity: 'error',
    mistake: 'an unclosed tag in prose',
    apply: async (root) => ({
      file: await writeBrief(
        root,
        'parse.mdx',
        faultBrief(await firstPillar(root), { 13: `${WHY} See <details for more.` }),
      ),
      line: 13,
    }),
  },
  {
    rule: 'brief-why',
    severity: 'error',
    mistake: 'a placeholder Why',
    apply: async (root) => ({
      file: await writeBrief(root, 'why.mdx', faultBrief(await firstPillar(root), { 13: 'TBD' })),
      line: 13,
    }),
  },
  {
    rule: 'brief-pillar',
    severity: 'error',
    mistake: 'a misspelled pillar id',
    apply: async (root) => {
      const id = await firstPillar(root);
      return {
        file: await writeBrief(
          root,
          'pillar.mdx',
          faultBrief(id, { 6: `pillar: ${id.slice(0, -1)}x` }),
        ),
        line: 6,
      };
    },
  },
  {
    rule: 'brief-success-criteria',
    severity: 'error',
    mistake: 'success criteria without a list',
    apply: async (root) => ({
      file: await writeBrief(
        root,
        'success.mdx',
        faultBrief(await firstPillar(root), { 17: 'We will know it when we see it.' }),
      ),
      line: 15,
    }),
  },
  {
    rule: 'brief-experiment',
    severity: 'error',
    mistake: 'an experiment without a hypothesis or exit criteria',
    apply: async (root) => ({
      file: await writeBrief(
        root,
        'experiment.mdx',
        faultBrief(await firstPillar(root), { 7: 'kind: experiment' }),
      ),
      line: 10,
    }),
  },
  {
    rule: 'brief-depends-on',
    severity: 'error',
    mistake: 'a dependency on a brief that does not exist',
    apply: async (root) => ({
      file: await writeBrief(
        root,
        'depends.mdx',
        faultBrief(await firstPillar(root), { 8: 'dependsOn: [no-such-brief]' }),
      ),
      line: 8,
    }),
  },
  {
    rule: 'unique-id',
    severity: 'error',
    mistake: 'the same file name in two quarter folders',
    apply: async (root) => {
      const source = faultBrief(await firstPillar(root));
      await writeBrief(root, 'twin.mdx', source, 'a-first');
      return { file: await writeBrief(root, 'twin.mdx', source, 'b-second'), line: 1 };
    },
  },
  {
    rule: 'pillar-count',
    severity: 'error',
    mistake: 'too many active pillars',
    apply: async (root) => {
      const existing = (await activePillars(root)).length;
      const dir = join(root, 'content', 'pillars');
      let last = '';
      for (let i = existing; i <= 4; i++) {
        last = `zz-extra-${i}.mdx`;
        await writeFile(join(dir, last), pillarSource(`Extra pillar ${i}`));
      }
      return { file: `content/pillars/${last}`, line: 1 };
    },
  },
  {
    rule: 'pillar-orphan',
    severity: 'warning',
    mistake: 'an active pillar without a committed brief',
    apply: async (root) => {
      // Retire one existing pillar first so the new one stays within the 2–4 limit.
      const dir = join(root, 'content', 'pillars');
      const [first] = await activePillars(root);
      if (first) {
        const path = join(dir, `${first}.mdx`);
        await writeFile(
          path,
          (await readFile(path, 'utf8')).replace(/^status:\s*active\s*$/m, 'status: retired'),
        );
      }
      await writeFile(join(dir, 'zz-orphan.mdx'), pillarSource('Orphan pillar'));
      return { file: 'content/pillars/zz-orphan.mdx', line: 1 };
    },
  },
  {
    rule: 'vision-complete',
    severity: 'error',
    mistake: 'a vision answer that skips a question',
    apply: async (root) => {
      const source = `---\nrespondent: Fault Fixture\nrole: CFO\ndate: 2026-11-01\n---\n\n## Who is our ideal customer?\n\nOwner-operated trade businesses with five to fifty technicians.\n`;
      await writeFile(join(root, 'content', 'vision', 'fault-fixture.mdx'), source);
      return { file: 'content/vision/fault-fixture.mdx', line: 1 };
    },
  },
  {
    rule: 'stale-review',
    severity: 'warning',
    mistake: 'an active brief not reviewed for a year',
    apply: async (root) => ({
      file: await writeBrief(
        root,
        'stale.mdx',
        faultBrief(await firstPillar(root), { 8: 'reviewed: 2025-10-01' }),
      ),
      line: 8,
    }),
  },
  {
    rule: 'mdx-safe',
    severity: 'error',
    mistake: 'an import in a brief',
    apply: async (root) => ({
      file: await writeBrief(
        root,
        'safe.mdx',
        faultBrief(await firstPillar(root), { 10: "import { readFileSync } from 'node:fs'\n" }),
      ),
      line: 10,
    }),
  },
  {
    rule: 'link-resolves',
    severity: 'error',
    mistake: 'a link to a brief that does not exist',
    apply: async (root) => ({
      file: await writeBrief(
        root,
        'link.mdx',
        faultBrief(await firstPillar(root), {
          13: `${WHY} See [the old plan](/initiatives/no-such-plan/).`,
        }),
      ),
      line: 13,
    }),
  },
  {
    rule: 'unused-suppression',
    severity: 'warning',
    mistake: 'a suppression left behind after the problem was fixed',
    apply: async (root) => ({
      file: await writeBrief(
        root,
        'suppression.mdx',
        faultBrief(await firstPillar(root), { 12: '{/* handbook-disable-next-line brief-why */}' }),
      ),
      line: 12,
    }),
  },
];
