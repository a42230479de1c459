import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { createNewCommand } from '../../linter/cli/new-command.ts';
import { run } from '../../linter/cli/run.ts';
import {
  gapSchema,
  initiativeSchema,
  pillarSchema,
  visionAnswerSchema,
} from '../../linter/schema/index.ts';
import { cleanUp, copyHandbook, memoryIo, scriptedPrompter } from './helpers.ts';

afterEach(cleanUp);

function frontmatterOf(text: string): unknown {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!match) throw new Error('no frontmatter');
  return parse(match[1] ?? '');
}

const briefFlags = [
  '--title',
  'Cut checkout latency in half',
  '--owner',
  '@dana',
  '--pillar',
  'platform-reliability',
  '--kind',
  'feature',
];

describe('handbook new brief with flags', () => {
  it('writes a schema-valid brief into the quarter folder and prints the next step', async () => {
    const root = copyHandbook();
    const io = memoryIo(root);
    expect(await run(['new', 'brief', ...briefFlags], io)).toBe(0);
    const path = join(root, 'content/initiatives/2027-q1/cut-checkout-latency-in-half.mdx');
    const text = readFileSync(path, 'utf8');
    const data = initiativeSchema.parse(frontmatterOf(text));
    expect(data).toMatchObject({
      title: 'Cut checkout latency in half',
      owner: '@dana',
      quarter: '2027-Q1',
      status: 'proposed',
      pillar: 'platform-reliability',
      kind: 'feature',
    });
    expect(data.reviewed?.toISOString().slice(0, 10)).toBe('2026-11-24');
    expect(text).toMatch(/## Why\n\n\{\/\* .+ \*\/\}\n/);
    expect(text).toMatch(/## Success criteria\n\n\{\/\* .+ \*\/\}\n/);
    expect(text).not.toMatch(/## Hypothesis/);
    expect(io.out).toContain(
      'Created content/initiatives/2027-q1/cut-checkout-latency-in-half.mdx',
    );
    expect(io.out).toContain('npm run lint');
    expect(io.out).toContain('http://localhost:4321/initiatives/cut-checkout-latency-in-half/');
    expect(io.err).toBe('');
  });

  it('honours --id, --dir, --quarter, --status and normalises the owner handle', async () => {
    const root = copyHandbook();
    const io = memoryIo(root);
    const code = await run(
      [
        'new',
        'brief',
        ...briefFlags,
        '--owner',
        'payments-team',
        '--id',
        'fast-checkout',
        '--dir',
        'payments',
        '--quarter',
        '2026-q4',
        '--status',
        'exploratory',
      ],
      io,
    );
    expect(io.err).toBe('');
    expect(code).toBe(0);
    const text = readFileSync(join(root, 'content/initiatives/payments/fast-checkout.mdx'), 'utf8');
    expect(initiativeSchema.parse(frontmatterOf(text))).toMatchObject({
      owner: '@payments-team',
      quarter: '2026-Q4',
      status: 'exploratory',
    });
  });

  it('adds Hypothesis and Exit criteria for experiments, and schema-valid risk/impact placeholders for tech debt', async () => {
    const root = copyHandbook();
    expect(
      await run(
        ['new', 'brief', ...briefFlags, '--kind', 'experiment', '--id', 'exp'],
        memoryIo(root),
      ),
    ).toBe(0);
    const experiment = readFileSync(join(root, 'content/initiatives/2027-q1/exp.mdx'), 'utf8');
    expect(experiment).toMatch(/## Hypothesis\n\n\{\/\*/);
    expect(experiment).toMatch(/## Exit criteria\n\n\{\/\*/);

    expect(
      await run(
        [
          'new',
          'brief',
          ...briefFlags,
          '--kind',
          'tech-debt',
          '--id',
          'debt',
          '--status',
          'deprioritized',
        ],
        memoryIo(root),
      ),
    ).toBe(0);
    const debt = readFileSync(join(root, 'content/initiatives/2027-q1/debt.mdx'), 'utf8');
    expect(initiativeSchema.parse(frontmatterOf(debt))).toMatchObject({
      kind: 'tech-debt',
      risk: 'medium',
      status: 'deprioritized',
    });
    expect(debt).toMatch(/^risk: medium {2}# edit/m);
    expect(debt).toMatch(/^impact: "TODO: .*" {2}# edit/m);
    expect(debt).toMatch(/^reason: "TODO: .*" {2}# edit/m);
  });

  it('keeps titles with YAML syntax as strings', async () => {
    const root = copyHandbook();
    expect(
      await run(['new', 'brief', ...briefFlags, '--title', 'SSO: #1 ask - "now"'], memoryIo(root)),
    ).toBe(0);
    const text = readFileSync(join(root, 'content/initiatives/2027-q1/sso-1-ask-now.mdx'), 'utf8');
    expect(initiativeSchema.parse(frontmatterOf(text)).title).toBe('SSO: #1 ask - "now"');
  });
});

describe('handbook new without a terminal', () => {
  it('exits 2 with one line naming the missing flags, writing nothing', async () => {
    const root = copyHandbook();
    const io = memoryIo(root);
    expect(await run(['new', 'brief', '--title', 'Something'], io)).toBe(2);
    expect(io.err).toBe(
      'handbook: missing --owner, --pillar, --kind for `handbook new brief`. Run `handbook new --help` for usage.\n',
    );
    expect(readdirSync(join(root, 'content/initiatives'))).toEqual(['2026-q3']);
  });

  it.each([
    [['new'], /^handbook: missing what to create, expected one of brief, pillar, vision, gap/],
    [['new', 'roadmap'], /^handbook: unknown type `roadmap`/],
    [
      ['new', 'brief', ...briefFlags, '--pillar', 'marketplace'],
      /^handbook: pillar `marketplace` is retired; expected an active pillar: `platform-reliability`, `team-growth`/,
    ],
    [['new', 'brief', ...briefFlags, '--pillar', 'nope'], /^handbook: no pillar `nope`/],
    [
      ['new', 'brief', ...briefFlags, '--kind', 'chore'],
      /^handbook: unknown kind `chore`, expected one of feature, tech-debt, experiment, enablement/,
    ],
    [
      ['new', 'brief', ...briefFlags, '--quarter', 'Q3'],
      /^handbook: quarter `Q3` is not a quarter/,
    ],
    [
      ['new', 'brief', ...briefFlags, '--owner', 'da na'],
      /^handbook: owner `@da na` is not a handle/,
    ],
    [
      ['new', 'brief', ...briefFlags, '--id', 'Not An Id'],
      /^handbook: `--id Not An Id` is not an id/,
    ],
    [
      ['new', 'brief', ...briefFlags, '--title', '日本語'],
      /^handbook: cannot derive an id from `日本語`; pass one with --id/,
    ],
    [
      ['new', 'brief', ...briefFlags, '--dir', '../escape'],
      /^handbook: `--dir \.\.\/escape` is not a folder name/,
    ],
    [
      ['new', 'brief', ...briefFlags, '--id', 'invite-links'],
      /^handbook: id `invite-links` is already used by content\/initiatives\/2026-q3\/invite-links.mdx/,
    ],
    [
      ['new', 'gap', '--title', 'X', '--owner', '@a', '--question', 'pricing'],
      /^handbook: unknown question `pricing`, expected one of `customer`/,
    ],
  ])('%j is a one-line usage error', async (args, message) => {
    const root = copyHandbook();
    const io = memoryIo(root);
    expect(await run(args, io)).toBe(2);
    expect(io.err).toMatch(message);
    expect(io.err.trimEnd().split('\n')).toHaveLength(1);
    expect(readdirSync(join(root, 'content/initiatives'))).toEqual(['2026-q3']);
  });

  it('needs a handbook', async () => {
    const io = memoryIo('/');
    expect(await run(['new', 'brief', ...briefFlags, '--root', '/nonexistent'], io)).toBe(2);
    expect(io.err).toMatch(/^handbook: root `\/nonexistent` is not a folder/);
  });
});

describe('overwriting', () => {
  it('refuses to overwrite: exit 2, one line, the file untouched', async () => {
    const root = copyHandbook();
    const path = join(root, 'content/initiatives/2027-q1/cut-checkout-latency-in-half.mdx');
    expect(await run(['new', 'brief', ...briefFlags], memoryIo(root))).toBe(0);
    writeFileSync(path, 'my edits\n');
    const io = memoryIo(root);
    expect(await run(['new', 'brief', ...briefFlags], io)).toBe(2);
    expect(io.err).toBe(
      'handbook: content/initiatives/2027-q1/cut-checkout-latency-in-half.mdx already exists; nothing was written (pass --force to overwrite it, or --id for another name)\n',
    );
    expect(readFileSync(path, 'utf8')).toBe('my edits\n');
    expect(readdirSync(join(root, 'content/initiatives/2027-q1'))).toEqual([
      'cut-checkout-latency-in-half.mdx',
    ]);
  });

  it('overwrites with --force, leaving no temporary file', async () => {
    const root = copyHandbook();
    const path = join(root, 'content/initiatives/2027-q1/cut-checkout-latency-in-half.mdx');
    expect(await run(['new', 'brief', ...briefFlags], memoryIo(root))).toBe(0);
    writeFileSync(path, 'my edits\n');
    expect(await run(['new', 'brief', ...briefFlags, '--force'], memoryIo(root))).toBe(0);
    expect(readFileSync(path, 'utf8')).toMatch(/^---\ntitle: Cut checkout latency in half\n/);
    expect(readdirSync(join(root, 'content/initiatives/2027-q1'))).toEqual([
      'cut-checkout-latency-in-half.mdx',
    ]);
  });
});

describe('handbook new in a terminal', () => {
  it('asks for every missing field, offering only active pillars and next quarter', async () => {
    const root = copyHandbook();
    const prompter = scriptedPrompter({
      title: 'Invite by QR code',
      owner: 'lena',
      quarter: '2027-Q2',
      pillar: 'team-growth',
      kind: 'enablement',
    });
    const command = createNewCommand({ prompter: async () => prompter });
    const io = memoryIo(root, { interactive: true, isTTY: true });
    expect(await command.run(['brief'], io)).toBe(0);
    expect(prompter.asked).toEqual(['title', 'owner', 'quarter', 'pillar', 'kind']);
    const quarter = prompter.questions[2] as { initialValue?: string };
    expect(quarter.initialValue).toBe('2027-Q1');
    const pillar = prompter.questions[3] as { options: { value: string }[] };
    expect(pillar.options.map((option) => option.value)).toEqual([
      'platform-reliability',
      'team-growth',
    ]);
    const text = readFileSync(
      join(root, 'content/initiatives/2027-q2/invite-by-qr-code.mdx'),
      'utf8',
    );
    expect(initiativeSchema.parse(frontmatterOf(text))).toMatchObject({
      owner: '@lena',
      quarter: '2027-Q2',
      pillar: 'team-growth',
      kind: 'enablement',
    });
  });

  it('asks only for what the flags leave out', async () => {
    const root = copyHandbook();
    const prompter = scriptedPrompter({ quarter: '2027-Q1', kind: 'feature' });
    const command = createNewCommand({ prompter: async () => prompter });
    const io = memoryIo(root, { interactive: true });
    expect(
      await command.run(
        ['brief', '--title', 'Dark mode', '--owner', '@dana', '--pillar', 'team-growth'],
        io,
      ),
    ).toBe(0);
    expect(prompter.asked).toEqual(['quarter', 'kind']);
    expect(existsSync(join(root, 'content/initiatives/2027-q1/dark-mode.mdx'))).toBe(true);
  });

  it('validates typed answers with the same checks as flags', async () => {
    const root = copyHandbook();
    // The scripted prompter throws when the prompt's own validation rejects an answer.
    const prompter = scriptedPrompter({ title: 'X', owner: 'not a handle' });
    await expect(
      createNewCommand({ prompter: async () => prompter }).run(
        ['brief'],
        memoryIo(root, { interactive: true }),
      ),
    ).rejects.toThrow(/is not a handle/);
  });

  it('writes nothing when the author cancels', async () => {
    const root = copyHandbook();
    const prompter = scriptedPrompter({ title: 'Dark mode', owner: undefined });
    const io = memoryIo(root, { interactive: true });
    expect(await createNewCommand({ prompter: async () => prompter }).run(['brief'], io)).toBe(2);
    expect(io.err).toBe('handbook: cancelled; nothing was written\n');
    expect(readdirSync(join(root, 'content/initiatives'))).toEqual(['2026-q3']);
  });
});

describe('handbook new pillar, vision and gap', () => {
  it('writes schema-valid files, one heading per configured vision question', async () => {
    const root = copyHandbook();
    writeFileSync(
      join(root, 'handbook.config.json'),
      JSON.stringify({
        vision: {
          questions: [
            { id: 'customer', text: 'Who is our customer?' },
            { id: 'moat', text: 'What is our moat?' },
          ],
        },
      }),
    );
    expect(
      await run(['new', 'pillar', '--title', 'Data trust', '--owner', '@ana'], memoryIo(root)),
    ).toBe(0);
    expect(
      await run(['new', 'vision', '--respondent', 'Ana Lima', '--role', 'CTO'], memoryIo(root)),
    ).toBe(0);
    expect(
      await run(
        ['new', 'gap', '--title', 'Who pays', '--owner', '@ana', '--question', 'moat'],
        memoryIo(root),
      ),
    ).toBe(0);

    const pillar = readFileSync(join(root, 'content/pillars/data-trust.mdx'), 'utf8');
    expect(pillarSchema.parse(frontmatterOf(pillar))).toMatchObject({
      title: 'Data trust',
      owner: '@ana',
      status: 'active',
    });
    const vision = readFileSync(join(root, 'content/vision/ana-lima.mdx'), 'utf8');
    expect(visionAnswerSchema.parse(frontmatterOf(vision))).toMatchObject({
      respondent: 'Ana Lima',
      role: 'CTO',
    });
    expect([...vision.matchAll(/^## (.+)$/gm)].map((m) => m[1])).toEqual([
      'Who is our customer?',
      'What is our moat?',
    ]);
    const gap = readFileSync(join(root, 'content/vision/gaps/who-pays.mdx'), 'utf8');
    expect(gapSchema.parse(frontmatterOf(gap))).toMatchObject({
      question: 'moat',
      status: 'open',
      owner: '@ana',
    });
  });

  it('asks which vision question a gap is about', async () => {
    const root = copyHandbook();
    const prompter = scriptedPrompter({
      disagree: 'Enterprise or small teams',
      question: 'customer',
      owner: '@alex',
    });
    expect(
      await createNewCommand({ prompter: async () => prompter }).run(
        ['gap'],
        memoryIo(root, { interactive: true }),
      ),
    ).toBe(0);
    expect(existsSync(join(root, 'content/vision/gaps/enterprise-or-small-teams.mdx'))).toBe(true);
  });
});

describe('help', () => {
  it('lists `new` in `handbook --help` and documents its flags', async () => {
    const io = memoryIo('/');
    expect(await run(['--help'], io)).toBe(0);
    expect(io.out).toMatch(/^\s+new\s+Scaffold a brief, pillar, vision answer or gap$/m);
    const help = memoryIo('/');
    expect(await run(['new', '--help'], help)).toBe(0);
    for (const flag of [
      '--title',
      '--owner',
      '--quarter',
      '--pillar',
      '--kind',
      '--status',
      '--id',
      '--dir',
      '--root',
      '--force',
    ]) {
      expect(help.out).toContain(flag);
    }
  });
});
